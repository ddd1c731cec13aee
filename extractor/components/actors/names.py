"""Person names: a first name (or East Asian family name) and capitalised words, name
particles ("von der Leyen", "bin Salman"), a name after a role or a form of address."""
from __future__ import annotations

from typing import NamedTuple, Optional

from ...lang.de.determiners import DETERMINERS, ROLE_DETERMINERS
from ...lang.de.endings import ADJECTIVE_ENDINGS, FEMALE_ROLE_ENDINGS, NAME_LIKE_NOUN_ENDINGS, NOMINATIVE_S_ENDINGS, SIBILANTS
from ...lang.de.nouns import DAY_PARTS, WEEKDAYS
from ...lang.de.names import (ARTICLE_PARTICLES, ATTACHED_PARTICLES, CAPITALISED_PARTICLES, IDIOM_PARTICLES, NAME_PARTICLES,
                              QUALIFYING_PARTICLES)
from ...lang.de.punctuation import APOSTROPHES, CLAUSE_PUNCTUATION, QUOTATION_MARKS
from ...lang.de.conjunctions import CLAUSE_SUBORDINATORS, COORD_CLAUSE, COORDINATORS, SUBORDINATORS
from ...lang.de.verbs import PLACE_VERBS
from ...lang.de.prepositions import PREPOSITIONS
from ..verb_forms import is_participle, singular_finite
from .document import MentionCandidate, ScanState
from .words import (ROMAN_NUMERAL, _cap, _capitalised_function_word, _declined_noun, _compound_like, _is_common_noun, _is_first_name, _is_inner_given_name, _known_word,
                    _looks_common_noun,
                    _nameish, _intro_word, _org_head, adverb_shape, is_place_noun, person_noun, role_of)

MAX_NAME_TOKENS = 5
# what may stand before the subject that opens a clause ("..., sagte er, als Uriburu erkrankte")
CLAUSE_OPENERS = CLAUSE_PUNCTUATION | CLAUSE_SUBORDINATORS | COORD_CLAUSE
# before a verb in -te, these make it an adjective of a noun phrase ("die verglaste Tür", "mit verglaster")
NOUN_PHRASE_OPENERS = DETERMINERS | PREPOSITIONS


def _german_noun_shape(word: str) -> bool:
    """An unknown word shaped like a German noun; short endings that foreign names share are
    left out ("Vytenis Andriukaitis", "Leonie", "Janik": -nis, -ie, -ik, -ei, -ig)."""
    return _is_common_noun(word) and not word.lower().endswith(NAME_LIKE_NOUN_ENDINGS)


def _regnal_number(text: str) -> bool:
    """"XIV.", "II": the Roman number of a ruler or pope after the given name."""
    return bool(ROMAN_NUMERAL.match(text[:-1] if text.endswith(".") else text))


def _role_surname(text: str) -> bool:
    """"König", "Kaiser", "Bischof": a role's plain masculine base form, which right after a
    given name is a surname ("Hermann König"), as German surnames often are offices."""
    rm = role_of(text)
    return rm is not None and text == rm.info.role and " " not in text


def _adjective_form(text: str) -> bool:
    """A lower-case word with an adjective ending ("römische", "bekannten")."""
    return text[:1].islower() and text.isalpha() and text.endswith(ADJECTIVE_ENDINGS) and len(text) > 3


def _surname_initial(text: str) -> bool:
    """"E.": a surname's initial, as German reports name suspects and victims."""
    return len(text) == 2 and text[1] == "." and text[0].isupper() and text[0].isalpha()


class NameRun(NamedTuple):
    """Tokens that may form a name, and how many of them lead as given names."""
    toks: list[int]
    firsts: int


class NameScanner(ScanState):
    """Finds person names."""

    def particle_name(self, k: int, e: int, lone_ok: bool) -> Optional[int]:
        """'von der Leyen', 'bin Salman', 'de la Fuente': end of particles + surname, or None."""
        if self.t(k) in ARTICLE_PARTICLES:
            return None
        m = k
        while m < e and self.t(m) in NAME_PARTICLES and m - k < 3:
            m += 1
        if m >= e or m == k:
            return None
        nxt = self.t(m)
        if not _nameish(nxt) or self.phrase_at(m) or role_of(nxt) is not None \
                or _is_common_noun(nxt) or self.covered[m]:
            return None
        if not lone_ok and m - k == 1 and self.t(k) in QUALIFYING_PARTICLES:
            return None  # "Bürgermeister von Lyon": a qualifier, not a name
        if m - k == 1 and self.t(k) in IDIOM_PARTICLES and _known_word(nxt):
            return None  # "war bei Papst Franziskus zu Gast": a set phrase, not "zu Guttenberg"
        return m + 1

    def parse_name(self, i: int, e: int, after_role: bool) -> Optional[int]:
        """End (exclusive) of a person name starting at token i, or None.

        A name is a run of capitalised tokens (and particles before a surname).
        After a role or a form of address any such run is a name unless its first
        word is a plain common noun; otherwise it needs a leading first name, an
        East Asian family name, or two capitalised words that are no German words.
        """
        run = self.name_run(i, e, after_role)
        return self.name_end(run, after_role) if run.toks else None

    def name_run(self, i: int, e: int, after_role: bool) -> NameRun:
        """The tokens from i on that may belong to one name."""
        lex = self.lex
        toks: list[int] = []
        firsts = 0
        k = i
        while k < e and len(toks) < MAX_NAME_TOKENS:
            text = self.texts[k]
            if self.blocked[k] or self.covered[k]:
                break
            if text in NAME_PARTICLES and not toks and not after_role:
                break  # a name does not open with a particle ("La Celle-Saint-Cloud")
            if text in NAME_PARTICLES and (toks or after_role) and not (
                    not toks and _cap(text) and text not in CAPITALISED_PARTICLES):
                end = self.particle_name(k, e, lone_ok=bool(toks))
                if end is None:
                    break
                toks.extend(range(k, end))
                k = end
                continue
            # right after given names a capitalised function word is a surname ("Stephan Weil");
            # a word in capitals is an abbreviation, not a surname ("Hertha BSC")
            after_given = bool(toks) and firsts == len(toks) and _cap(text) and text.isalpha() \
                and not text.isupper()
            if toks and firsts == len(toks) and _regnal_number(text):
                toks.append(k)  # a ruler's or pope's number: "Ludwig XIV.", "Elizabeth II."
                break
            if toks and firsts == len(toks) and _surname_initial(text):
                toks.append(k)  # the press abbreviates a suspect's surname: "Hasan E.", "Michael K."
                if self.middle_initial(k + 1, e):
                    firsts += 1  # an initial between given name and surname: "Michael J. Fox"
                    k += 1
                    continue
                break
            if not toks and after_role and self.given_name_like_adverb(k, e):
                toks.append(k)
                firsts += 1
                k += 1
                continue
            double = self.double_surname(toks, firsts, text)
            if not (_nameish(text) or after_given or double) or role_of(text) is not None and not (
                    after_given and _role_surname(text) or double):
                break
            is_first = (_is_inner_given_name(text) if toks else _is_first_name(text)) \
                or (not toks and text in lex.family_first)
            hit = self.phrase_at(k)
            if toks:
                # right after given names any capitalised word is the surname
                # ("Hubertus Heil", "Olaf Lies"); later ones must not be plain nouns
                # an unknown word right after a role is a given name no list knows
                # ("Wirtschaftsministerin Katherina Reiche")
                unknown_given = after_role and len(toks) == 1 and not _known_word(self.t(toks[0]))
                if not is_first and firsts < len(toks) and _is_common_noun(text) and not unknown_given:
                    break
                # a German word is a surname after a well-known given name ("Hermann König",
                # "Margrit Herbst") or after a role, not after a given name that only the long
                # open-data list has ("erhielt Badawi Anfang Mai")
                if not is_first and not after_role and firsts == len(toks) and _declined_noun(text) \
                        and all(self.t(x) in lex.open_only_first for x in toks):
                    break
                # once a surname stands, a further known German word ends the name
                # ("... Olaf Scholz Hilfe anbieten")
                if not is_first and len(toks) > firsts >= 1 and _known_word(text):
                    break
                if len(toks) > firsts >= 1 and self.second_name_starts(k, e):
                    break
                if hit and not (hit[1].kind == "city" and firsts == len(toks)):
                    break
            elif hit and (not is_first or hit[0] > 1):
                break
            toks.append(k)
            if is_first and firsts == len(toks) - 1:
                firsts += 1
            k += 1
        return NameRun(toks, firsts)

    def second_name_starts(self, k: int, e: int) -> bool:
        """Does a second person's name start at token k, right after a full name?

        German puts the subject after the finite verb when something else opens the clause,
        and the object right after it: "Gestern traf Heinz Fischer Joachim Gauck".  After a
        surname, a given name followed by a further part of a name begins the object's name;
        given names before the surname stay one name ("Hans Peter Doskozil")."""
        if not _is_first_name(self.t(k)) or k + 1 >= e or self.covered[k + 1]:
            return False
        nxt = self.t(k + 1)
        return (_nameish(nxt) and role_of(nxt) is None) or nxt in NAME_PARTICLES

    @staticmethod
    def double_surname(toks: list[int], firsts: int, text: str) -> bool:
        """Right after given names, a hyphenated word ending in a role is a double surname
        ("Heidi Lackner-Prinz", "Maria Huber-König"), not a role with its body ("Nato-Chef")."""
        parts = text.split("-")
        return bool(toks) and firsts == len(toks) and len(parts) == 2 \
            and all(p[:1].isupper() and p.isalpha() and not p.isupper() for p in parts)

    def given_name_like_adverb(self, k: int, e: int) -> bool:
        """A given name spelt like a German adverb, right after a role and before a surname:
        "Innenminister Davor Božinović".  The adverb would stand in lower case there; only at
        the start of a sentence is "Davor" the adverb."""
        text = self.t(k)
        if k + 1 >= e or not _cap(text) or not _capitalised_function_word(text):
            return False
        nxt = self.t(k + 1)
        return _nameish(nxt) and not _known_word(nxt) and role_of(nxt) is None and not self.covered[k + 1]

    def middle_initial(self, k: int, e: int) -> bool:
        """Does a surname follow the initial before token k ("Michael J. Fox", "Julio A. Roca")?"""
        text = self.t(k)
        return k < e and _nameish(text) and not self.covered[k] and role_of(text) is None \
            and not _is_common_noun(text) and not self.phrase_at(k)

    def name_end(self, run: NameRun, after_role: bool) -> Optional[int]:
        """Is the run a name (see ``parse_name``)?  Its end, or None."""
        toks, firsts = run
        end = toks[-1] + 1
        first_text = self.t(toks[0])
        if after_role:
            if len(toks) == 1 and (_known_word(first_text) and _looks_common_noun(first_text)
                                   or _german_noun_shape(first_text)):
                return None  # "als Anwalt Urkundenfälschung vorgeworfen": a noun, no name
            return end
        if len(toks) < 2:
            return None
        if firsts == 0 and first_text not in self.lex.family_first and self.apposition_head(toks):
            return None
        if firsts >= 1 or first_text in self.lex.family_first:
            return end
        words = [self.t(k2) for k2 in toks if self.t(k2) not in NAME_PARTICLES]
        if all(not _known_word(w) and not _compound_like(w) and not _german_noun_shape(w)
               for w in words):
            return end  # two capitalised words that are no German words ("Hulusi Akar")
        return None

    def apposition_head(self, toks: list[int]) -> bool:
        """Is the first word of a run a noun that the name stands in apposition to?

        German sets a noun before a name without a comma ("das Trainerduo Dennis Ley", "der
        römische Geograph Pomponius Mela"): the name starts at a given name further in, and
        after a determiner (or an adjective after one) the first capitalised word is a noun,
        as German names take no article."""
        if any(_is_first_name(self.t(k)) for k in toks[1:-1]):
            return True
        if len(toks) < 3:
            return False
        k = toks[0] - 1
        while k >= 0 and self.t(k) not in ROLE_DETERMINERS and _adjective_form(self.t(k)):
            k -= 1
        return self.t(k).lower() in ROLE_DETERMINERS

    def person_cand(self, i: int, j: int, **kw) -> MentionCandidate:
        s, e = self.span(i, j)
        name = tuple(self.texts[i:j])
        j2 = j
        # genitive apostrophe "Scholz' Sprecher"; the ordinal point of "Ludwig XIV."
        if j < self.n and self.t(j) == "." and self.toks.ws[j - 1] == "" and ROMAN_NUMERAL.match(self.t(j - 1)):
            e = self.toks.end[j]
            j2 = j + 1
        elif j < self.n and self.t(j) in APOSTROPHES and self.toks.ws[j - 1] == "" \
                and self.t(j - 1)[-1:] in SIBILANTS:
            e = self.toks.idx[j] + 1
            j2 = j + 1
        elif self.postnominal_genitive(i, j):
            name = name[:-1] + (name[-1][:-1],)  # "die Rede Annalena Baerbocks": Annalena Baerbock
        return MentionCandidate(s, e, i, j2, self.sent_of[i], "person", name=name, **kw)

    def postnominal_genitive(self, i: int, j: int) -> bool:
        """A full name in the genitive right after its noun, without an article: "der Besuch
        Recep Tayyip Erdogans", "nach der Rede Annalena Baerbocks" (German adds -s to the last
        name; names ending in a sibilant take an apostrophe instead)."""
        last = self.t(j - 1)
        if j - i < 2 or i == 0 or len(last) < 4 or not last.endswith("s") or last[-2:-1] in SIBILANTS \
                or last[-2:-1] in "aeiouy" or self.sent_first[i]:
            return False
        noun = self.t(i - 1)
        if noun.lower().endswith(WEEKDAYS + DAY_PARTS):
            return False  # "traf am Montag Peter Resetarits", "am Sonntagabend": a time, no genitive
        return noun[:1].isupper() and noun.isalpha() and _known_word(noun) and not _is_first_name(noun) \
            and role_of(noun) is None


    def party_follows(self, j: int) -> bool:
        if self.t(j) != "(" or self.t(j + 2) != ")":
            return False
        hit = self.phrase_at(j + 1)
        return bool(hit and hit[1].org_type == "party")

    def skip_party(self, j: int) -> int:
        """'Scholz (SPD)': the party in parentheses is no actor; returns the index after it."""
        if self.t(j) == "(" and self.t(j + 2) == ")":
            hit = self.phrase_at(j + 1)
            inner = self.t(j + 1)
            if hit and hit[1].org_type == "party" or (inner.isupper() and 1 < len(inner) <= 6) \
                    or "/" in inner or inner.isdigit():
                for k in range(j, j + 3):
                    self.covered[k] = True
                return j + 3
        return j

    def try_honorific(self, i: int, e: int) -> Optional[int]:
        if self.texts[i] not in self.lex.honorifics:
            return None
        k = i + 1
        while k < e and self.t(k) in self.lex.honorifics:
            k += 1
        j = self.parse_name(k, e, after_role=True)
        if j is None:
            return None
        self.add(self.person_cand(k, j, from_role=True))
        return self.skip_party(j)

    def try_descriptor(self, i: int, e: int) -> Optional[int]:
        """'der Rapper Eminem', 'Sängerin Adele Adkins': a name right after a noun saying what
        the person is (``words.person_noun``); the noun itself is no mention."""
        if i + 1 >= e or not _cap(self.t(i + 1)):
            return None
        j = self.parse_name(i + 1, e, after_role=True)
        if j is None:
            return None
        # "Sängerin Adele", "der Rapper Eminem": the noun's form tells the person's sex
        self.add(self.person_cand(i + 1, j, from_role=True, female=self.t(i).endswith(FEMALE_ROLE_ENDINGS)))
        return self.skip_party(j)

    def lone_subject(self, i: int, e: int) -> bool:
        """A single capitalised word standing bare beside a finite verb of the singular: the
        subject, a person ("Kolb war dort Leiter", "..., sagte Petkovic.", "als Uriburu
        erkrankte").  A common noun as a singular subject takes an article ("Der Trainer
        sagte"), so the word must be no German word, or, beside a verb of saying, a listed
        surname ("sagte Richter"); a compound-like word needs the surname list ("Hoffmann
        war").  Places and organisations the lexicon knows are found elsewhere."""
        text = self.t(i)
        if len(text) < 2 or text.isupper():
            return False
        verb = self.subject_verb(i, e)  # the cheap test first: most capitalised words stand by no verb
        if verb is None or adverb_shape(text) or self.phrase_at(i) or role_of(text) is not None \
                or person_noun(text) or _intro_word(text) is not None or _org_head(text) is not None:
            return False
        listed = text in self.lex.surnames or _is_first_name(text)
        speaker = self.lex.lemma.get(verb) in self.lex.speaker_verbs
        if _declined_noun(text):
            return listed and speaker
        if verb == self.t(i - 1) and not speaker and _known_word(text):
            return listed  # after its verb a known word is as often the object ("forderte Auskunft über")
        return listed or not _compound_like(text)

    def saxon_genitive_name(self, i: int, e: int) -> Optional[str]:
        """The surname of a bare word in the Saxon genitive before a noun ("über Zabels
        Entscheidung", "unter Moggis unrühmlicher Ägide"): a name in -s that no article opens,
        before a common noun or an adjective and a noun, whose stem is no German word (or a listed
        surname); a name that itself ends in -s ("Niklas") is no genitive.  Returns the stem."""
        text = self.t(i)
        if len(text) < 4 or not text.endswith("s") or text[-2] in SIBILANTS or text.isupper() \
                or text.endswith(NOMINATIVE_S_ENDINGS) or not text.isalpha():
            return None  # "Lotus", "Fokus", "Elternhaus", "Zerwürfnis": the -s is the word's own
        before = self.t(i - 1) if i > 0 else ""
        if not (self.sent_first[i] or before.lower() in PREPOSITIONS or before in COORDINATORS or not before.isalnum()):
            return None  # "des Landes", "im Fokus", "eines neuen Vertrags": a common noun's genitive
        k = i + 1
        if k < e and self.t(k)[:1].islower() and self.t(k).endswith(ADJECTIVE_ENDINGS):
            k += 1  # "Moggis unrühmlicher Ägide"
        if k >= e or not self.t(k)[:1].isupper() or not (_is_common_noun(self.t(k)) or _known_word(self.t(k))):
            return None
        stem = text[:-1]
        if text in self.lex.surnames or _is_first_name(text) or role_of(stem) is not None or person_noun(stem):
            return None
        listed = stem in self.lex.surnames or _is_first_name(stem)
        return stem if listed or not (_known_word(stem) or _known_word(text) or _compound_like(stem)) else None

    def subject_verb(self, i: int, e: int) -> Optional[str]:
        """The singular finite verb beside a bare word at i that makes it the subject: right
        after it at the start of a clause ("Kolb war", ", als Uriburu erkrankte"), or right
        before it with no noun after it ("..., sagte Petkovic.", "schoss Kaká in der ...")."""
        before = self.t(i - 1) if i > 0 and not self.sent_first[i] else ""
        after = self.t(i + 1) if i + 1 < e else ""
        if not before or before.lower() in CLAUSE_OPENERS or before in QUOTATION_MARKS:
            # a clause that ends in its verb takes no participle alone ("bevor Ausweise eingeführt wurden")
            ok = singular_finite(after) and not (before in SUBORDINATORS and is_participle(after))
            return after if ok else None
        # "die verglaste Tür": after a determiner a form in -te is an adjective
        ok = singular_finite(before) and before not in PLACE_VERBS and not after[:1].isupper() \
            and self.t(i - 2).lower() not in NOUN_PHRASE_OPENERS
        return before if ok else None

    def try_person(self, i: int, e: int) -> Optional[int]:
        text = self.texts[i]
        if not (_nameish(text) or text.startswith(ATTACHED_PARTICLES)):
            return None
        if is_place_noun(text):
            return None  # "im Küstenort Mamallapuram": a place and its name
        # without a role before it a name has two words at least: skip the parse when the
        # next word cannot continue one ("Regierung sagte")
        nxt = self.texts[i + 1] if i + 1 < e else ""
        j = self.parse_name(i, e, after_role=False) \
            if _cap(nxt) or nxt in NAME_PARTICLES or nxt.startswith(ATTACHED_PARTICLES) else None
        if j is None and i + 1 < self.n and self.texts[i + 1] == "(" and self.party_follows(i + 1) \
                and not _is_common_noun(text) \
                and not self.phrase_at(i):
            j = i + 1  # "Scholz (SPD)": a party in parentheses marks a politician
        if j is None or self.texts[j - 1] in self.lex.org_suffix:
            return None  # "Kilbride United", "Dunmore FC": a club's or company's name
        cand = self.person_cand(i, j)
        self.add(cand)
        return self.skip_party(cand.tok_end)
