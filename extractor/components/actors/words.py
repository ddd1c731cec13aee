"""Word tests: what one token is (a role, a name's shape, a known German word, a country
adjective, an organisation's head noun).  Their answers depend only on the word and the
lexicons, which are loaded once per resource folder, so they are cached per folder
(``folder_cache``: the folder of the component running now is part of the key)."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from ...resources import folder_cache, load_lines, per_folder, word_cache
from ...lang.de.adverbs import ADVERB_ENDINGS, ADVERB_PREPOSITIONS, PRONOMINAL_ADVERB_HEADS
from ...lang.de.determiners import ARTICLES
from ...lang.de.endings import (ADJECTIVE_ENDINGS, ADJ_NOMINATIVE, DECLENSION_ENDINGS, DEUMLAUT, FEMALE_SUFFIXES, GENITIVE_ENDINGS,
                                GENITIVE_ENDINGS_LONGEST_FIRST, GENITIVE_S_GENDERS, NOUN_ENDINGS, NOUN_SUFFIXES)
from ...lang.de.names import ABBREVIATION_GLUE, ATTACHED_PARTICLES, NAME_PARTICLES
from ...lang.de.nouns import DAY_PARTS, FEDERAL_WORDS, GOVERNED_PLACE_NOUNS, NOT_ROLES, OFFICE_PREFIXES, WEEKDAYS
from ...lang.de.prepositions import PREPOSITIONS
from ...lang.de.punctuation import FOLD_IGNORED
from ..word_endings import EndingIndex
from .lexicon import PLACE_KINDS, RoleMatch, lexicon


VOWELS = "aeiouäöü"


@word_cache(maxsize=65536)
def fold(text: str) -> str:
    """Comparison key of a name: no accents, case, hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c) and c not in FOLD_IGNORED).lower()


def _cap(text: str) -> bool:
    return text[:1].isupper()


def _elided_role(truncated: str, word: str) -> Optional[str]:
    """The office a truncated compound names with the head it shares with the next word:
    "Staats-" before "und Parteichef" is "Staatschef", "Außen-" before "und
    Verteidigungsministerin" is "Außenministerin"."""
    if len(truncated) < 3 or not truncated.endswith("-") or not _cap(truncated):
        return None
    stem, forms = truncated[:-1], lexicon().role_forms
    for cut in range(1, len(word) - 2):  # the longest shared head first; listed roles only
        hit = forms.get(stem + word[cut:])
        if hit is not None:
            info, female, _ = hit
            return info.female if female else info.role
    return None


@folder_cache(maxsize=65536)
def role_of(text: str) -> Optional[RoleMatch]:
    """The role a single token names, if any (with a country/org from a compound prefix)."""
    lex = lexicon()
    if not _cap(text) or text in NOT_ROLES:
        return None
    hit = lex.role_forms.get(text)
    if hit:
        info, female, plural = hit
        base = info.role if not female else info.female
        return RoleMatch(base, info, female, plural)
    if "-" in text:
        parts = text.split("-")
        for k in range(len(parts) - 1, 0, -1):
            prefix, rest = "-".join(parts[:k]), "-".join(parts[k:])
            inner = role_of(rest)
            if inner is None:
                continue
            if prefix in OFFICE_PREFIXES:
                return inner
            if prefix in lex.prefixes:
                country, org = lex.prefixes[prefix]
                return RoleMatch(inner.base, inner.info, inner.female, inner.plural_form,
                                 country or inner.country, org or inner.org)
            if _cap(prefix) and prefix.replace("-", "").isalnum():
                return RoleMatch(inner.base, inner.info, inner.female, inner.plural_form,
                                 inner.country, prefix)  # "Zentrix-Chefin"
            return None
        return None
    if text.startswith("Bundes") and len(text) > 9:
        inner = role_of(text[6].upper() + text[7:])
        if inner is not None:
            return RoleMatch("Bundes" + inner.base[0].lower() + inner.base[1:], inner.info,
                             inner.female, inner.plural_form, "DEU", inner.org)
    if text.startswith("Ex") and len(text) > 5 and text[2].isupper():
        return role_of(text[2:])
    low = text.lower()
    for stem, info in lex.adj_heads:
        for end in ADJECTIVE_ENDINGS:
            if low.endswith(stem + end) and len(low) > len(stem) + len(end) + 2:
                # "Parteivorsitzende(n)": gender comes from the determiner
                return RoleMatch(text[: len(text) - len(end)] + "er", info,
                                 False if end == "er" else None, False)
    return _compound_role(text, low, lex.heads)


_ROLE_SUFFIXES = tuple(dict.fromkeys(NOUN_SUFFIXES + FEMALE_SUFFIXES))


def _compound_role(text: str, low: str, heads: EndingIndex) -> Optional[RoleMatch]:
    """The role a compound ends in ("Verteidigungsministerin", "Parteichefs"): the first head of
    ``heads`` that ends the word without one of its inflection suffixes."""
    best = None
    for suf in _ROLE_SUFFIXES:
        if suf and not low.endswith(suf):
            continue
        cand = text[: len(text) - len(suf)] if suf else text
        for rank, (info, female) in heads.matches(cand.lower(), 2, length=len(cand)):
            suffixes = FEMALE_SUFFIXES if female else NOUN_SUFFIXES
            if suf in suffixes:
                key = (rank, suffixes.index(suf))
                if best is None or key < best[0]:
                    best = (key, cand, info, female, suf)
    if best is None:
        return None
    _, cand, info, female, suf = best
    return RoleMatch(cand, info, female, suf == "nen")


@folder_cache(maxsize=65536)
def _adj_country(text: str, sent_start: bool) -> Optional[str]:
    """ISO3 of a country adjective in any inflection ("russischen", "US-amerikanische")
    or of an indeclinable place adjective ("Schweizer", "Pekinger")."""
    lex = lexicon()
    iso = lex.country_adj.get(text)
    if iso is None and sent_start and _cap(text):
        iso = lex.country_adj.get(text[0].lower() + text[1:])
    if iso is None and text.endswith("er") and len(text) > 4:
        ent = lex.phrases.get((text[:-2],))
        if ent is not None and ent.kind in PLACE_KINDS:
            iso = ent.country
    return iso


@folder_cache(maxsize=65536)
def _inflected_adjective(text: str) -> bool:
    """'frühere', 'amtierenden', 'neue': an adjective form before a role noun."""
    lex = lexicon()
    if text in lex.lemma:
        return True
    return any(text.endswith(e) and text[: -len(e)] in lex.known for e in ADJECTIVE_ENDINGS)


@folder_cache(maxsize=65536)
def _known_word(text: str) -> bool:
    """A German word form the lookup table knows (also in the old 'ß' spelling it uses)."""
    lex = lexicon()
    if text in lex.known or text.lower() in lex.known:
        return True
    return "ss" in text and text.replace("ss", "ß") in lex.known


@word_cache(maxsize=65536)
def adverb_shape(text: str) -> bool:
    """A capitalised adverb by its form ("Normalerweise", "Erstmals", "Daran", "Worauf",
    "Abends"): such a word opens a sentence and is no name (``ADVERB_ENDINGS``,
    ``PRONOMINAL_ADVERB_HEADS``, a weekday or day part in -s)."""
    low = text.lower()
    if any(low.endswith(end) and len(low) >= len(end) + 2 for end in ADVERB_ENDINGS):
        return True
    if low.endswith("s") and low[:-1].endswith(WEEKDAYS + DAY_PARTS):
        return True  # "Abends sprach er", "Sonntags ruht der Betrieb": a time of day or week in -s
    for head in PRONOMINAL_ADVERB_HEADS:
        if not low.startswith(head):
            continue
        rest = low[len(head):]
        if rest[:1] == "r" and rest[1:2] in VOWELS:
            rest = rest[1:]
        elif rest[:1] in VOWELS:
            continue  # "Daum": before a vowel the adverb takes an "r" ("darum")
        if rest in PREPOSITIONS or rest in ADVERB_PREPOSITIONS:
            return True
    return False


def _capitalised_function_word(text: str) -> bool:
    """A word of non_names.txt that is no noun ("Davor", "Dabei"): German writes it in lower
    case inside a sentence, so capitalised there it is no adverb."""
    lex = lexicon()
    bare = text.rstrip(".")
    return text in lex.non_names and text.isalpha() and not _known_word(text) \
        and bare not in lex.honorifics and bare + "." not in lex.honorifics


@folder_cache(maxsize=65536)
def _looks_common_noun(text: str) -> bool:
    """A known word that is plainly a common noun or adjective, not a surname."""
    lex = lexicon()
    low = text.lower()
    lemma = lex.lemma.get(text)
    if lemma is not None and lemma != text:
        return True  # an inflected form ("Gespräche")
    if low in lex.known:
        return True  # also written in lower case: adjective/verb/adverb
    return low.endswith(NOUN_ENDINGS)


@folder_cache(maxsize=65536)
def _is_common_noun(text: str) -> bool:
    """A capitalised token that is an inflected German noun or has a noun ending.

    Capitalised adjectives after a first name are surnames ("Ricarda Lang"):
    mid-sentence, German capitalises only nouns and names.
    """
    lex = lexicon()
    lemma = lex.lemma.get(text)
    if lemma is not None and lemma != text and lemma.lower() != text.lower():
        return True
    if text in lex.first_names:
        return False
    low = text.lower()
    if any(low.endswith(end) and len(low) - len(end) >= 4 for end in NOUN_ENDINGS):
        return True
    # a feminine noun in -in whose masculine is a known noun ("Ökonomin", "Anwältin")
    if low.endswith("in") and len(text) >= 8:
        for stem in {text[:-2], text[:-2].translate(DEUMLAUT)}:
            for k in range(0, len(stem) - 3):
                tail = stem[k].upper() + stem[k + 1:]
                if tail in lex.known:
                    return True
    return False


@folder_cache(maxsize=65536)
def _is_first_name(text: str) -> bool:
    lex = lexicon()
    if text in lex.first_names:
        return True
    if "-" in text:
        parts = text.split("-")
        return all(p in lex.first_names for p in parts)
    return False


def person_sex(role_female: Optional[bool], name: str) -> Optional[bool]:
    """A person's sex (True: a woman, False: a man, None: unknown): what a role says
    ("Kanzlerin"), else what the first word of the name says ("Angela Merkel"), for "er"
    and "sie" to find their person."""
    if role_female is not None:
        return role_female
    return given_name_sex(name.split(" ", 1)[0])


@folder_cache(maxsize=65536)
def given_name_sex(word: str) -> Optional[bool]:
    """The sex a given name tells (given_name_sex.tsv), None when the table does not know it or
    the word is a surname that comes first ("Kim Jong Un").  A double name tells a sex when its
    parts agree ("Karl-Heinz"; "Jean-Marie" tells none)."""
    lex = lexicon()
    if word in lex.family_first and word not in lex.first_names:
        return None
    sex = lex.given_name_sex.get(word)
    if sex is None and "-" in word:
        parts = {lex.given_name_sex.get(p) for p in word.split("-")}
        sex = parts.pop() if len(parts) == 1 else None
    return sex


@folder_cache(maxsize=65536)
def _is_inner_given_name(text: str) -> bool:
    """A given name that may follow another one inside a name ("Johann Wilhelm Krause"); a
    name that is as often a surname is the surname there ("Carmen Walker Späh")."""
    return _is_first_name(text) and text not in lexicon().leading_only_first


@folder_cache(maxsize=65536)
def _declined_noun(text: str) -> bool:
    """A German common noun or adjective by its forms: an inflected form ("Reiche"), a word
    also written in lower case, a noun ending, or case and plural forms of its own besides
    the genitive -s ("Anfang": Anfänge, Anfange; "Hilfe": Hilfen), which surnames lack
    ("Miller": Millers only)."""
    lex = lexicon()
    lemma = lex.lemma.get(text)
    if lemma is not None and lemma != text:
        return True
    if text.lower() in lex.known or _is_common_noun(text):
        return True
    return any(lex.lemma.get(text + end) == text for end in DECLENSION_ENDINGS)


PERSON_NOUN_ENDINGS = NOUN_SUFFIXES + ("nen",)


@folder_cache(maxsize=65536)
def person_noun(text: str) -> bool:
    """"Rapper", "Sängerin", "Opernsänger", "Löwen-Keeper": a noun saying what a person is,
    after which a capitalised word is that person's name (``person_nouns.tsv``).  A noun that
    introduces an organisation's name wins ("der Chipproduzent Siliqon": a company)."""
    lex = lexicon()
    if _intro_word(text) is not None:
        return False
    if not _cap(text) or text in lex.person_nouns:
        return text in lex.person_nouns
    if "-" in text:
        last = text.rsplit("-", 1)[1]
        return bool(last) and person_noun(last[0].upper() + last[1:])
    low = text.lower()
    # the compound's head at its end, before a case or plural ending
    for cut in {len(suf) for suf in PERSON_NOUN_ENDINGS if low.endswith(suf)}:
        if next(lex.person_noun_heads.matches(low[: len(low) - cut], 2), None) is not None:
            return True
    return False


@per_folder
def _area_noun_endings(root) -> tuple[str, ...]:
    return tuple(sorted(load_lines("area_noun_endings.txt", root=root)))


@per_folder
def _place_noun_endings(root) -> tuple[str, ...]:
    return tuple(sorted(load_lines("place_noun_endings.txt", root=root))) + _area_noun_endings(root)


def _noun_shape(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.endswith("-")


@folder_cache(maxsize=65536)
def is_place_noun(word: str) -> bool:
    """"Küstenort", "Weltraumbahnhof", "Hauptstadt": a noun naming a place (the name after it is
    the place's, not a person's); also after a hyphen ("Ferien-Grafschaft")."""
    return _noun_shape(word) and word.lower().endswith(_place_noun_endings())


@folder_cache(maxsize=65536)
def is_area_noun(word: str) -> bool:
    """"Insel", "Grafschaft", "Hafenstadt": a place noun naming an area a visit can go to."""
    return _noun_shape(word) and word.lower().endswith(_area_noun_endings())


ROMAN_NUMERAL = re.compile(r"^(?=[IVXLC]{2,}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def _organisation_letters(text: str) -> bool:
    """An unknown word of capital letters standing for an organisation ("PSOE", "EPA", "UETD"),
    not a Roman numeral ("VI"), a listed technical abbreviation ("BIP", "TV") or a German word
    set in capitals ("DER MANN", "im Gespräch mit dem STANDARD")."""
    return (_abbreviation(text) and text not in lexicon().not_org_letters and not ROMAN_NUMERAL.match(text)
            and not any(c.isdigit() for c in text) and not _known_word(text.capitalize())
            and not _known_word(text.lower()))


@word_cache(maxsize=65536)
def _abbreviation(text: str) -> bool:
    """"KAV", "PRO-GE", "FMTI", "GPA": an organisation's letters."""
    core = text.replace("-", "")
    return 2 <= len(core) <= 8 and core.isalnum() and sum(c.isupper() for c in core) >= 2 and text[:1].isupper() \
        and core == core.upper()


@folder_cache(maxsize=65536)
def _org_head(word: str) -> Optional[tuple[str, str, str]]:
    """(nominative word, type, gender) when a capitalised word ends in an organisation head
    ("Arbeitgeberverband", genitive "Arbeitgeberverbands")."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    low = word.lower()
    for head, otype, gender in lexicon().org_name_heads:
        for ending in GENITIVE_ENDINGS:
            if low.endswith(head + ending) and (ending == "" or gender in GENITIVE_S_GENDERS):
                from ..triggers import trigger_lexicon
                if trigger_lexicon().noun(word) is not None or low.startswith("presse"):
                    return None  # "Videokonferenz", "Pressekonferenz" are occasions, not organisations
                return word[: len(word) - len(ending)] if ending else word, otype, gender
    return None


def _org_head_type(word: str) -> Optional[str]:
    head = _org_head(word)
    return head[1] if head else None


def _nominative_adjective(word: str, gender: str) -> str:
    """"Kommunalen" before a masculine head -> "Kommunaler" (strong nominative ending)."""
    for end in ADJECTIVE_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + ADJ_NOMINATIVE.get(gender, "e")
    return word


@folder_cache(maxsize=65536)
def _intro_word(text: str) -> Optional[str]:
    """The introducing noun a word is or ends in, also in the genitive ("des Fanbündnisses").

    German compounds keep the head last, so a compound of an introducing noun introduces a
    name too: "die Linkspartei Podemos", "die Sicherheitsfirma Nordlicht", "der
    Festplatten-Hersteller Western Digital" (the part before it must be a word of its own,
    three letters at least)."""
    intro = lexicon().org_intro
    # the genitive, and the -en of weak nouns ("des Chipproduzenten", "dem Konkurrenten")
    forms = [text] + [text[: -len(end)] for end in GENITIVE_ENDINGS_LONGEST_FIRST + ("en",) if text.endswith(end)]
    for form in forms:
        if form in intro:
            return form
    for form in forms:
        if "-" in form:
            form = form.rsplit("-", 1)[1]  # "Fußball-Zweitligisten": the last part's own head
            if form in intro:
                return form
        for k in range(3, len(form) - 3):
            head = form[k].upper() + form[k + 1:]
            if form[k].islower() and head in intro:
                return head  # the longest head first: "Energiekonzern" before "Konzern"
    return None


@folder_cache(maxsize=65536)
def _contact_compound(text: str) -> bool:
    """A hyphenated compound whose last part is a contact noun ("EU-Türkei-Gipfel")."""
    from ..triggers import trigger_lexicon
    last = text.rsplit("-", 1)[1]
    return bool(last) and last[:1].isupper() and trigger_lexicon().noun(last) is not None


def _intro_type(text: str) -> Optional[str]:
    """Type of an introducing noun (see ``_intro_word``)."""
    word = _intro_word(text)
    return lexicon().org_intro[word] if word is not None else None


@folder_cache(maxsize=65536)
def _nameish(text: str) -> bool:
    """Shape of a name token: capitalised letters (hyphens, apostrophes) or 'al-X'."""
    if text.startswith(ATTACHED_PARTICLES) and len(text) > 4:
        return _cap(text.split("-", 1)[1])
    if not _cap(text) or text in lexicon().non_names:
        return False
    if text.endswith("er") and (text[:-2],) in lexicon().phrases:
        return False  # "Pekinger", "Moskauer": adjectives of places
    if "-" in text:
        parts = text.split("-")
        if parts[0] in lexicon().prefixes or any(
                p[:1].isupper() and _known_word(p) and _looks_common_noun(p) for p in parts):
            return False
    core = text.replace("-", "").replace("'", "").replace("’", "")
    return core.isalpha() and not (text.isupper() and len(text) <= 5 and len(text) > 1
                                   and text not in lexicon().first_names)


@folder_cache(maxsize=65536)
def _org_name_adjective(word: str) -> bool:
    """A capitalised adjective of an organisation's name ("Kommunaler", "Eidgenössisches")."""
    return word[:1].isupper() and word.isalpha() and word.lower().endswith(ADJECTIVE_ENDINGS) \
        and word.lower() in lexicon().known and word.lower() not in ARTICLES and _org_head(word) is None


@folder_cache(maxsize=65536)
def _company_name_word(word: str) -> bool:
    """A word of a company's name before its legal form ("Siemens" in "Siemens AG")."""
    lex = lexicon()
    return _cap(word) and word not in lex.org_suffix and word not in lex.non_names and role_of(word) is None


@folder_cache(maxsize=65536)
def _may_start_entity(text: str) -> bool:
    """Cheap pre-check for Scanner.try_entity: can anything it looks for start with this token?

    Federal levels, governed places, bracketed abbreviations, organisation heads
    and company names start with a capital; without one (and without a hyphen of
    a prefixed institution) only an introducing noun, an institution or a
    lexicon phrase can start here.
    """
    lex = lexicon()
    return text[:1].isupper() or "-" in text or text in lex.phrase_lengths \
        or text in lex.institutions or _intro_type(text) is not None


@folder_cache(maxsize=65536)
def _entity_start_word(text: str) -> bool:
    """Pre-check for Scanner.try_entity: does one of its tests that look at the word itself
    accept it (an introducing noun, "Bund"/"Länder", a governed place noun, an organisation's
    adjective or head noun, a state-prefixed or plain institution, the first word of a
    lexicon phrase)?  The other tests need a bracketed abbreviation seen before or a
    legal form after the word."""
    lex = lexicon()
    return (_intro_type(text) is not None or text in FEDERAL_WORDS or text in GOVERNED_PLACE_NOUNS
            or _org_name_adjective(text) or _org_head(text) is not None
            or ("-" in text and text.rsplit("-", 1)[0] in lex.prefixes)
            or text in lex.institutions or text.endswith(("ministerium", "ministeriums")) or text in lex.phrase_lengths)


@folder_cache(maxsize=65536)
def _may_be_propagated(text: str) -> bool:
    """Can a name found elsewhere be this word: capitalised, a particle ("von der Leyen")
    or an attached particle ("al-Burhan")?"""
    return text[:1].isupper() or text in NAME_PARTICLES or text.startswith(ATTACHED_PARTICLES)


@folder_cache(maxsize=65536)
def _may_start_candidate(text: str) -> bool:
    """Cheap pre-check for Scanner.scan: does any of its tests (role, form of address,
    person name, state/organisation) accept this token as the first word?"""
    return role_of(text) is not None or text in lexicon().honorifics or _nameish(text) \
        or text.startswith(ATTACHED_PARTICLES) or _may_start_entity(text)


@folder_cache(maxsize=65536)
def _compound_like(text: str) -> bool:
    """An unknown capitalised word made of known German parts ("Kommunikationswege")."""
    lex = lexicon()
    if "-" in text:
        return any(_is_common_noun(p) for p in text.split("-") if p)
    for k in range(3, len(text) - 3):
        tail = text[k:]
        tail = tail[0].upper() + tail[1:]
        if tail in lex.known and tail not in lex.first_names:
            return True  # "Staatsgästehaus", "Weltraumbahnhof", "Wiederwahl"
    return False


def abbreviation_definitions(texts: list[str]) -> dict[int, tuple[int, str]]:
    """Names followed by a bracketed abbreviation of their capitalised words' initials:
    "Gewerkschaft Hafen und Logistik (GHL)" -> {index of "Gewerkschaft": (index of "(", "GHL")}.
    Abbreviations built from inside compounds ("Deutscher Gewerkschaftsbund (DGB)") do not match."""
    out: dict[int, tuple[int, str]] = {}
    if "(" not in texts:
        return out
    for p in [k for k, text in enumerate(texts) if text == "("]:
        if not 1 <= p < len(texts) - 2 or texts[p + 2] != ")":
            continue
        abbr = texts[p + 1]
        if not (2 <= len(abbr) <= 6 and abbr.isalpha() and abbr.isupper()):
            continue
        k, letters = p - 1, []
        while k >= 0 and len(letters) < len(abbr):
            word = texts[k]
            if word[:1].isupper() and word.isalpha():
                letters.append(word[0])
            elif word not in ABBREVIATION_GLUE:
                break
            k -= 1
        if "".join(reversed(letters)) == abbr:
            out[k + 1] = (p, abbr)
    return out

