"""Collective sides: a plural noun of a group or of office holders that a modifier makes one
definite side ("die internationalen Geldgeber", "die Houthi-Rebellen", "die SP-Regierungschefs",
"die Gläubiger Griechenlands"), or that names one known body alone ("die Landeshauptleute").

Such a plural is one actor of kind ``group``, named as the text names it, in the nominative.
Without a defining modifier a plural names nobody ("die Gläubiger", "einige Rebellen", "die
Minister"): news uses it for any members of the class."""
from __future__ import annotations

from typing import Optional

from ...lang.de.determiners import DATIVE_PLURAL_ARTICLES, DEFINITE_ARTICLES, PLURAL_ARTICLES, ROLE_DETERMINERS
from ...lang.de.endings import ADJECTIVE_ENDINGS
from ...lang.de.numerals import PLURAL_WORDS
from .document import MentionCandidate, ScanState
from .lexicon import PLACE_KINDS, ORG_KINDS, Entity
from .words import _adj_country, _cap, _known_word, _nominative_adjective, _organisation_letters, role_of


def scope_adjective(word: str, sent_first: bool) -> Optional[str]:
    """A state adjective ("russischen", "Wiener") or a scope adjective of collective_scopes.txt
    ("internationalen") in any inflection: its ISO3, "" for a scope adjective, else None."""
    iso = _adj_country(word, sent_first)
    if iso:
        return iso
    from .lexicon import lexicon
    low = word.lower()
    scopes = lexicon().collective_scopes
    for end in ADJECTIVE_ENDINGS:
        if low.endswith(end) and low[: -len(end)] in scopes:
            return ""
    return None


def defining_prefix(sc: ScanState, prefix: str) -> Optional[tuple[Optional[str], str]]:
    """A compound prefix that says whose group it is: a state or organisation ("EU-", "ÖVP-"),
    an organisation's letters ("SP-") or a name of four letters or more the word list does not
    know ("Houthi-"): (its state, the prefix); a common word ("Kohle-") or a short foreign one
    ("Top-", "Ex-") says nothing of the kind."""
    if prefix in sc.lex.prefixes:
        return sc.lex.prefixes[prefix][0], prefix
    hit = sc.lex.phrases.get((prefix,))
    if hit is not None and (hit.kind in PLACE_KINDS or hit.kind in ORG_KINDS):
        return hit.country, prefix
    if _organisation_letters(prefix) or (
            _cap(prefix) and prefix.isalpha() and len(prefix) >= 4 and not _known_word(prefix)):
        return None, prefix
    return None


def group_entity(name: str, country: Optional[str], otype: str) -> Entity:
    return Entity("group", f"group:{name}", name, country or None, otype)


class CollectiveScanner(ScanState):
    """Finds the plural group nouns of collectives.tsv with what defines them."""

    def try_collective(self, i: int, e: int) -> Optional[int]:
        """"den internationalen Geldgebern", "die Houthi-Rebellen", "die Gläubiger Griechenlands",
        "die Landeshauptleute": a group actor over the phrase without its article; None when
        nothing makes the plural definite."""
        text = self.texts[i]
        prefix, _, rest = text.rpartition("-")
        found = self.lex.collectives.get(rest)
        if found is None:
            return None
        noun, otype, alone = found
        country: Optional[str] = None
        defined = False
        if prefix:
            owner = defining_prefix(self, prefix)
            if owner is None:
                return None
            country, defined = owner[0], True
        start = i
        adj = None
        if i > 0 and not self.covered[i - 1] and self.t(i - 1)[:1].islower():
            scope = scope_adjective(self.t(i - 1), self.sent_first[i - 1])
            if scope is not None:
                start, adj, defined = i - 1, _nominative_adjective(self.t(i - 1), "pl"), True
                country = country or scope or None
        det = self.t(start - 1).lower()
        if det in PLURAL_WORDS or self.t(start - 1) in PLURAL_WORDS:
            return None  # "einige Rebellen", "zwei Gläubiger": some members, no side
        end = i + 1
        gen = self.country_gen_at(end)
        tail: list[str] = []
        if gen:
            tail = self.texts[end:end + gen[0]]
            country = country or gen[1]
            end += gen[0]
            defined = True
        if not defined and not (alone and det in DEFINITE_ARTICLES | PLURAL_ARTICLES):
            return None
        head = f"{prefix}-{noun}" if prefix else noun
        name = " ".join(([adj] if adj else []) + [head] + tail)
        return self.entity_cand(start, end, group_entity(name, country, otype))


def office_group(sc: ScanState, c: MentionCandidate) -> Optional[Entity]:
    """A plural office reference no named persons resolve ("die SP-Regierungschefs", "den
    europäischen Innenministern", "die Außenminister der Nato") as one group side, when a
    prefix, a state or scope adjective or a genitive defines whose office holders they are."""
    if not c.plural or c.count or c.countries or c.unlisted_states or c.role is None or c.role.info.type != "office":
        return None
    toks = range(c.tok_start, c.tok_end)
    noun = next((k for k in toks if role_of(sc.t(k)) is not None), None)
    if noun is None:
        return None
    words: list[str] = []
    det = ""
    defined = bool(c.role.country or c.role.org) or noun + 1 < c.tok_end
    for k in range(c.tok_start, noun):
        word = sc.t(k)
        if word in PLURAL_WORDS:
            return None  # "einige EU-Minister"
        if word.lower() in ROLE_DETERMINERS:
            det = word.lower()
            continue
        if scope_adjective(word, sc.sent_first[k]) is not None:
            defined = True
        words.append(_nominative_adjective(word, "pl") if word[:1].islower() else word)
    if not defined:
        return None
    head = sc.t(noun)
    if det in DATIVE_PLURAL_ARTICLES and head.endswith(("ern", "eln")):
        head = head[:-1]  # "den EU-Innenministern" -> "EU-Innenminister"
    name = " ".join(words + [head] + [sc.t(k) for k in range(noun + 1, c.tok_end)])
    return group_entity(name, c.country, "gov")
