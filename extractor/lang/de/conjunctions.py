"""Conjunctions and the words that glue lists and clauses (lower case)."""
from __future__ import annotations

# "traf Neuendorf Faeser und sprach ... mit Čeferin": the conjunction before a further contact verb
CONJUNCTIONS = frozenset({"und", "sowie", "oder"})
# Between the names of a list: "Scholz, Macron und Meloni".
COORDINATORS = CONJUNCTIONS | {","}
# A plural introducing noun lists several: "die Gewerkschaften PRO-GE und GPA".
ADDITIVE_CONJUNCTIONS = frozenset({"und", "sowie"})
# Between a truncated compound and the word whose head it shares: "Staats- und Parteichef".
ELISION_CONJUNCTIONS = frozenset({"und", "oder"})
SUBORDINATORS = frozenset(
    "dass weil nachdem als wenn ob obwohl obgleich während bevor ehe damit sodass da wie wo seit seitdem "
    "bis falls indem sofern solange sobald zumal nachdem wobei weshalb weswegen worauf wonach woraufhin wann".split())
# the subordinators that surely open a clause: "als" and "wie" also compare a noun ("als Berater
# tätig", "Kunden wie Nokia")
CLAUSE_SUBORDINATORS = SUBORDINATORS - frozenset({"als", "wie"})
# An indirect question asserts nothing: "Ob sich X und Y treffen, ist offen" leaves the act possible;
# "Wann sich X und Y treffen, ist noch offen" presupposes it, still to come.
WHETHER = frozenset({"ob"})
WHEN_QUESTION = frozenset({"wann"})
# "Wenn X zustimmt, würden sie sich treffen", "sonst würde ...": a condition makes "würde" hypothetical
CONDITIONAL_WORDS = frozenset({"wenn", "falls", "sofern", "sonst", "andernfalls", "notfalls", "gegebenenfalls"})
COORD_CLAUSE = frozenset("aber doch sondern denn jedoch".split())
# "nicht mit Orbán, sondern mit Merkel": after a negated phrase, "sondern" names what holds instead
CONTRASTIVE = "sondern"
# the negation "sondern" answers ("nicht mit X, sondern mit Y"; not "nicht nur ..., sondern auch")
CONTRASTED_NEGATIONS = frozenset({"nicht", "nie"})
# "nicht nur ..., sondern auch": additive, nothing is denied
ADDITIVE_AFTER_NEGATION = frozenset({"nur", "bloß", "allein", "lediglich"})
# "Scholz, Macron und Meloni", "Scholz (SPD)", "Macron/Meloni", "Müller & Co"
LIST_GLUE = COORDINATORS | {"(", ")", "/", "&"}
# "zunächst X, anschließend Y": a sequence word glued to the list by a comma or "und"
SEQUENCE_GLUE = frozenset({",", "und"})
# "um ... zu", "ohne ... zu", "statt ... zu": a comma before them opens an infinitive clause
INFINITIVE_CONJUNCTIONS = frozenset({"um", "ohne", "statt"})
# "Staaten wie Österreich und Ungarn", "Firmen wie die Voestalpine": after a plural noun of a class
# the names are examples of it, and the class is the generic side
EXAMPLE_MARKERS = frozenset({"wie"})
