"""Role phrases: "der russische Präsident", "US-Verteidigungsminister", "Frankreichs
Außenminister", "sein US-Kollege", "die Verteidigungsminister von Russland und der USA",
optionally followed by the names of the persons holding the role."""
from __future__ import annotations

from typing import NamedTuple, Optional

from ...lang.de.conjunctions import COORDINATORS, ELISION_CONJUNCTIONS
from ...lang.de.determiners import (ACCUSATIVE_ARTICLES, DATIVE_PLURAL_ARTICLES, FEMALE_DETERMINERS, GENITIVE_ARTICLES, ROLE_DETERMINERS,
                                    STATE_LIST_ARTICLES)
from ...lang.de.endings import ADJECTIVE_ENDINGS, NOT_ADJECTIVES
from ...lang.de.numerals import PAIR_WORDS, PLURAL_WORDS
from ...lang.de.prepositions import CASE_GOVERNING_PREPOSITIONS, ORIGIN_PREPOSITIONS
from ...lang.de.nouns import STATE_PLURAL_ENDINGS
from ...lang.de.punctuation import APPOSITION_ENDS, APPOSITION_LIST_MARKS
from .anaphors import age_of
from .document import MentionCandidate
from .lexicon import ORG_KINDS, PLACE_KINDS, Entity, RoleMatch
from .names import NameScanner
from .words import _adj_country, _cap, _elided_role, _inflected_adjective, role_of


class RoleLeft(NamedTuple):
    """What stands before a role noun: "die beiden", "Chinas Staats- und", "der frühere"."""
    start: int                      # the phrase's first token
    det: Optional[str]              # its determiner, in lower case
    plural: bool
    count: int                      # "die beiden Präsidenten" -> 2
    country: Optional[str]
    org: Optional[str]
    extra_roles: tuple[str, ...]    # "Staats- und Parteichef": Staatschef too


class RolePhrase(NamedTuple):
    """A role noun and what its phrase says about the persons holding the role."""
    role: RoleMatch
    base: str                       # the role's base form in the phrase's gender
    female: bool
    plural: bool
    count: int
    country: Optional[str]
    org: Optional[str]
    start: int
    extra_roles: tuple[str, ...]


class Qualifiers(NamedTuple):
    """What follows a role noun that no name follows: "Frankreichs", "der Gewerkschaft GDL",
    "aus Frankreich (Sébastien Lecornu) und Großbritannien (Ben Wallace)"."""
    end: int
    country: Optional[str]
    org: Optional[str]
    countries: list[str]             # several states: one holder each
    named: list[tuple[str, int, int]]  # (iso, start, end of the holder's name in brackets)
    unlisted: bool = False           # "der drei baltischen Staaten": states the phrase does not name
    of_class: bool = False           # the states come with a noun of states ("der Nachbarländer (...)")


class RoleScanner(NameScanner):
    """Finds role phrases and the names after them."""

    def add_role_span(self, person: MentionCandidate, i: int, j: int) -> MentionCandidate:
        """The role phrase before a name is a mention of the same person."""
        s, e = self.span(i, j)
        role_cand = MentionCandidate(s, e, i, j, self.sent_of[i], "rolespan", role=person.role,
                         role_base=person.role_base, female=person.female,
                         country=person.country, org=person.org)
        role_cand.owners = [person]  # type: ignore[attr-defined]
        self.add(role_cand)
        return role_cand

    def try_role(self, i: int, e: int) -> Optional[int]:
        """A role phrase around the role noun at token i: the index after it, or None."""
        rm = role_of(self.texts[i])
        if rm is None:
            return None
        phrase = self.role_phrase(rm, self.role_left(i, rm))
        name_end = self.parse_name(i + 1, e, after_role=True) if i + 1 < e else None
        if name_end is not None:
            return self.named_holders(phrase, i, name_end, e)
        qualifiers = self.role_qualifiers(i + 1, e, phrase.country, phrase.org)
        if qualifiers.named:
            return self.holders_by_state(phrase, qualifiers)
        return self.role_reference(phrase, i, e, qualifiers)

    def finite_after_name(self, k: int) -> bool:
        """Is the -te word at k the finite verb after a name ("In einem Brief an Donald Tusk
        kritisierte Premier Cameron ..."), not an adjective of the role?  An adjective without
        a determiner does not follow a name directly."""
        return k > 0 and self.covered[k - 1] and self.texts[k].endswith(("te", "ten"))

    def role_left(self, i: int, rm: RoleMatch) -> RoleLeft:
        """Determiner, numerals, adjectives and a state in the genitive before the role noun."""
        country, org = rm.country, rm.org
        if country is None and rm.info.country and rm.base.startswith(rm.info.role[:4]):
            country = rm.info.country
        if country is None and rm.base.startswith("Bundes"):
            country = "DEU"
        start = i
        det = None
        plural = rm.plural_form
        count = 0
        k = i - 1
        steps = 0
        extra_roles: list[str] = []
        while k >= 0 and steps < 4 and not self.covered[k] and not self.blocked[k]:
            text = self.texts[k]
            iso = _adj_country(text, self.sent_first[k])
            if iso:
                country = country or iso
                start = k
            elif text in PLURAL_WORDS:
                plural = True
                count = PAIR_WORDS.get(text, 0)
                start = k
            elif text in ROLE_DETERMINERS or (self.sent_first[k] and text.lower() in ROLE_DETERMINERS):
                det = text.lower()
                start = k
                break
            elif text in ELISION_CONJUNCTIONS and k >= 1 and not self.covered[k - 1] \
                    and (elided := _elided_role(self.texts[k - 1], self.texts[i])) is not None:
                # "Chinas Staats- und Parteichef Xi Jinping": the truncated "Staats-" shares the
                # head of "Parteichef" and names a second office ("Staatschef")
                extra_roles.append(elided)
                start = k - 1
                k -= 2
                steps += 2
                continue
            elif text[:1].islower() and text.endswith(ADJECTIVE_ENDINGS) and text.isalpha() \
                    and len(text) > 3 and text not in NOT_ADJECTIVES and _inflected_adjective(text) \
                    and not self.finite_after_name(k):
                start = k  # "der frühere", "dem amtierenden"
            elif (age := age_of(text)) is not None and age[1] in ADJECTIVE_ENDINGS:
                start = k  # "der 78-jährige Papst"
            else:
                owner = self.genitive_owner(k, start if start < i else i)
                if owner is not None:
                    start, ent = owner
                    if ent.kind == "organization":
                        org = org or ent.key
                    country = country or ent.country
                break
            k -= 1
            steps += 1
        if det in DATIVE_PLURAL_ARTICLES and self.texts[i].endswith(("ern", "eln")) \
                and self.texts[i][:-1].endswith(rm.base):
            # "mit den Bürgermeistern", "den EU-Innenministern": the dative plural of a role whose
            # plural is its singular
            plural = True
        return RoleLeft(start, det, plural, count, country, org, tuple(extra_roles))

    def genitive_owner(self, k: int, end: int) -> Optional[tuple[int, Entity]]:
        """A state, city or organisation in the genitive whose last token is k, right before
        token ``end``: "Russlands Verteidigungsminister", "Moskaus Bürgermeister"; (its first
        token, the entity) or None."""
        hit = self.phrase_at(k)
        if hit is None:
            for back in range(2, 4):
                h2 = self.phrase_at(k - back + 1) if k - back + 1 >= 0 else None
                if h2 and h2[0] == back:
                    hit, k = h2, k - back + 1
                    break
        if hit and hit[1].genitive and (hit[1].kind in PLACE_KINDS or hit[1].kind == "organization") \
                and k + hit[0] == end:
            return k, hit[1]
        return None

    def role_phrase(self, rm: RoleMatch, left: RoleLeft) -> RolePhrase:
        """Gender and number of the holders, from the role noun and its determiner."""
        det, plural = left.det, left.plural
        female = rm.female
        if female is None:
            female = det in FEMALE_DETERMINERS and not plural if det else False
        if det == "die" and rm.female is False:
            plural = True  # "die Verteidigungsminister" (a masculine singular takes "der")
        if det == "der" and rm.female is False and left.start > 0 \
                and self.genitive_context(left.start - 1):
            plural = True  # "das Treffen der Finanzminister": genitive plural
        role_base = rm.base
        if rm.info.cls == "adj" and female and role_base.endswith("er"):
            role_base = role_base[:-1]  # "die Vorsitzende" keeps the female form
        return RolePhrase(rm, role_base, female, plural, left.count, left.country, left.org, left.start,
                          left.extra_roles)

    def holder(self, phrase: RolePhrase, i: int, j: int, country: Optional[str],
               org: Optional[str]) -> MentionCandidate:
        """The person named by tokens i..j as a holder of the phrase's role."""
        return self.person_cand(i, j, role=phrase.role, role_base=phrase.base, female=phrase.female,
                                country=country, org=org, from_role=True)

    def named_holders(self, phrase: RolePhrase, i: int, name_end: int, e: int) -> int:
        """The names after the role noun at i: "US-Präsident Joe Biden", "die Präsidenten Joe
        Biden und Wladimir Putin"; the role phrase is a mention of them too."""
        cand = self.holder(phrase, i + 1, name_end, phrase.country, phrase.org)
        cand.extra_roles = phrase.extra_roles
        role_span = self.add_role_span(cand, phrase.start, i + 1)
        self.add(cand)
        end = self.skip_party(cand.tok_end)
        while phrase.plural and self.t(end) in COORDINATORS:
            nxt = self.parse_name(end + 1, e, after_role=False)
            if nxt is None:
                break
            other = self.holder(phrase, end + 1, nxt, phrase.country, phrase.org)
            self.add(other)
            role_span.owners.append(other)  # type: ignore[attr-defined]
            end = self.skip_party(other.tok_end)
        return end

    def role_qualifiers(self, j: int, e: int, country: Optional[str], org: Optional[str]) -> Qualifiers:
        """States and organisations after the role noun ending at j."""
        lex = self.lex
        countries: list[str] = []
        named_items: list[tuple[str, int, int]] = []
        q = j
        # genitive state/organisation: "Präsident Frankreichs", "der Ukraine", "des Kremls"
        gen = self.country_gen_at(q)
        if gen:
            q += gen[0]
            gens = [gen[1]]
            while self.t(q) in COORDINATORS and self.country_gen_at(q + 1):
                # "die Außenminister Russlands und der USA"
                more = self.country_gen_at(q + 1)
                gens.append(more[1])
                q += 1 + more[0]
            if len(gens) == 1:
                country = country or gens[0]
            else:
                countries = gens
        elif self.t(q) in GENITIVE_ARTICLES:
            hit = self.phrase_at(q + 1)
            pe = self.prefixed_entity(q + 1)
            if self.t(q + 1) in lex.org_intro and self.phrase_at(q + 2):
                hit = self.phrase_at(q + 2)  # "der Chef der Gewerkschaft GDL"
                q += 1
            if hit and hit[1].kind in ORG_KINDS:
                org, country = org or hit[1].key, country or hit[1].country
                q += 1 + hit[0]
            elif pe:
                org, country = org or pe[0].key, country or pe[0].country
                q += 2
        elif self.t(q) == "für" and self.place_at(q + 1 + (self.t(q + 1) in ACCUSATIVE_ARTICLES)):
            k0 = q + 1 + (self.t(q + 1) in ACCUSATIVE_ARTICLES)
            hit = self.place_at(k0)
            q = k0 + hit[0]  # "der UN-Sondergesandte für den Jemen": a mandate, not a nationality
        elif self.t(q) in ORIGIN_PREPOSITIONS and q + 1 < e:
            items, q2 = self.country_list(q + 1, e)
            if items:
                countries = [iso for iso, _s, _e in items]
                named_items = [(iso, ps, pe_) for iso, ps, pe_ in items if ps is not None]
                q = q2
            elif self.t(q) == "von" and _cap(self.t(q + 1)) and self.t(q + 2) == ",":
                q += 2  # "der Bürgermeister von Lyon, Théo Vasseur-Lambert,"
        if q == j and (states := self.states_of_class(q, e)) is not None:
            return Qualifiers(states[0], country, org, states[1], [], unlisted=not states[1], of_class=True)
        return Qualifiers(q, country, org, countries, named_items)

    def states_of_class(self, q: int, e: int) -> Optional[tuple[int, list[str]]]:
        """"der drei baltischen Staaten – Estland, Lettland und Litauen –", "von zehn Staaten",
        "der Nachbarländer (Polen und Tschechien) sowie Ungarns": a plural noun of states after
        a role noun says whose holders the role's plural means; (the end, the states its list
        in apposition and the genitives coordinated with it name), the list empty when the
        phrase only describes or counts them."""
        if self.t(q) not in GENITIVE_ARTICLES and self.t(q) not in ORIGIN_PREPOSITIONS:
            return None
        k = q + 1
        # what modifies the noun: numerals, adjectives, adverbs and a phrase in it ("der von
        # der Krise am stärksten betroffenen Staaten")
        while k < min(e, q + 9) and not self.t(k).lower().endswith(STATE_PLURAL_ENDINGS):
            word = self.t(k)
            if not (word[:1].islower() or word.isdigit() or (
                    self.t(k - 1) in STATE_LIST_ARTICLES and k - 2 > q
                    and self.t(k - 2) in CASE_GOVERNING_PREPOSITIONS)):
                return None
            k += 1
        if k >= min(e, q + 9):
            return None
        end = k + 1
        isos: list[str] = []
        close = APPOSITION_LIST_MARKS.get(self.t(end))
        if close is not None:
            items, last = self.country_list(end + 1, e)
            if len(items) >= 2 and (not close or self.t(last) == close or last >= e):
                isos = [iso for iso, _s, _e in items]
                end = last + (1 if close and last < e else 0)
        while self.t(end) in COORDINATORS and (more := self.country_gen_at(end + 1)):
            isos.append(more[1])  # "– ... – sowie Mazedoniens und Bulgariens"
            end += 1 + more[0]
        return end, isos

    def holders_by_state(self, phrase: RolePhrase, qualifiers: Qualifiers) -> int:
        """"den Amtskollegen aus Frankreich (Sébastien Lecornu) und Großbritannien (Ben Wallace)":
        each bracketed name a holder of the role for its state."""
        for iso, ps, pe_ in qualifiers.named:
            self.add(self.holder(phrase, ps, pe_, iso, qualifiers.org))
        for k in range(phrase.start, qualifiers.end):
            self.covered[k] = True
        return qualifiers.end

    def role_reference(self, phrase: RolePhrase, i: int, e: int, qualifiers: Qualifiers) -> int:
        """A role phrase without a name after it: a reference to resolve later, or a name in
        apposition ("der Kremlsprecher, Dmitri Peskow,")."""
        q, country, countries, plural = qualifiers.end, qualifiers.country, qualifiers.countries, phrase.plural
        if len(countries) == 1:
            country = country or countries[0]
            countries = []
        elif len(countries) > 1:
            plural = True
        # apposition with a full name: "der Kremlsprecher, Dmitri Peskow,"
        if not plural and self.t(q) == "," and q + 1 < e:
            ne = self.parse_name(q + 1, e, after_role=True)
            if ne is not None and self.t(ne) in APPOSITION_ENDS:
                cand = self.holder(phrase, q + 1, ne, country, qualifiers.org)
                self.add_role_span(cand, phrase.start, q)
                self.covered[q] = True
                self.add(cand)
                return cand.tok_end
        # a genitive qualifier then the name, no comma: "den Generalsekretär der Nato Jens
        # Stoltenberg", "die Chefin des IWF Christine Lagarde": a name by the test for names
        # without a role (a given name, or two words no German list knows)
        if not plural and q > i + 1 and q < e and (qualifiers.org or qualifiers.country) \
                and self.t(i + 1) in GENITIVE_ARTICLES and not self.covered[q]:
            ne = self.parse_name(q, e, after_role=False)
            if ne is not None:
                cand = self.holder(phrase, q, ne, country, qualifiers.org)
                self.add_role_span(cand, phrase.start, q)
                self.add(cand)
                return cand.tok_end
        s, en = self.span(phrase.start, q)
        self.add(MentionCandidate(s, en, phrase.start, q, self.sent_of[i], "roleref", role=phrase.role,
                      role_base=phrase.base, female=phrase.female, country=country, org=qualifiers.org,
                      plural=plural or qualifiers.unlisted, count=phrase.count, countries=countries,
                      unlisted_states=qualifiers.unlisted, state_class=qualifiers.of_class))
        return q

    def genitive_context(self, k: int) -> bool:
        """Does token k govern a following 'der X' as genitive/dative (a noun or preposition)?"""
        text = self.t(k)
        if text.lower() in CASE_GOVERNING_PREPOSITIONS:
            return True
        return _cap(text) and not self.sent_first[k] and text.isalpha() and role_of(text) is None

    def country_list(self, i: int, e: int) -> tuple[list[tuple[str, Optional[int], Optional[int]]], int]:
        """'Frankreich (Sébastien Lecornu), Großbritannien (Ben Wallace) und der Türkei (...)'."""
        items: list[tuple[str, Optional[int], Optional[int]]] = []
        k = i
        last_end = i
        while k < e:
            m = k
            if self.t(m) in STATE_LIST_ARTICLES:
                m += 1
            hit = self.phrase_at(m)
            if not hit or hit[1].kind not in PLACE_KINDS:
                break
            m += hit[0]
            ps = pe = None
            if self.t(m) == "(":
                ne = self.parse_name(m + 1, e, after_role=True)
                if ne is not None and self.t(ne) == ")":
                    ps, pe = m + 1, ne
                    m = ne + 1
            items.append((hit[1].country, ps, pe))
            last_end = m
            if self.t(m) in COORDINATORS and m + 1 < e:
                k = m + 1
                if self.t(k) in COORDINATORS:
                    k += 1
                continue
            break
        return items, last_end
