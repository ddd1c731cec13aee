"""Step 4b: a talk with the press is a statement, not a contact event.

The guidelines ("Press") count interviews and statements to media as statements:
"sagte er im Gespräch mit der Zeitung", "erklärt die Forscherin im Gespräch mit dem
Magazin", "im Gespräch mit der APA". German news attributes quotes with this formula:
"im/in einem Gespräch mit" + a medium, or + anyone while a verb of saying carries the quote.
A medium (a news organisation of ``organisations.tsv``, type ``media``) is never a side
of a talk or meeting; it stays a possible addressee of a letter.  A talk shown in a medium
("ein Gespräch mit X im Radiosender Y", "in seinem Gespräch mit X in der Tageszeitung Z") is a
broadcast or an interview, a statement too.  So is a talk whose side is named with a press role
("Redakteurin X sprach mit Y über ...", "Unser Reporter X traf Y"): the journalist interviews.
"""
from __future__ import annotations

from ...lang.de.prepositions import PRESS_FORMULA_OPENERS, SHOWN_PREPS, TALK_PARTNER_WORDS
from ...resources import load_table, per_folder
from ..triggers import trigger_lexicon
from .view import DocView, Sentence

#: Words between "im Gespräch" and "mit" or before the medium's noun ("mit der Wiener Zeitung").
GAP = 3
#: Words from a talk noun to the "in"/"auf" of the medium that shows it ("Gespräch mit X im Sender").
SHOWN_REACH = 8


@per_folder
def press_words(root) -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of saying, nouns for news media), from ``press_words.tsv``."""
    rows = load_table("press_words.tsv", key="word", root=root)
    return (frozenset(r["word"] for r in rows if r["class"] == "saying"),
            frozenset(r["word"] for r in rows if r["class"] == "medium"))


@per_folder
def saying_words(root) -> frozenset[str]:
    """Every verb of saying a frame of speech opens with: the saying verbs of
    ``press_words.tsv`` and the speech verbs of the trigger lexicon."""
    return press_words(root)[0] | trigger_lexicon(root).speech_verbs


@per_folder
def journalist_words(root) -> tuple[str, ...]:
    """Press role nouns ("redakteurin", "reporter") of ``press_roles.tsv``, also the ends of
    compounds ("chefredakteur")."""
    return tuple(r["word"] for r in load_table("press_roles.tsv", key="word", root=root))


def press_interviewer(view: DocView, clause, sides: list[str]) -> bool:
    """Does a press role word stand right before the name of a side ("Volontärin X sprach mit Y",
    "die STANDARD-Redakteurin X traf Y") or open its mention ("Reporterin" as its first word)?
    A reporter who only tells of the talk (", berichtet Reporterin Z") is no side."""
    toks, ends, saying = view.toks, journalist_words(), press_words()[0]
    frame = next((k for k in range(clause.start + 1, clause.end)
                  if toks.text[k - 1] == "," and toks.lower[k] in saying), clause.end)
    for s, _, m in view.mentions_in(clause.start, frame, clause):
        if m.actor_id in sides and any(k >= clause.start and toks.lower[k].endswith(ends) for k in (s - 1, s)):
            return True
    return False


@per_folder
def media_names(root) -> frozenset[str]:
    """Canonical names of news organisations (``organisations.tsv``, type ``media``)."""
    return frozenset(r["name"] for r in load_table("organisations.tsv", key="name", root=root) if r["type"] == "media")


def is_medium(view: DocView, actor_id: str) -> bool:
    actor = view.actors.get(actor_id)
    return actor is not None and actor.name in media_names()


def press_formula(view: DocView, sent: Sentence, i: int) -> bool:
    """"im Gespräch mit der Zeitung", "..., sagte er in einem Gespräch mit Anna Berg": the talk
    noun at ``i`` attributes a statement."""
    toks = view.toks
    before = [toks.lower[k] for k in range(max(sent.start, i - 2), i)]
    if not before or before[-1] not in PRESS_FORMULA_OPENERS:
        return False
    if before[-1] == "einem" and (len(before) < 2 or before[-2] != "in"):
        return False
    mit = next((k for k in range(i + 1, min(sent.end, i + 1 + GAP)) if toks.lower[k] == "mit"), None)
    if mit is None:
        return False
    saying, media = press_words()
    if any(toks.lower[k] in media for k in range(mit + 1, min(sent.end, mit + 1 + GAP))):
        return True
    return any(toks.lower[k] in saying for k in range(sent.start, sent.end))


def shown_in_medium(view: DocView, sent: Sentence, i: int) -> bool:
    """"Festspielgespräche mit X auf ORF III", "ein Gespräch mit X im Radiosender Y": the talk
    noun at ``i`` names its partner ("mit", "zwischen") and then the medium that shows or prints it."""
    toks = view.toks
    media = press_words()[1]
    end = min(sent.end, i + 1 + SHOWN_REACH)
    partner = False
    for k in range(i + 1, end):
        low = toks.lower[k]
        if low in TALK_PARTNER_WORDS:
            partner = True
        elif partner and low in SHOWN_PREPS:
            for j in range(k + 1, min(sent.end, k + 1 + GAP)):
                if toks.lower[j] in media or any(is_medium(view, m.actor_id) for _, _, m in view.mentions_starting(j, j + 1)):
                    return True
                if toks.text[j][:1].isupper():
                    break
    return False
