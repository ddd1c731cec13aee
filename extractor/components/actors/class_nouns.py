"""Class nouns that refer back (``class_nouns.tsv``): "Siemens streicht Stellen. Der Konzern
verhandelt mit der IG Metall." -- "der Konzern" is Siemens; and the plural of a state's people
for a business of that state (``demonyms.tsv``): "Der Fonds verhandelt mit den Italienern."
The grammar of such a use and which organisations it may denote; the resolver picks the one."""
from __future__ import annotations

from typing import NamedTuple, Optional

from ...lang.de.determiners import (GENITIVE_ARTICLES, GENITIVE_POSSESSIVES, PLURAL_DATIVE, PLURAL_NOMINATIVE,
                                   ROLE_DETERMINERS, SINGULAR_DEFINITE)
from ...lang.de.endings import ADJECTIVE_ENDINGS, NOT_ADJECTIVES
from ...lang.de.prepositions import ORIGIN_PREPOSITIONS
from ...lang.de.punctuation import OPEN_QUOTES
from ...resources import folder_cache
from .document import ScanState
from .lexicon import ClassNoun, Entity, Lexicon, lexicon
from .words import _adj_country, _cap, _known_word, _nameish

#: Letters a compound class noun has at least before its head ("Ölkonzern").
MIN_COMPOUND_PART = 2

#: Adjectives a class noun may have between its determiner and itself ("der Wolfsburger Konzern",
#: "dem spanischen staatlichen Unternehmen").
MAX_ADJECTIVES = 2


class ClassNounUse(NamedTuple):
    """A class noun used definitely in the singular: its class, and the state an adjective
    gives it ("der russische Konzern"), if any."""
    noun: ClassNoun
    country: Optional[str]


def class_noun_of(lex: Lexicon, text: str) -> Optional[ClassNoun]:
    """The class a noun names, listed ("Konzern", "Konzerns") or as the head of a compound
    that allows it ("Energiekonzern", "Software-Konzerns", "Spieleschmiede"), or None; a compound
    whose first part relates the body to another names that other ("Mutterkonzern")."""
    noun = lex.class_nouns.get(text)
    if noun is not None or not text[:1].isupper():
        return noun
    low = text.lower()
    hit = lex.class_noun_heads.first(low, MIN_COMPOUND_PART - 1)
    if hit is None:
        return None
    form, noun = hit
    first = low[:-len(form)].rstrip("-")
    if first in lex.class_noun_relations or first.endswith("s") and first[:-1] in lex.class_noun_relations:
        return None
    return noun


@folder_cache(maxsize=65536)
def _names_class(text: str) -> bool:
    """Does the word name a class (``class_noun_of`` with the active folder's lexicon)?  Asked
    of every word after a definite article, so answered once per word."""
    return class_noun_of(lexicon(), text) is not None


#: Every determiner a class noun's back-reference may open with.
ANY_SINGULAR_DEFINITE = frozenset().union(*SINGULAR_DEFINITE.values())


def class_noun_tokens(sc: ScanState) -> list[int]:
    """The tokens that may be a class noun's back-reference: a listed class noun at most
    ``MAX_ADJECTIVES`` words after a definite singular determiner.  Looked for from the
    determiners, which are few, instead of trying each word as a compound's head."""
    lower, n = sc.toks.lower, sc.n
    near = sorted({k + step for k in range(n) if lower[k] in ANY_SINGULAR_DEFINITE
                   for step in range(1, MAX_ADJECTIVES + 2) if k + step < n})
    return [i for i in near if _names_class(sc.texts[i])]


def class_noun_use(sc: ScanState, i: int, starts: set[int]) -> Optional[ClassNounUse]:
    """The class noun at token i as a back-reference, or None: it needs a definite singular
    determiner agreeing with it ("der Konzern", "seinem Verein"; not "ein Konzern", "den
    Unternehmen"), and nothing after it that names another body ("die Partei des Kanzlers",
    "der Verein von X", "der Konzern aus Stuttgart", "die Bank Quuxbank"); ``starts``: the
    tokens where a mention starts."""
    noun = class_noun_of(sc.lex, sc.t(i))
    if noun is None:
        return None
    k, country = i - 1, None
    while k >= 0 and i - 1 - k < MAX_ADJECTIVES and _attributive(sc.t(k), sc.sent_first[k]):
        country = country or _adj_country(sc.t(k), sc.sent_first[k])
        k -= 1
    if k < 0 or sc.t(k).lower() not in SINGULAR_DEFINITE.get((noun.gender, noun.genitive), ()):
        return None
    nxt = sc.t(i + 1)
    if (i + 1) in starts or nxt in GENITIVE_ARTICLES or nxt in GENITIVE_POSSESSIVES or nxt in ORIGIN_PREPOSITIONS \
            or nxt in OPEN_QUOTES or (_nameish(nxt) and not _known_word(nxt)):
        return None
    return ClassNounUse(noun, country)


def _attributive(text: str, sent_first: bool) -> bool:
    """An adjective before a noun: "russische", "neuen", or a place's "-er" form ("Wolfsburger")."""
    if not text.isalpha() or text.lower() in ROLE_DETERMINERS:
        return False  # "der", "seinem", "dieses" end like adjectives
    if _cap(text) and not sent_first:
        return text.endswith("er") and len(text) > 4 and not _known_word(text)
    return text.islower() and text.endswith(ADJECTIVE_ENDINGS) and text not in NOT_ADJECTIVES


def of_class(lex: Lexicon, ent: Entity, use: ClassNounUse, word_before: str) -> bool:
    """May the organisation be what the class noun names?  Its type is of the noun's class, or
    its name or the noun that introduced it ends in the noun ("Raiffeisenbank", "die Großbank
    X" for "die Bank"), or that noun names a class of the same type ("der Videospielhersteller
    Nintendo ... die Spieleschmiede"); a state an adjective gives must be its own."""
    if use.country and ent.country and ent.country != use.country:
        return False
    if ent.org_type in use.noun.refers:
        return True
    stem = use.noun.noun.lower()
    if any(w.lower().endswith(stem) for w in ent.base.split() + [word_before]):
        return True
    intro = class_noun_of(lex, word_before)
    return intro is not None and not intro.refers.isdisjoint(use.noun.refers)


#: Organisation types a state's people may stand for: a business, a club, a broadcaster.
DEMONYM_TYPES = frozenset({"company", "investor", "club", "media"})


def demonym_use(sc: ScanState, i: int, names: set[int]) -> Optional[str]:
    """The state whose people the plural noun at token i names with a definite article ("die
    Italiener", "den Italienern"), or None; with a name after it the people are persons ("die
    Italiener Rossi und Bianchi"); ``names``: the tokens where a person's name starts."""
    state, dative = sc.lex.demonyms[sc.t(i)]
    if i == 0 or sc.t(i - 1).lower() not in (PLURAL_DATIVE if dative else PLURAL_NOMINATIVE):
        return None
    if (i + 1) in names or _nameish(sc.t(i + 1)) and not _known_word(sc.t(i + 1)):
        return None
    return state


def demonym_fits(ent: Entity, state: str) -> bool:
    """May "die Italiener" be this organisation: a business, club or broadcaster of the state."""
    return ent.kind == "organization" and ent.country == state and ent.org_type in DEMONYM_TYPES
