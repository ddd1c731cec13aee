"""States, capitals (as governments), organisations and institutions: lexicon phrases,
names after an introducing noun ("die Gewerkschaft Verdi"), head nouns ("Kommunaler
Arbeitgeberverband Bayern"), companies with a legal form, "Bund und Länder"."""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ...lang.de.conjunctions import ADDITIVE_CONJUNCTIONS, ELISION_CONJUNCTIONS, SEQUENCE_GLUE
from ...lang.de.names import NAME_PURPOSE_PREPS
from ...lang.de.determiners import DEFINITE_ARTICLES, FEDERAL_ARTICLES, GENITIVE_ARTICLES, LOCATIVE_ARTICLES, PLURAL_ARTICLES
from ...lang.de.endings import (ADJECTIVE_ENDINGS, ADJ_ENDING_LETTERS, ADJ_NOMINATIVE, NAME_ADJ_ENDINGS,
                                PLACE_ADJ_ENDINGS, PLURAL_NOUN_ENDINGS)
from ...lang.de.nouns import (TIME_NOUN_ENDINGS, FEDERAL_NAME_CONTINUATIONS, FEDERAL_NOUNS, FEDERAL_WORDS, GOVERNED_PLACE_NOUNS,
                              REPRESENTATIVE_NOUNS,
                              STATE_LEVEL_NOUNS)
from ...lang.de.prepositions import BARE_DESTINATION_PREPS, LOCATIVE_PREPOSITIONS
from ...lang.de.punctuation import CLAUSE_PUNCTUATION, CLOSE_QUOTES, DATELINE_ENDS, OPEN_QUOTES, SENTENCE_END
from ...lang.de.verbs import PASSIVE_TRAVEL, PLACE_VERBS, TRAVEL_VERBS_FINAL, VISIT_WORDS, WERDEN_FORMS
from ...resources import folder_cache

# "1. FC Köln", "1. FSV Mainz 05": the ordinal of a club that was the first of its name
CLUB_ORDINALS = frozenset({"1."})
from ..triggers import Trigger, trigger_lexicon
from .slots import unknown_name_word
from .document import MentionCandidate, ScanState
from .lexicon import DEFAULT_INSTITUTION, FEDERAL, ORG_KINDS, PLACE_KINDS, STATES, Entity, lexicon
from .words import (_abbreviation, _adj_country, _organisation_letters, _cap, _company_name_word, _contact_compound, _elided_role, _entity_start_word,
                    _intro_type, _intro_word, _known_word, _looks_common_noun, _nameish, _nominative_adjective, _org_head,
                    _org_head_type, _org_name_adjective, is_area_noun, is_place_noun, role_of)

# How far before a visit word its place may stand: "reist nächste Woche nach Chile".
VISIT_REACH = 6
# A travel verb's destination may stand after the subject and a date: "fliegt der Papst am
# Dienstag in die USA weiter".
TRAVEL_REACH = 10


def _capitalised_word(text: str) -> bool:
    """A word German writes in lower case, capitalised inside a name after its first token:
    "der Hersteller Western Digital", "der Verein Admira Wacker" (an adjective or adverb in its
    bare form; not a noun, not an inflected form, not an infinitive used as a noun)."""
    lex = lexicon()
    low = text.lower()
    return low in lex.known and text not in lex.lemma and not low.endswith(("en", "n")) and low.isalpha()


@folder_cache(maxsize=65536)
def _travel_reading(word: str) -> tuple[Optional[bool], tuple[Trigger, ...]]:
    """What the trigger lexicon says of a word for ``OrgScanner.travel_word``, looked up once per
    word (the test runs on every word near a place): for a contact noun whether its mode is
    ``travel`` (and no verbs), else None and the verbs of the ``travel`` frame it may be."""
    lex = trigger_lexicon()
    noun = lex.noun(word) if word[:1].isupper() else None
    if noun is not None:
        return noun.mode == "travel", ()
    return None, tuple(v for v in lex.verb(word.lower()) if v.frame == "travel")


class OrgScanner(ScanState):
    """Finds states, cities, organisations and institutions."""

    def role_follows(self, k: int) -> bool:
        for m in range(k, min(k + 3, self.n)):
            if role_of(self.t(m)) is not None:
                return True
            if self.t(m + 1) in ELISION_CONJUNCTIONS and _elided_role(self.t(m), self.t(m + 2)) is not None:
                return True  # "Chinas Staats- und Parteichef"
            if not (self.t(m)[:1].islower() and self.t(m).endswith(ADJECTIVE_ENDINGS)):
                return False
        return False

    def travel_word(self, k: int, sent_end: int) -> bool:
        """An arrival, stay or flight word of the trigger lexicon (frame/mode ``travel``): "landete",
        "Aufenthalt"; a separable one with its particle closing the clause ("traf ... ein", not the
        "traf" of "traf Macron in Paris")."""
        travel_noun, verbs = _travel_reading(self.t(k))
        if travel_noun is not None:
            return travel_noun
        if not verbs:
            return False
        sent_start = self.sent_bounds[self.sent_of[k]][0]
        if any(v.lemma in PASSIVE_TRAVEL for v in verbs) and not any(
                self.t(j).lower() in WERDEN_FORMS for j in range(max(sent_start, k - VISIT_REACH), min(sent_end, k + 3))):
            return False  # "wird in Moskau erwartet", not "erwartet in Wien Regen"
        if any(not v.particle for v in verbs):
            return True
        last = next((j - 1 for j in range(k + 1, sent_end) if self.t(j) in CLAUSE_PUNCTUATION
                     or self.t(j) in SENTENCE_END), sent_end - 1)
        return any(self.t(last).lower() == v.particle for v in verbs)

    def visit_governs(self, i: int) -> bool:
        """A visit or travel word governs the place at token i ('reist nach Chile', 'Besuch in
        Ottawa', 'traf in Santiago ein', 'als sie in Peking landete')."""
        sent_start, sent_end = self.sent_bounds[self.sent_of[i]]
        to = self.t(i - 1).lower() == "nach"
        for k in range(i - 1, max(sent_start, i - TRAVEL_REACH) - 1, -1):
            low = self.t(k).lower()
            if (i - k <= VISIT_REACH and low in VISIT_WORDS) or (to and low in TRAVEL_VERBS_FINAL) \
                    or self.travel_word(k, sent_end):
                return True  # "reist am Dienstag gemeinsam mit dem Verteidigungsminister nach Graz"
            if self.t(k) in CLAUSE_PUNCTUATION:
                break
        for k in range(i + 1, min(sent_end, i + VISIT_REACH + 1)):
            if self.t(k) in CLAUSE_PUNCTUATION:
                break
            if self.travel_word(k, sent_end) or self.t(k).lower() in TRAVEL_VERBS_FINAL:
                return True  # the verb closes its clause: "als sie in Peking landete", "nach Chile reisen"
        return False

    def is_place_use(self, i: int) -> bool:
        """'in Moskau', 'nach Russland', 'besuchte Berlin': a place, not an actor; but the place
        a visit or travel word governs is the visited side (``visit_governs``)."""
        if self.visit_governs(i):
            return False
        sent_start = self.sent_bounds[self.sent_of[i]][0]
        for k in range(max(sent_start, i - 4), i):
            if self.toks.lemma[k] in PLACE_VERBS or self.t(k) in PLACE_VERBS:
                return True
        k = i - 1
        while self.t(k) == "/" and k > 1:
            # "aus Kiew/Kyjiw": walk back over the alternative names
            back = next((b for b in (1, 2, 3) if self.phrase_at(k - b) and
                         self.phrase_at(k - b)[0] == b), None)
            if back is None:
                break
            k -= back + 1
        if self.t(k) in LOCATIVE_ARTICLES or self.t(k).endswith(PLACE_ADJ_ENDINGS):
            k -= 1
        return self.t(k).lower() in LOCATIVE_PREPOSITIONS

    def in_visit_clause(self, i: int) -> bool:
        """A visit word near token i in its clause: before it ("Besuch in der Grafschaft
        Cornwall") or as the clause's verb after it ("hatte ... auf der Insel Lesbos besucht")."""
        sent_start, sent_end = self.sent_bounds[self.sent_of[i]]
        for k in range(i - 1, max(sent_start, i - VISIT_REACH) - 1, -1):
            if self.t(k).lower() in VISIT_WORDS:
                return True
            if self.t(k) in CLAUSE_PUNCTUATION:
                break
        for k in range(i + 1, min(sent_end, i + VISIT_REACH + 1)):
            if self.t(k) in CLAUSE_PUNCTUATION:
                break
            if self.t(k) in PLACE_VERBS or self.toks.lemma[k] in PLACE_VERBS:
                return True
        return False

    def try_visited_place(self, i: int, e: int) -> Optional[int]:
        """The place a visit goes to, named after a noun of places: "bei einem Besuch in der
        Grafschaft Cornwall", "hatte Lager auf der Insel Lesbos besucht".  Elsewhere such a
        place is where something happens, no actor ("im Küstenort Mamallapuram")."""
        k = i + 1
        if k >= e or self.covered[k] or not _nameish(self.t(k)) or role_of(self.t(k)) is not None:
            return None
        hit = self.phrase_at(k)
        if hit is None and (_known_word(self.t(k)) or is_place_noun(self.t(k))):
            return None
        if not self.in_visit_clause(i):
            return None
        if hit is not None:
            if hit[1].kind not in PLACE_KINDS:
                return None
            ent = hit[1]
            length = hit[0]
        else:
            length = 1
            name = self.t(k)
            ent = Entity("city", f"place:{name}", name, None)
        self.covered[i] = True
        return self.entity_cand(k, k + length, ent)

    def try_visited_town(self, i: int) -> Optional[int]:
        """A town no list knows, where a visit or a journey goes: "bei seinem Aufenthalt in
        Holguin", "reist am Montag nach Quellstadt weiter".  A town's name takes no article after
        the preposition and is one capitalised word no German word list knows, or a given name
        (a person never stands bare after "in": "nach Santiago"); elsewhere such a word is no
        place ("in Quellsoft investiert")."""
        text = self.texts[i]
        if self.sent_first[i] or self.t(i - 1) not in BARE_DESTINATION_PREPS:
            return None
        if not (unknown_name_word(text) or text in self.lex.first_names and not _looks_common_noun(text)):
            return None
        if _cap(self.t(i + 1)) or self.t(i + 1) == "-" or not self.visit_governs(i):
            return None  # "in Santiago de Cuba"-like longer names are left to the lists
        return self.entity_cand(i, i + 1, Entity("city", f"place:{text}", text, None))

    def is_dateline(self, i: int) -> bool:
        """'Moskau/Washington – ...': place names opening a paragraph before a dash."""
        k = i
        while k > 0 and self.t(k - 1) == "/":
            back = next((b for b in (1, 2, 3) if k - 1 - b >= 0 and self.phrase_at(k - 1 - b)
                         and self.phrase_at(k - 1 - b)[0] == b), None)
            if back is None:
                return False
            k -= 1 + back
        if k not in self.seg_start_tok:
            return False
        m = i
        while m < self.n and (self.phrase_at(m) or self.t(m) == "/"):
            hit = self.phrase_at(m)
            m += hit[0] if hit else 1
        return self.t(m) in DATELINE_ENDS

    def try_entity(self, i: int, e: int) -> Optional[int]:
        """A state, city, organisation or institution starting at token i: the index after it, or None.
        The tests run in this order; the first that matches takes the tokens."""
        text = self.texts[i]
        defined = self.abbr_defs.get(i)
        if defined is not None and defined[0] <= e:
            found = self.try_defined_name(i, *defined)
            if found:
                return found
        if "-" in text and _contact_compound(text):
            found = self.try_compound_parties(i)
            if found:
                return found
        if "-" in text:
            found = self.try_representative_compound(i)
            if found:
                return found
        if is_area_noun(text) and text not in GOVERNED_PLACE_NOUNS:
            found = self.try_visited_place(i, e)
            if found:
                return found
        if text in self.lex.org_prefix:
            found = self.try_club(i, e)
            if found:
                return found
        if not (_entity_start_word(text) or text in self.org_alias or self.legal_form_follows(i, e)):
            # none of the tests below can match here
            return self.try_organisation_letters(i) or self.try_visited_town(i)
        intro_type = _intro_type(text)
        compound = intro_type is not None and not text.startswith(_intro_word(text))
        if compound and _org_head(text) is not None:
            intro_type = None  # "des Arbeitgeberverbands Gesamtmetall": the head noun names it whole
        if intro_type is not None and i + 1 < e:
            found = self.try_introduced_org(i, e, intro_type)
            if found or not compound and not (self.t(i + 1) in GENITIVE_ARTICLES and _org_head(text) is not None):
                return found  # "die Gewerkschaft der Privatangestellten": named by its head noun below
            # a compound with no name after it may be a name itself ("die Linkspartei")
        found = self.try_federal_level(i, e) or self.try_governed_place(i, e) or self.try_alias(i) \
            or self.try_org_head(i, e) or self.try_company(i, e)
        if found:
            return found
        # institution with a state: "US-Regierung", "die russische Regierung", "Regierung Russlands"
        pe = self.prefixed_entity(i)
        if pe:
            return self.entity_cand(i, i + 1, pe[0])
        if text in self.lex.institutions or (text.endswith(("ministerium", "ministeriums")) and _cap(text)):
            return self.try_institution(i)
        return self.try_lexicon_entity(i) or self.try_visited_town(i)

    def names_noun_before(self, paren: int) -> bool:
        """"mit der Sozialistischen Arbeiterpartei (PSOE)": letters in brackets after a noun that
        no rule took for a name name the organisation; after a person they are a party."""
        k = paren - 1
        return k >= 0 and not self.covered[k] and _cap(self.t(k)) and self.t(k).isalpha() \
            and not any(c.kind == "person" and c.tok_end == paren for c in self.cands)

    def try_compound_parties(self, i: int) -> Optional[int]:
        """States and organisations named inside a compound contact noun are its sides:
        "der EU-Türkei-Gipfel", "die USA-Russland-Gespräche"."""
        text = self.texts[i]
        parts = text.split("-")[:-1]
        found = []
        off = self.toks.idx[i]
        for part in parts:
            ent = self.lex.phrases.get((part,))
            if ent is not None and (ent.kind in PLACE_KINDS or ent.kind in ORG_KINDS):
                found.append((off, off + len(part), ent))
            off += len(part) + 1
        if len(found) < len(parts) or len(found) < 2 and not self.body_partner_follows(i + 1):
            # two sides at least, and every part before the noun names one: "der EU-Gipfel",
            # "der Nato-Gipfel" name the body that meets, no side; but "der EU-Gipfel mit der
            # Türkei" is held between the body and the state named after "mit"
            return None
        for s, e, ent in found:
            self.cands.append(MentionCandidate(s, e, i, i + 1, self.sent_of[i], "entity", entity=ent,
                                               country=ent.country, ent_name=ent.base))
        self.covered[i] = True
        return i + 1

    def body_partner_follows(self, k: int) -> bool:
        """Does "mit" and a state or organisation follow at token k ("mit der Türkei", "mit
        Russland", "mit den USA")?  Then a compound contact noun with one body before it names
        the body as one side of a meeting with that partner, not a session of the body alone."""
        if self.t(k) != "mit":
            return False
        k += 1
        if self.t(k) in DEFINITE_ARTICLES or self.t(k) in PLURAL_ARTICLES:
            k += 1
        hit = self.phrase_at(k)
        return hit is not None and (hit[1].kind in PLACE_KINDS or hit[1].kind in ORG_KINDS)

    def try_representative_compound(self, i: int) -> Optional[int]:
        """A compound of a state or organisation and a noun of those who speak for it names that
        side, as "Vertreter der Nato" does: "mit einem FBI-Agenten", "Nato-Vertreter",
        "die US-Delegation", "ein FBI-Undercover-Agent" (the mention is the prefix)."""
        parts = self.texts[i].split("-")
        if len(parts) < 2 or parts[-1].lower() not in REPRESENTATIVE_NOUNS:
            return None
        prefix = parts[0]
        if prefix not in self.lex.prefixes or not all(_cap(p) for p in parts[1:]):
            return None
        ent = self.lex.phrases.get((prefix,))
        if ent is None or not (ent.kind in PLACE_KINDS or ent.kind in ORG_KINDS):
            return None
        ent = self.lex.phrases.get((ent.key,), ent)  # "US-" is the USA
        off = self.toks.idx[i]
        self.cands.append(MentionCandidate(off, off + len(prefix), i, i + 1, self.sent_of[i], "entity", entity=ent,
                                           country=ent.country, ent_name=ent.base))
        self.covered[i] = True
        return i + 1

    def try_organisation_letters(self, i: int) -> Optional[int]:
        """An organisation named only by its letters ("verhandelt mit der EPA", "die PSOE"); not a
        party in brackets after a person ("Schulz (SPD)") or a defined abbreviation's own brackets."""
        text = self.texts[i]
        if not _organisation_letters(text) or self.covered[i]:
            return None
        if self.t(i - 1) == "(" and not (self.t(i + 1) == ")" and self.names_noun_before(i - 1)):
            return None
        j = i + 1
        if j < self.n and _nameish(self.t(j)) and not _known_word(self.t(j)) and role_of(self.t(j)) is None \
                and not self.covered[j]:
            j += 1  # the letters head the name: "TSV Lindholm", "FC Barcelona"
        name = " ".join(self.texts[i:j])
        return self.entity_cand(i, j, Entity("organization", name, name, None, "org"))

    def try_introduced_org(self, i: int, e: int, intro_type: str) -> Optional[int]:
        """An organisation introduced by a noun: "die Gewerkschaft Verdi", "der Konzern Zentrix",
        "das Fanbündnis «Unsere Kurve»", "die Gewerkschaften PRO-GE und GPA"."""
        text = self.texts[i]
        if _intro_word(text) in self.lex.person_intros and self.t(i + 1) in self.lex.first_names:
            return None  # "den Investor Jonathan Whitfield": a person, found from the next token
        end = self.introduced_org(i + 1, e, intro_type)
        if end is None:
            return self.org_back_reference(i)
        while text.endswith(PLURAL_NOUN_ENDINGS) and self.t(end) in ADDITIVE_CONJUNCTIONS and end + 1 < e:
            more = self.introduced_org(end + 1, e, intro_type)  # a plural intro lists several
            if more is None:
                break
            end = more
        return end

    def try_governed_place(self, i: int, e: int) -> Optional[int]:
        """"der Kanton Zürich", "die Stadt Zürich", "die Gemeinde Rottenach" as governments."""
        text = self.texts[i]
        if text in GOVERNED_PLACE_NOUNS and i + 1 < e and _nameish(self.t(i + 1)) and role_of(self.t(i + 1)) is None \
                and not self.covered[i + 1]:
            hit = self.phrase_at(i + 1)
            length = hit[0] if hit else 1
            name = " ".join([text] + self.texts[i + 1:i + 1 + length])
            return self.entity_cand(i, i + 1 + length, Entity("organization", name, name,
                                                              hit[1].country if hit else None, "gov"))
        return None

    def try_alias(self, i: int) -> Optional[int]:
        """An abbreviation given in brackets earlier: "(KAV)"."""
        ent = self.org_alias.get(self.texts[i])
        return self.entity_cand(i, i + 1, ent) if ent is not None else None

    def try_company(self, i: int, e: int) -> Optional[int]:
        """A company with its legal form: "Siemens AG", "Zentrix GmbH"; a club with its suffix:
        "Brentford FC", "Manchester United"."""
        m = i
        while m < e and m - i < 4 and _company_name_word(self.t(m)):
            m += 1
        if m > i and m < e and self.t(m) in self.lex.org_suffix:
            base = " ".join(self.texts[i:m])
            hit = self.phrase_at(i)
            key = hit[1].key if hit and hit[0] == m - i else base
            country = hit[1].country if hit and hit[0] == m - i else None
            otype = self.lex.org_suffix[self.t(m)]
            if otype != "company":
                key = base + " " + self.t(m)  # a club's suffix is part of its name, a legal form is not
            return self.entity_cand(i, m + 1, Entity("organization", key, base + " " + self.t(m), country, otype))
        return None

    def try_club(self, i: int, e: int) -> Optional[int]:
        """A club named with the abbreviation that opens its name: "FC Bayern München", "SK
        Sturm Graz", "1. FC Nürnberg" (the ordinal of the founding club stands first); the
        name runs over the capitalised words after it, places included, and a year's two
        digits ("FSV Mainz 05")."""
        k = i
        otype = self.lex.org_prefix.get(self.t(k))
        if otype is None:
            return None
        if i > 0 and self.t(i - 1) in CLUB_ORDINALS and not self.covered[i - 1]:
            i -= 1
        m = k + 1
        while m < e and m - k <= 3 and role_of(self.t(m)) is None and (
                _nameish(self.t(m)) or m > k + 1 and self.t(m).isdigit() and len(self.t(m)) == 2):
            m += 1
        if m == k + 1:
            return None
        name = " ".join(self.texts[i:m])
        return self.entity_cand(i, m, Entity("organization", name, name, None, otype))

    def try_institution(self, i: int) -> Optional[int]:
        """An institution noun with its state: "die russische Regierung", "Regierung Russlands",
        "die Regierung in Rom"; without one it names no actor."""
        lex, text = self.lex, self.texts[i]
        gender, otype = lex.institutions.get(text, DEFAULT_INSTITUTION)
        iso = _adj_country(self.t(i - 1), self.sent_first[i - 1]) if i > 0 else None
        if iso and not self.covered[i - 1]:
            stem = lex.adj_stem.get(iso, self.t(i - 1).rstrip(ADJ_ENDING_LETTERS))
            adj = stem + ADJ_NOMINATIVE.get(gender, "e")
            # "das deutsche Außenministerium" is the body whose own name is "Auswärtiges Amt"
            # (organisations.tsv lists the described form as a '~' variant)
            official = lex.phrases.get((adj, text))
            return self.entity_cand(i - 1, i + 1, official or Entity("organization", f"{iso}:{text}",
                                                                     f"{adj} {text}", iso, otype))
        gen = self.country_gen_at(i + 1)
        if gen:
            return self.entity_cand(i, i + 1 + gen[0], Entity("organization", f"{gen[1]}:{text}",
                                                              f"{text} {gen[2]}", gen[1], otype))
        hit = self.phrase_at(i + 2) if self.t(i + 1) == "in" else None
        if hit and hit[1].kind in PLACE_KINDS and text != "Ministerium":
            # "die Regierung in Rom", "das Außenministerium in Peking"
            return self.entity_cand(i, i + 2 + hit[0], Entity(
                "organization", f"{hit[1].country}:{text}", f"{text} in {hit[1].base}",
                hit[1].country, otype))
        if text.endswith(("ministerium", "ministeriums")) and len(text) > len("ministeriums"):
            # a ministry named by its portfolio is one body even without its state: "das
            # Justizministerium", "Mitarbeiter des Bildungsministeriums" (the bare "Ministerium" is not)
            name = text[:-1] if text.endswith("s") else text
            known = lex.phrases.get((text,))  # "Bundesaußenministerium": the "Auswärtiges Amt"
            return self.entity_cand(i, i + 1, known or Entity("organization", name, name, None, otype))
        return None

    def try_lexicon_entity(self, i: int) -> Optional[int]:
        """A state, city or organisation the lexicon knows; a place after a locative preposition
        or in a dateline is no actor, a state before a role belongs to the role phrase."""
        hit = self.phrase_at(i)
        if hit is None:
            return None
        length, ent = hit
        if ent.genitive and self.role_follows(i + length):
            return i + length  # "Russlands Verteidigungsminister": the role phrase takes it
        if ent.key.startswith("place:") and self.inside_proper_name(i, length):
            return None  # "der 1. FC Köln", "Sturm Graz", "Bayern München": a club, no place
        if ent.kind in PLACE_KINDS:
            if self.is_place_use(i) or (ent.kind == "city" and self.is_dateline(i)):
                for k in range(i, i + length):
                    self.covered[k] = True
                return i + length
        return self.entity_cand(i, i + length, ent)

    def inside_proper_name(self, i: int, length: int) -> bool:
        """A Land or city (regions.tsv) right after a capitalised word inside the sentence, or
        right before another place, is part of a longer name, mostly a club's: "gegen Sturm
        Graz", "der 1. FC Köln", "Bayern München empfängt ...".  A visited place stands after a
        verb, an article or a preposition ("besuchte Graz", "nach Tirol")."""
        before = self.t(i - 1) if i > 0 else ""
        after = self.phrase_at(i + length)
        return (i > 0 and not self.sent_first[i - 1] and _cap(before) and before.isalpha()
                and not before.lower().endswith(TIME_NOUN_ENDINGS)) \
            or (after is not None and after[1].kind in PLACE_KINDS)

    def legal_form_follows(self, i: int, e: int) -> bool:
        """Pre-check for a company name at token i: a legal form ("AG", "GmbH") within the
        next four tokens after a company-name word."""
        k = bisect_left(self.legal_forms, i + 1)
        return k < len(self.legal_forms) and self.legal_forms[k] < min(i + 5, e) and _company_name_word(self.texts[i])

    def try_federal_level(self, i: int, e: int) -> Optional[int]:
        """German federalism: "Bund und Länder", "der Bund", "die Länder" beside "Bund".

        "Bund" is the federal level when an article or "und Länder" goes with it, not in
        names ("Bund der Steuerzahler", "Bund für Umwelt"); "Länder" only paired with it.
        """
        text = self.texts[i]
        if text not in FEDERAL_WORDS:
            return None
        words = [w.lower() for w in self.texts[max(0, i - 3):min(e, i + 4)]]
        if text in FEDERAL_NOUNS and self.t(i + 1) not in FEDERAL_NAME_CONTINUATIONS:
            paired = "länder" in words
            if paired or self.t(i - 1).lower() in FEDERAL_ARTICLES:
                return self.entity_cand(i, i + 1, FEDERAL)
        if text in STATE_LEVEL_NOUNS:
            if "bund" in words or "bundes" in words:
                return self.entity_cand(i, i + 1, STATES)
        return None

    def try_defined_name(self, i: int, paren: int, abbr: str) -> Optional[int]:
        """An organisation defined by the initials of its bracketed abbreviation ("Gewerkschaft
        Hafen und Logistik (GHL)"); the abbreviation names it from then on."""
        if self.phrase_at(i) or any(self.covered[i:paren]) or self.texts[i] in self.lex.first_names:
            return None  # the lexicon knows it ("Europäische Union (EU)"), or a person's name
        name = " ".join(self.texts[i:paren])
        otype = _intro_type(self.texts[i]) or _org_head_type(self.texts[i]) or ""
        ent = Entity("organization", name, name, None, otype)
        self.org_alias[abbr] = ent
        return self.entity_cand(i, paren, ent)

    def org_back_reference(self, i: int) -> Optional[int]:
        """"dem Verband", "die Gewerkschaft" with a definite article: the last organisation named
        with that noun ("Arbeitgeberverband Hafenwirtschaft Nord", "die Gewerkschaft Verdi")."""
        det, low = self.t(i - 1).lower(), self.texts[i].lower()
        if det not in DEFINITE_ARTICLES:
            return None
        if det in PLURAL_ARTICLES and low.endswith("en"):
            return None  # a plural ("die Gewerkschaften") refers to several
        stems = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
        for c in reversed(self.cands):
            ent = c.entity
            if c.kind != "entity" or ent is None or ent.kind != "organization" or c.tok_start >= i:
                continue
            words = [w.lower() for w in ent.base.split()] + [self.t(c.tok_start - 1).lower()]
            if any(w.endswith(stem) for w in words for stem in stems):
                return self.entity_cand(i, i + 1, ent)
        return None

    def introduced_org(self, i: int, e: int, otype: str) -> Optional[int]:
        """The organisation name after an introducing noun, as a candidate; its end or None."""
        hit = self.phrase_at(i)
        if hit and hit[1].kind in ORG_KINDS:
            return self.entity_cand(i, i + hit[0], hit[1])
        if self.t(i) in OPEN_QUOTES:
            close = next((k for k in range(i + 1, min(e, i + 8)) if self.t(k) in CLOSE_QUOTES), None)
            if close is None or close == i + 1 or not self.t(i + 1)[:1].isupper():
                return None  # a name starts with a capital; "dem Verein «keine Steine in den Weg legen»" quotes
            name = " ".join(self.texts[i + 1:close])
            self.entity_cand(i + 1, close, Entity("organization", name, name, None, otype))
            return close + 1
        m = i
        while m < e and m - i < 3 and (_abbreviation(self.t(m)) or (
                _nameish(self.t(m)) and (not _looks_common_noun(self.t(m)) or m > i and _capitalised_word(self.t(m)))
                and role_of(self.t(m)) is None)):
            m += 1
        if m == i:
            return None
        name = " ".join(self.texts[i:m])
        return self.entity_cand(i, m, Entity("organization", name, name, None, otype))

    def try_org_head(self, i: int, e: int) -> Optional[int]:
        """An organisation named by its head noun: "Kommunaler Arbeitgeberverband Bayern (KAV)",
        "Fachverband Metalltechnische Industrie", "Eidgenössisches Finanzdepartement",
        "die Landeshauptleutekonferenz"; a bracketed abbreviation after it names it elsewhere."""
        if not self.texts[i][:1].isupper():
            return None  # both the name's adjectives and its head are capitalised
        k = i
        while k < e and k - i < 2 and _org_name_adjective(self.texts[k]):
            k += 1  # capitalised adjectives of the name ("Kommunaler", "Eidgenössisches")
        head = _org_head(self.texts[k]) if k < e else None
        if head is None or self.covered[k]:
            return None
        head_word, otype, gender = head
        end = k + 1
        tail: list[str] = []
        hit = self.phrase_at(end)
        if hit and not self.covered[end]:
            tail = self.texts[end:end + hit[0]]
            end += hit[0]  # "... Bayern", "... Schweiz"
        elif end + 1 < e and self.t(end)[:1].isupper() and self.t(end).isalpha() \
                and self.t(end).lower().endswith(NAME_ADJ_ENDINGS) and self.t(end + 1)[:1].isupper() \
                and self.t(end + 1).isalpha() and role_of(self.t(end + 1)) is None:
            tail = [self.t(end), self.t(end + 1)]
            end += 2  # "Fachverband Metalltechnische Industrie"
        elif otype != "gov" and self.t(end) in GENITIVE_ARTICLES and end + 1 < e and _cap(self.t(end + 1)) \
                and self.phrase_at(end + 1) is None and role_of(self.t(end + 1)) is None:
            # "Verband der Privatsender", "Gewerkschaft der Privatangestellten", "Bund der
            # Steuerzahler": the members of an association, in the genitive plural, are part of
            # its name; not the owner of an office's or a meeting's body ("bei einer
            # Lehrerkonferenz der Pädagogischen Hochschule")
            m = end + 1
            while m < e and m - end <= 3 and _cap(self.t(m)) and (
                    m == end + 1 or self.t(m - 1).endswith(NAME_ADJ_ENDINGS)):
                m += 1
            tail = self.texts[end:m]
            end = m
        elif self.t(end) in NAME_PURPOSE_PREPS and _cap(self.t(end + 1)):
            # "Bundesamt für Gesundheit", "Zentralanstalt für Meteorologie und Geodynamik": the
            # purpose is part of the name, nouns joined by "und" or a comma
            m = end + 1
            while m < e and _cap(self.t(m)) and m - end < 7 and (
                    m == end + 1 or self.t(m - 1) in SEQUENCE_GLUE or _org_name_adjective(self.t(m - 1))
                    or self.t(m - 1).endswith(NAME_ADJ_ENDINGS)):
                m += 1  # "für Höhere Studien": an adjective before the noun
                if m + 1 < e and self.t(m) in SEQUENCE_GLUE and _cap(self.t(m + 1)):
                    m += 1
            tail = self.texts[end:m]
            end = m
        elif end < e and _nameish(self.t(end)) and role_of(self.t(end)) is None and (
                not _known_word(self.t(end)) or (self.t(end + 1) == "(" and _abbreviation(self.t(end + 2)))):
            tail = [self.t(end)]
            end += 1  # a region or name the lexicon does not know
        if k == i and end == k + 1:
            known = self.org_heads_seen.get(head_word)
            if known is not None:  # "der Arbeitgeberverband" after its full name
                return self.entity_cand(i, end, known)
            bracketed = self.t(end) == "(" and _abbreviation(self.t(end + 1))
            definite = self.t(i - 1).lower() in DEFINITE_ARTICLES
            if head_word.lower() in {h for h, _, _ in self.lex.org_name_heads} or not bracketed and (
                    _known_word(head_word) or not definite):
                # a bare "Verband", "eine Pressekonferenz" names nobody, unless it refers back
                return self.org_back_reference(i) if definite else None
        adjectives = [_nominative_adjective(self.t(x), gender) for x in range(i, k)]
        name = " ".join(adjectives + [head_word] + tail)
        ent = Entity("organization", name, name, None, otype)
        self.org_heads_seen.setdefault(head_word, ent)
        if self.t(end) == "(" and self.t(end + 2) == ")" and _abbreviation(self.t(end + 1)):
            self.org_alias[self.t(end + 1)] = ent
        return self.entity_cand(i, end, ent)
