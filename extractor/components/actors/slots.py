"""Names no list knows, standing where only an actor can stand.

News names many companies, parties and people that no lexicon lists ("Novell", "VMware").
German grammar gives them away by the slot they fill: the sides of a contact noun
("die Gespräche zwischen Quellsoft und Brandor"), its partner ("ein Treffen mit Quellsoft")
and the coordinated subject of a contact verb ("Quellsoft und Brandor verhandeln").  A capitalised word there that is no
German word, role, place or time is a name; the whole coordination must consist of actors
("zwischen Arbeit und Familie" names nobody).  Without a given name or a title a lone
unknown name in news is most often an organisation (a person is introduced with a given
name first and then found by the person steps), so these names become organisations.
"""
from __future__ import annotations

from typing import Optional

from ...lang.de.conjunctions import CONJUNCTIONS
from ...lang.de.determiners import ARTICLES, NAME_ARTICLES
from ...lang.de.names import NAME_PARTICLES
from ...lang.de.punctuation import OPEN_QUOTES
from ..triggers import trigger_lexicon
from .document import ScanState
from .lexicon import Entity, lexicon
from .words import _cap, _compound_like, _intro_word, _is_common_noun, _known_word, _nameish, person_noun, role_of

#: The longest run of unknown capitalised words taken as one name ("Brentwood Capital Partners").
MAX_SLOT_NAME = 3
#: The frames of contact verbs (contact_verbs.tsv) whose coordinated subject are the sides
#: ("X und Y verhandeln", "X und Y trafen sich"; not "X und Y besuchten Rom").
MEETING_FRAMES = frozenset({"symmetric", "object"})
#: The dative plural of nouns in -er and -el ("mit Händlern", "mit den Vermittlern"): no name.
DATIVE_PLURAL_ENDINGS = ("ern", "eln")


def unknown_name_word(text: str) -> bool:
    """A capitalised word no German word list knows: no noun, role, particle ("Quellsoft",
    "VMware"); also a name with inner capitals or digits."""
    if not text[:1].isupper() or text in NAME_PARTICLES:
        return False
    if text.isupper() or text.endswith(DATIVE_PLURAL_ENDINGS):
        return False  # an abbreviation (other steps know those), "mit Händlern"
    inner = text.isalnum() and any(c.isupper() or c.isdigit() for c in text[1:])
    lex = lexicon()
    if text.endswith("er") and text[:-2].lower() + "en" in lex.known:
        return False  # an agent noun of a verb: "Versorger" (versorgen), "Vermittler"
    return (_nameish(text) or inner) and not _known_word(text) and role_of(text) is None \
        and not _is_common_noun(text) and not _compound_like(text) and not person_noun(text) \
        and text not in lex.class_nouns and _intro_word(text) is None


def _contact_noun(text: str) -> bool:
    return text[:1].isupper() and trigger_lexicon().noun(text) is not None


def _contact_verb(text: str) -> bool:
    """A contact verb whose plural subject meets: not a visit, a host's or a sender's verb."""
    return not text[:1].isupper() and any(v.frame in MEETING_FRAMES for v in trigger_lexicon().verb(text.lower()))


class SlotItems:
    """The coordination of actor phrases from one token on ("Siemens und Quellsoft")."""

    def __init__(self, sc: ScanState, ends: dict[int, int]):
        self.sc = sc
        self.ends = ends  # first token of a found candidate -> its end

    def item(self, k: int, e: int) -> Optional[tuple[int, int, bool]]:
        """(start, end, unknown) of the actor phrase at token k: a found actor (after an
        article), or a short run of unknown names not in quotes and not cut from a longer run."""
        sc = self.sc
        article = sc.t(k) in ARTICLES
        if article:
            k += 1
        if k >= e or sc.blocked[k]:
            return None
        if sc.covered[k]:
            end = self.ends.get(k)
            return (k, end, False) if end is not None else None
        if sc.t(k - 1) in OPEN_QUOTES or article and sc.t(k - 1) not in NAME_ARTICLES:
            return None  # a title or a word quoted; "mit den Entführern", "mit einem Kugelhagel"
        m = k
        while m < e and m - k < MAX_SLOT_NAME and not sc.covered[m] and sc.phrase_at(m) is None \
                and unknown_name_word(sc.t(m)):
            m += 1
        if m == k or (m < e and sc.t(m)[:1].isupper()):
            return None  # nothing, or a longer run of capitalised words
        return k, m, True

    def items(self, k: int, e: int) -> tuple[list[tuple[int, int, bool]], int, bool]:
        """The items of the list from token k, the token after it, and whether it ended
        cleanly (not on a conjunction that leads to something else)."""
        found: list[tuple[int, int, bool]] = []
        while True:
            it = self.item(k, e)
            if it is None:
                # "mit Quellsoft, das ...": a comma may end the list; a conjunction may not
                clean = bool(found) and self.sc.t(k - 1) not in CONJUNCTIONS
                return found, k, clean
            found.append(it)
            k = it[1]
            if self.sc.t(k) not in CONJUNCTIONS and self.sc.t(k) != ",":
                return found, k, True
            k += 1


def slot_lists(sc: ScanState, items: SlotItems) -> list[list[tuple[int, int, bool]]]:
    """The coordinations in a contact slot that hold an unknown name."""
    out = []
    texts = sc.texts
    for s, e in sc.sent_bounds:
        for i in range(s, e):
            word = texts[i]
            if word != "zwischen" and word != "mit" and i != s:
                continue
            if word == "zwischen" and i > s and _contact_noun(sc.t(i - 1)):
                found, _, clean = items.items(i + 1, e)
                if len(found) >= 2 and clean:
                    out.append(found)  # "die Gespräche zwischen X und Y"
            elif word == "mit" and i > s and _contact_noun(sc.t(i - 1)):
                found, _, clean = items.items(i + 1, e)
                if found and clean:
                    out.append(found)  # "ein Treffen mit X", "führte Gespräche mit X"
            elif i == s and _cap(word):
                found, after, clean = items.items(i, e)
                if len(found) >= 2 and clean and after < e and _contact_verb(sc.t(after)):
                    out.append(found)  # "X und Y verhandeln über ..."
    return [f for f in out if any(unknown for _, _, unknown in f)]


def add_slot_names(sc: ScanState) -> None:
    """Make each unknown name in a contact slot an organisation, and its other uses in the
    text mentions of it ("Quellsoft lehnte ab")."""
    ends = {c.tok_start: c.tok_end for c in sc.cands}
    found: dict[tuple[str, ...], Entity] = {}
    for coordination in slot_lists(sc, SlotItems(sc, ends)):
        for i, j, unknown in coordination:
            if not unknown or sc.covered[i]:
                continue
            words = tuple(sc.texts[i:j])
            name = " ".join(words)
            ent = found.setdefault(words, Entity("organization", name, name, None, ""))
            sc.entity_cand(i, j, ent)
    for words, ent in found.items():
        n = len(words)
        for i in range(sc.n - n + 1):
            if sc.texts[i] == words[0] and tuple(sc.texts[i:i + n]) == words \
                    and not any(sc.covered[k] or sc.blocked[k] for k in range(i, i + n)) \
                    and not _cap(sc.t(i + n)) and not (i > 0 and _cap(sc.t(i - 1)) and not sc.sent_first[i - 1]):
                sc.entity_cand(i, i + n, ent)
