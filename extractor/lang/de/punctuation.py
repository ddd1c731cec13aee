"""Punctuation: quote marks, apostrophes, clause and sentence punctuation."""
from __future__ import annotations

# --- quote marks -----------------------------------------------------------------------------------

QUOTATION_MARKS = frozenset({'"', "„", "“", "”", "«", "»", "‚", "‘", "’", "'"})
# German quotes open low: „so“, ‚so‘; no other mark opens low.
LOW_QUOTES = frozenset({"„", "‚"})
# Marks that may open a quote: „so“, »so«, «so», "so".
OPEN_QUOTES = frozenset({"«", "„", '"', "»", "‚"})
# Marks that may close a quote.
CLOSE_QUOTES = frozenset({"»", "“", '"', "«", "‘"})
APOSTROPHES = ("'", "’")

# --- clauses ------------------------------------------------------------------------------------------

DASHES = frozenset({"–", "—"})
CLAUSE_BREAKS = frozenset({";", ":"}) | DASHES
CLAUSE_PUNCTUATION = CLAUSE_BREAKS | {",", "(", ")"}
# What may follow the place names of a dateline: "Moskau/Washington – ...".
DATELINE_ENDS = frozenset({"–", "-", "—", "("})
# What may follow a name in apposition: "der Kremlsprecher, Dmitri Peskow, sagte".
APPOSITION_ENDS = frozenset({",", "(", ")", "–", "-", "."})
# Marks that open a list in apposition and the mark that closes it: "der drei baltischen Staaten –
# Estland, Lettland und Litauen –", "der Nachbarländer (Polen und Tschechien)".
APPOSITION_LIST_MARKS = {"–": "–", "—": "—", "-": "-", "(": ")", ":": ""}
# Characters a name's comparison key leaves out.
FOLD_IGNORED = "-'’ ."

# --- sentences ------------------------------------------------------------------------------------------

SENTENCE_END = frozenset({".", "!", "?", "…", "?!", "!?", "..."})
# After a sentence end these still belong to the sentence: '... gesagt."', '(... 2021.)'.
CLOSERS = (QUOTATION_MARKS - LOW_QUOTES) | {")", "]"}
# First characters that may start a sentence besides a capital or a digit.
SENTENCE_OPENING_CHARACTERS = "\"„“«»‚'(-–"
# A one-line paragraph ending so is a sentence, not a subhead.
SENTENCE_PARAGRAPH_ENDS = (".", "“", "\"", "»", "«")
