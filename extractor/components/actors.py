"""German actor recognition and within-document resolution.

Sets ``doc._.mentions`` (every place in the text that refers to an actor,
sorted by start) and ``doc._.actors`` (each actor once, ``A1``, ``A2``, ...).

How the text is read, in order:

1. ``scan``: a left-to-right pass over each sentence with dictionary lookups
   only (lexicons under ``resources/de``, loaded once).  It finds
   * role phrases: ``der russische Präsident``, ``US-Verteidigungsminister``,
     ``Frankreichs Außenminister``, ``sein US-Kollege``, ``die Verteidigungsminister
     von Russland und der USA``, ``den Amtskollegen aus Frankreich (Sébastien
     Lecornu)``, optionally followed by a name;
   * person names: a first name (or East Asian family name) followed by
     capitalised tokens, name particles (``von der``, ``bin``, ``al-``), two
     unknown capitalised tokens, or a capitalised token after a role or a form
     of address; a capitalised token is a name candidate only when it is not a
     known German word form (``german_lemma_table``) or stands after a first
     name/role;
   * states, capitals (as governments), organisations and institutions.
2. ``propagate``: surnames and organisation names found in step 1 are looked up
   everywhere else (``Austin``, genitive ``Putins``/``Scholz'``, also inside
   compounds such as ``Putin-Biden-Telefonat``).
3. ``resolve``: names are clustered by surname (``Biden`` joins ``Joe Biden``);
   colleague words take the role of the person they relate to; role-only
   references are resolved by role, country, gender and recency.

Mention spans (what the event extractor can rely on):
* a named person: the name (``Lloyd Austin`` in ``der US-Verteidigungsminister
  Lloyd Austin``), and the role phrase before it as a second mention of the same
  actor (``der US-Verteidigungsminister``); role and country are on both;
* a role-only reference: the whole noun phrase with its determiner,
  adjectives and qualifiers (``sein russischer Kollege``, ``Russlands
  Verteidigungsminister``, ``einer Sprecherin des US-Verteidigungsministeriums``);
* a phrase naming several persons (``die Verteidigungsminister von Russland und
  der USA``, ``den beiden Präsidenten``): one Mention per actor over the same
  whole phrase; use ``actors_at``/``mentions_in`` to get all of them;
* states, cities and organisations: the name without its article
  (``Pentagon``, ``USA``, ``Moskau``); genitives keep their ending (``Russlands``).
Qualifiers inside a role phrase (``US-``, ``aus Frankreich``, ``des Kremls``)
are attributes of that mention, not mentions of their own.  A place after a
locative preposition (``in Moskau``) and a dateline (``Moskau/Washington –``)
are not actors.

A role-only reference that cannot be resolved to a named person becomes an
actor of its own only when a state or organisation qualifies it (``der
russische Verteidigungsminister`` -> actor "russischer Verteidigungsminister");
an unqualified one (``der Minister``) is dropped.  Text in META, BYLINE and
CREDIT segments never yields actors.

With ``de_core_news_lg`` its PER and ORG entities are added where the rules
found nothing; where they overlap a rule mention the rules win.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..resources import german_lemma_table, load_lines, load_table
from .tokens import token_table
from .types import BYLINE, CREDIT, META, Actor, Mention

# --------------------------------------------------------------------------
# Closed word classes (grammar, not lexicon)

BLOCKED_SEGMENTS = frozenset({META, BYLINE, CREDIT})
DETERMINERS = frozenset("""der die das dem den des ein eine einen einem einer eines
    sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres dessen deren
    unser unsere unseren unserem dieser diese diesen diesem dieses jener jene""".split())
FEMALE_DETERMINERS = frozenset({"die", "eine", "ihre", "seine", "diese", "jene", "unsere"})
PLURAL_WORDS = frozenset({"beiden", "beide", "zwei", "drei", "vier", "fünf", "mehrere",
                          "alle", "allen", "einige", "einigen", "viele", "vielen"})
PAIR_WORDS = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}
COORDINATORS = frozenset({"und", "sowie", "oder", ","})
LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei", "beim", "nahe", "vor",
                                   "bis", "ab", "durch", "zu", "zum", "zur", "um"})
# Verbs whose object is a place ("besuchte Berlin", "verließ Moskau").
PLACE_VERBS = frozenset({"besuchen", "besucht", "besuchte", "besuchten", "bereisen", "bereiste",
                         "verlassen", "verließ", "erreichen", "erreichte", "anfliegen",
                         "betreten", "durchqueren"})
# Particles inside names ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"von", "van", "de", "di", "da", "del", "della", "der", "den",
                            "du", "des", "le", "la", "bin", "ibn", "ben", "al", "el", "zu",
                            "ter", "dos", "do", "y", "Van", "Von", "De", "Di", "Da",
                            "Le", "La", "Al", "El", "Bin", "Abu", "abu", "Ibn", "Del",
                            "Mac", "St."})
# Particles that cannot open a particle run: "von der Leyen", but not "Zielband der X".
ARTICLE_PARTICLES = frozenset({"der", "den", "des"})
# Hyphen-attached particles: "al-Assad", "el-Sisi".
ATTACHED_PARTICLES = ("al-", "el-", "as-", "ad-", "ar-", "asch-", "an-", "at-")
APOSTROPHES = ("'", "’")
# Endings of German abstract/common nouns: such a token is no unknown name.
NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen",
                "sion", "tät", "täten", "ismus", "nis", "nisse", "tum", "ment", "mente",
                "ität", "ie", "ien", "ik", "ei", "eien", "chen", "lein", "gespräch",
                "gespräche", "krieg", "kriegs", "telefonat", "treffen", "ische", "ischen",
                "isch", "lich", "liche", "lichen", "ig", "ige", "igen")
# A compound whose last part is one of these is not a role although it ends like one.
NOT_ROLES = frozenset({"Lautsprecher", "Chefsache"})
ADJ_ENDINGS = ("e", "er", "en", "es", "em")
# Words that end like inflected adjectives but are not ("zwischen", "gegen").
NOT_ADJECTIVES = frozenset({"zwischen", "gegen", "wegen", "neben", "binnen", "oben", "unten",
                            "haben", "hatte", "hatten", "werden", "wurde", "wurden", "sagte",
                            "sagten", "erklärte", "erklärten", "sollen", "wollen", "können",
                            "müssen", "dürfen", "seien", "waren", "eben"})
NOUN_SUFFIXES = ("", "s", "es", "e", "en", "n")
MAX_NAME_TOKENS = 5
SENTENCE_WINDOW = 3  # sentences a colleague word looks back for its anchor


# --------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True)
class Entity:
    """A state, city or organisation the lexicon knows."""
    kind: str            # country|city|organization|group
    key: str             # iso3 for states, "city:<iso>:<name>", org canonical name
    base: str            # the nominative of the variant that matched
    country: Optional[str]
    org_type: str = ""
    genitive: bool = False


@dataclass(frozen=True)
class RoleInfo:
    role: str            # masculine base
    female: str
    cls: str             # noun|adj|fixed
    type: str            # office|spokes|relational
    country: Optional[str]
    group: str


@dataclass(frozen=True)
class RoleMatch:
    base: str            # gendered base form as the article gives it
    info: RoleInfo
    female: Optional[bool]   # None: adjectival noun, gender from the determiner
    plural_form: bool = False
    country: Optional[str] = None  # from a compound prefix ("US-")
    org: Optional[str] = None      # from a compound prefix ("Nato-")


class KnownWords:
    """``word in known``: a form or a lemma of the German lookup table (looked up, not loaded)."""

    def __init__(self, table):
        self.table = table

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.table.is_known(word)


@dataclass
class Lexicon:
    phrases: dict[tuple[str, ...], Entity]
    max_phrase: int
    country_adj: dict[str, str]
    adj_stem: dict[str, str]          # iso -> first adjective stem
    country_names: dict[str, str]     # iso -> name
    prefixes: dict[str, tuple[Optional[str], Optional[str]]]  # prefix -> (country, org)
    role_forms: dict[str, tuple[RoleInfo, Optional[bool], bool]]
    role_pairs: dict[str, tuple[str, str]]    # masculine or female base -> (masculine, female)
    role_groups: dict[str, str]               # base form -> group
    heads: list[tuple[str, RoleInfo, Optional[bool]]]
    adj_heads: list[tuple[str, RoleInfo]]
    first_names: frozenset[str]
    family_first: frozenset[str]
    non_names: frozenset[str]
    honorifics: frozenset[str]
    org_intro: dict[str, str]
    org_suffix: frozenset[str]
    institutions: dict[str, tuple[str, str]]   # noun -> (gender, type)
    org_name_heads: tuple[tuple[str, str, str], ...]  # noun endings heading an organisation's name: (ending, type, gender)
    known: "KnownWords"
    lemma: dict[str, str]
    # first token of a phrase -> the token counts of the phrases it starts, longest first
    phrase_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    person_intros: frozenset[str] = frozenset()  # intro nouns that also describe a person


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


@lru_cache(maxsize=1)
def _tokenizer():
    return spacy.blank("de").tokenizer


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in _tokenizer()(text))


def _inflected_phrases(name: str, genitive: bool) -> list[tuple[str, ...]]:
    """Case forms of a (multi-word) name: adjective endings of its leading words, genitive -s."""
    toks = _tokens(name)
    options: list[list[str]] = []
    for k, tok in enumerate(toks):
        opts = [tok]
        if k < len(toks) - 1 and tok[:1].isupper() and tok.isalpha():
            for end in ("es", "er", "em", "en", "e"):
                if tok.endswith(end) and len(tok) > len(end) + 2:
                    stem = tok[: -len(end)]
                    opts.extend(stem + e for e in ADJ_ENDINGS)
                    break
        if k == len(toks) - 1 and genitive and tok[-1:].isalpha() and not tok.isupper():
            if tok[-1] not in "sßxz":
                opts.extend([tok + "s", tok + "es"] if len(toks) > 1 else [tok + "s"])
            elif len(toks) > 1:
                opts.append(tok + "es")  # "des Weißen Hauses", "des Roten Kreuzes"
        options.append(list(dict.fromkeys(opts)))
    out: list[tuple[str, ...]] = [()]
    for opts in options:
        out = [o + (x,) for o in out for x in opts]
    return out


def _add_phrase(phrases: dict, key: tuple[str, ...], ent: Entity) -> None:
    if key and key not in phrases:
        phrases[key] = ent


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All actor lexicons, compiled once into dictionaries."""
    phrases: dict[tuple[str, ...], Entity] = {}
    country_adj: dict[str, str] = {}
    adj_stem: dict[str, str] = {}
    country_names: dict[str, str] = {}
    prefixes: dict[str, tuple[Optional[str], Optional[str]]] = {}
    cities: list[tuple[str, str, str]] = []
    for row in load_table("countries.tsv", key="iso3"):
        iso, name, article = row["iso3"], row["name"], row["article"]
        country_names[iso] = name
        gen = article in ("", "der")
        for variant in [name] + _split(row["variants"]):
            base_toks = _tokens(variant)
            for form in _inflected_phrases(variant, gen):
                _add_phrase(phrases, form, Entity("country", iso, variant, iso,
                                                  genitive=(form != base_toks and form[-1] != base_toks[-1])))
            if " " not in variant:
                prefixes.setdefault(variant, (iso, None))
        for stem in _split(row["adjectives"]):
            adj_stem.setdefault(iso, stem)
            for end in ADJ_ENDINGS:
                country_adj.setdefault(stem + end, iso)
        for p in _split(row["prefixes"]):
            prefixes[p] = (iso, None)
        for cap in _split(row["capitals"]):
            cities.append((cap, iso, _split(row["capitals"])[0]))
    for cap, iso, first in cities:
        for form in _inflected_phrases(cap, True):
            _add_phrase(phrases, form, Entity("city", f"city:{iso}:{first}", cap, iso,
                                              genitive=form[-1] != _tokens(cap)[-1]))
    for row in load_table("organisations.tsv", key="name"):
        name, otype = row["name"], row["type"]
        kind = "group" if otype == "group" else "organization"
        country = row["country"] or None
        for variant in [name] + _split(row["variants"]):
            # "~Christdemokraten": a way to refer to the organisation, not a name of it;
            # the actor keeps the organisation's name
            shown = name if variant.startswith("~") else variant
            variant = variant.lstrip("~")
            for form in _inflected_phrases(variant, True):
                _add_phrase(phrases, form, Entity(kind, name, shown, country, otype,
                                                  genitive=form[-1] != _tokens(variant)[-1]))
            if row["prefix"] == "yes" and " " not in variant:
                prefixes.setdefault(variant, (country, name))
    role_forms: dict[str, tuple[RoleInfo, Optional[bool], bool]] = {}
    role_pairs: dict[str, tuple[str, str]] = {}
    role_groups: dict[str, str] = {}
    heads: list[tuple[str, RoleInfo, Optional[bool]]] = []
    adj_heads: list[tuple[str, RoleInfo]] = []
    for row in load_table("roles.tsv", key="role"):
        info = RoleInfo(row["role"], row["female"], row["class"], row["type"],
                        row["country"] or None, row["group"])
        masc, fem = row["role"], row["female"]
        for form in (masc, fem):
            if form:
                role_pairs[form] = (masc, fem)
                role_groups[form] = row["group"]
        if info.cls == "adj":
            stem = masc[:-2]  # "Vorsitzender" -> "Vorsitzend"
            for end in ADJ_ENDINGS:
                role_forms.setdefault(stem + end, (info, False if end == "er" else None, False))
            if row["head"] == "yes":
                adj_heads.append((stem.lower(), info))
        elif info.cls == "fixed":
            role_forms.setdefault(masc, (info, None, False))
        else:
            for suf in NOUN_SUFFIXES:
                role_forms.setdefault(masc + suf, (info, False, False))
            role_forms[masc] = (info, False, False)
            if fem:
                role_forms.setdefault(fem, (info, True, False))
                role_forms.setdefault(fem + "nen", (info, True, True))
            for f in _split(row["forms"]):
                role_forms.setdefault(f, (info, False, True))
            if row["head"] == "yes":
                heads.append((masc.lower(), info, False))
                if fem:
                    heads.append((fem.lower(), info, True))
    for form, value in list(role_forms.items()):
        if "ß" in form:  # Swiss spelling: "Aussenminister"
            role_forms.setdefault(form.replace("ß", "ss"), value)
    heads.sort(key=lambda h: -len(h[0]))
    org_intro, org_suffix, institutions, name_heads, person_intros = {}, set(), {}, [], set()
    for row in load_table("org_heads.tsv", key="word"):
        if row["use"] == "intro":
            org_intro[row["word"]] = row["type"]
            if row.get("person") == "yes":
                person_intros.add(row["word"])
        elif row["use"] == "suffix":
            org_suffix.add(row["word"])
        elif row["use"] == "head":
            name_heads.append((row["word"].lower(), row["type"], row["gender"]))
        else:
            institutions[row["word"]] = (row["gender"], row["type"])
    name_heads.sort(key=lambda h: -len(h[0]))
    table = german_lemma_table()
    known = KnownWords(table)
    non_names = load_lines("non_names.txt")
    first = frozenset(n for n in load_lines("first_names.txt") if n not in non_names)
    lengths: dict[str, set[int]] = {}
    for key in phrases:
        lengths.setdefault(key[0], set()).add(len(key))
    return Lexicon(phrases, max(len(k) for k in phrases), country_adj, adj_stem, country_names,
                   prefixes, role_forms, role_pairs, role_groups, heads, adj_heads, first,
                   load_lines("family_names_first.txt"), non_names, load_lines("honorifics.txt"),
                   org_intro, frozenset(org_suffix), institutions, tuple(name_heads), known, table,
                   {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()},
                   frozenset(person_intros))


# --------------------------------------------------------------------------
# Word-level helpers (their answers depend only on the word and the lexicons,
# which are loaded once, so they are cached)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Comparison key of a name: no accents, case, hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c) and c not in "-'’ .").lower()


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


@lru_cache(maxsize=65536)
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
            if prefix in ("Ex", "Vize", "Ober", "Interims", "Ko", "Co"):
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
        for end in ADJ_ENDINGS:
            if low.endswith(stem + end) and len(low) > len(stem) + len(end) + 2:
                # "Parteivorsitzende(n)": gender comes from the determiner
                return RoleMatch(text[: len(text) - len(end)] + "er", info,
                                 False if end == "er" else None, False)
    for head, info, female in lex.heads:
        for suf in (("", "nen") if female else NOUN_SUFFIXES):
            if suf and not low.endswith(suf):
                continue
            cand = text[: len(text) - len(suf)] if suf else text
            if len(cand) > len(head) + 2 and cand.lower().endswith(head):
                return RoleMatch(cand, info, female, suf == "nen")
    return None


@lru_cache(maxsize=65536)
def _adj_country(text: str, sent_start: bool) -> Optional[str]:
    """ISO3 of a country adjective in any inflection ("russischen", "US-amerikanische")
    or of an indeclinable place adjective ("Schweizer", "Pekinger")."""
    lex = lexicon()
    iso = lex.country_adj.get(text)
    if iso is None and sent_start and _cap(text):
        iso = lex.country_adj.get(text[0].lower() + text[1:])
    if iso is None and text.endswith("er") and len(text) > 4:
        ent = lex.phrases.get((text[:-2],))
        if ent is not None and ent.kind in ("country", "city"):
            iso = ent.country
    return iso


@lru_cache(maxsize=65536)
def _inflected_adjective(text: str) -> bool:
    """'frühere', 'amtierenden', 'neue': an adjective form before a role noun."""
    lex = lexicon()
    if text in lex.lemma:
        return True
    return any(text.endswith(e) and text[: -len(e)] in lex.known for e in ADJ_ENDINGS)


@lru_cache(maxsize=65536)
def _known_word(text: str) -> bool:
    """A German word form the lookup table knows (also in the old 'ß' spelling it uses)."""
    lex = lexicon()
    if text in lex.known or text.lower() in lex.known:
        return True
    return "ss" in text and text.replace("ss", "ß") in lex.known


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
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
        for stem in {text[:-2], text[:-2].translate(_DEUMLAUT)}:
            for k in range(0, len(stem) - 3):
                tail = stem[k].upper() + stem[k + 1:]
                if tail in lex.known:
                    return True
    return False


_DEUMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


@lru_cache(maxsize=65536)
def _is_first_name(text: str) -> bool:
    lex = lexicon()
    if text in lex.first_names:
        return True
    if "-" in text:
        parts = text.split("-")
        return all(p in lex.first_names for p in parts)
    return False


FEDERAL = Entity("organization", "Bund", "Bund", "DEU", "gov")
FEDERAL_WORDS = frozenset({"Bund", "Bundes", "Länder", "Ländern"})
STATES = Entity("group", "Länder", "Länder", "DEU", "gov")


@lru_cache(maxsize=1)
def _place_noun_endings() -> tuple[str, ...]:
    return tuple(sorted(load_lines("place_noun_endings.txt")))


@lru_cache(maxsize=65536)
def is_place_noun(word: str) -> bool:
    """"Küstenort", "Weltraumbahnhof", "Hauptstadt": a noun naming a place (the name after it is
    the place's, not a person's)."""
    return word[:1].isupper() and word.isalpha() and word.lower().endswith(_place_noun_endings())


DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
GOVERNED_PLACE_NOUNS = frozenset({"Kanton", "Stadt", "Gemeinde", "Landkreis", "Bezirk", "Freistaat", "Bundesland"})
OPEN_QUOTES = frozenset({"«", "„", '"', "»", "‚"})
CLOSE_QUOTES = frozenset({"»", "“", '"', "«", "‘"})
ARTICLE_WORDS = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"})


@lru_cache(maxsize=65536)
def _abbreviation(text: str) -> bool:
    """"KAV", "PRO-GE", "FMTI", "GPA": an organisation's letters."""
    core = text.replace("-", "")
    return 2 <= len(core) <= 8 and core.isalnum() and sum(c.isupper() for c in core) >= 2 and text[:1].isupper() \
        and core == core.upper()


@lru_cache(maxsize=65536)
def _org_head(word: str) -> Optional[tuple[str, str, str]]:
    """(nominative word, type, gender) when a capitalised word ends in an organisation head
    ("Arbeitgeberverband", genitive "Arbeitgeberverbands")."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    low = word.lower()
    for head, otype, gender in lexicon().org_name_heads:
        for ending in ("", "s", "es"):
            if low.endswith(head + ending) and (ending == "" or gender in ("m", "n")):
                from .triggers import trigger_lexicon
                if trigger_lexicon().noun(word) is not None or low.startswith("presse"):
                    return None  # "Videokonferenz", "Pressekonferenz" are occasions, not organisations
                return word[: len(word) - len(ending)] if ending else word, otype, gender
    return None


def _org_head_type(word: str) -> Optional[str]:
    head = _org_head(word)
    return head[1] if head else None


ADJ_NOMINATIVE = {"m": "er", "f": "e", "n": "es", "pl": "e"}


def _nominative_adjective(word: str, gender: str) -> str:
    """"Kommunalen" before a masculine head -> "Kommunaler" (strong nominative ending)."""
    for end in ("en", "em", "er", "es", "e"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + ADJ_NOMINATIVE.get(gender, "e")
    return word


@lru_cache(maxsize=65536)
def _intro_type(text: str) -> Optional[str]:
    """Type of an introducing noun, also in the genitive ("des Fanbündnisses")."""
    intro = lexicon().org_intro
    if text in intro:
        return intro[text]
    for ending in ("ses", "es", "s"):
        if text.endswith(ending) and text[: -len(ending)] in intro:
            return intro[text[: -len(ending)]]
    return None


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
def _org_name_adjective(word: str) -> bool:
    """A capitalised adjective of an organisation's name ("Kommunaler", "Eidgenössisches")."""
    return word[:1].isupper() and word.isalpha() and word.lower().endswith(("er", "es", "e", "en", "em")) \
        and word.lower() in lexicon().known and word.lower() not in ARTICLE_WORDS and _org_head(word) is None


@lru_cache(maxsize=65536)
def _company_name_word(word: str) -> bool:
    """A word of a company's name before its legal form ("Siemens" in "Siemens AG")."""
    lex = lexicon()
    return _cap(word) and word not in lex.org_suffix and word not in lex.non_names and role_of(word) is None


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
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
            or text in lex.institutions or text.endswith("ministerium") or text in lex.phrase_lengths)


@lru_cache(maxsize=65536)
def _may_be_propagated(text: str) -> bool:
    """Can a name found elsewhere be this word: capitalised, a particle ("von der Leyen")
    or an attached particle ("al-Burhan")?"""
    return text[:1].isupper() or text in NAME_PARTICLES or text.startswith(ATTACHED_PARTICLES)


@lru_cache(maxsize=65536)
def _may_start_candidate(text: str) -> bool:
    """Cheap pre-check for Scanner.scan: does any of its tests (role, form of address,
    person name, state/organisation) accept this token as the first word?"""
    return role_of(text) is not None or text in lexicon().honorifics or _nameish(text) \
        or text.startswith(ATTACHED_PARTICLES) or _may_start_entity(text)


@lru_cache(maxsize=65536)
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


# --------------------------------------------------------------------------
# Candidates found by the scan


@dataclass
class Cand:
    start: int                 # char offsets
    end: int
    tok_start: int
    tok_end: int
    sent: int
    kind: str                  # person|roleref|entity
    name: tuple[str, ...] = ()   # person: name tokens
    role: Optional[RoleMatch] = None
    role_base: Optional[str] = None
    female: Optional[bool] = None
    country: Optional[str] = None
    org: Optional[str] = None
    plural: bool = False
    count: int = 0             # "die beiden Präsidenten" -> 2
    countries: list[str] = field(default_factory=list)
    entity: Optional[Entity] = None
    ent_name: str = ""          # organisation/institution display name
    from_role: bool = False     # a person name given right after a role
    actors: list[str] = field(default_factory=list)
    resolved_role: Optional[str] = None
    weak: bool = False          # from the statistical model
    extra_roles: tuple[str, ...] = ()  # "Staats- und Parteichef": Staatschef too


# Words inside a name that give no letter to its abbreviation ("Bund für Umwelt und Naturschutz
# Deutschland (BUND)")
ABBREVIATION_GLUE = frozenset({"und", "für", "der", "des", "die", "von", "zur", "zum", "im", "in", "&"})


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


class Scanner:
    """Finds candidates in one Doc (one instance per Doc)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = lexicon()
        self.n = len(doc)
        self.toks = toks = token_table(doc)
        self.texts = toks.text
        self.blocked = [False] * self.n
        self.seg_start_tok: set[int] = set()
        # a token belongs to the segment its first character lies in
        for seg in doc._.segments or []:
            first = bisect_left(toks.idx, seg.start)
            last = bisect_left(toks.idx, seg.end)
            if first < last and toks.idx[first] == seg.start:
                self.seg_start_tok.add(first)
            if seg.kind in BLOCKED_SEGMENTS:
                self.blocked[first:last] = [True] * (last - first)
        if toks.has_sents:
            self.sent_bounds: list[tuple[int, int]] = list(toks.sents)
            self.sent_of = toks.sent_of
        else:
            self.sent_bounds = [(0, self.n)]
            self.sent_of = [0] * self.n
        self.sent_first = [False] * self.n
        for s, e in self.sent_bounds:
            for i in range(s, e):
                if not toks.is_space[i] and not toks.is_punct[i]:
                    self.sent_first[i] = True
                    break
        self.covered = [False] * self.n
        self.legal_forms = [k for k, text in enumerate(self.texts) if text in self.lex.org_suffix]  # "AG", "GmbH"
        self.cands: list[Cand] = []
        self._phrase_cache: dict[int, Optional[tuple[int, Entity]]] = {}
        self.org_alias: dict[str, Entity] = {}
        self.abbr_defs = abbreviation_definitions(self.texts)
        self.org_heads_seen: dict[str, Entity] = {}

    # -- token tests ------------------------------------------------------
    def t(self, i: int) -> str:
        """The text of token i; "" outside the Doc (for look-ahead and look-behind)."""
        return self.texts[i] if 0 <= i < self.n else ""

    def phrase_at(self, i: int) -> Optional[tuple[int, Entity]]:
        """Longest lexicon entity starting at token i: (token count, entity)."""
        if i in self._phrase_cache:
            return self._phrase_cache[i]
        hit = None
        # only the lengths of the phrases that start with this token can match
        for length in self.lex.phrase_lengths.get(self.t(i), ()):
            if length > self.n - i:
                continue
            key = tuple(self.texts[i:i + length])
            ent = self.lex.phrases.get(key)
            if ent is not None:
                hit = (length, ent)
                break
        self._phrase_cache[i] = hit
        return hit

    def prefixed_entity(self, i: int) -> Optional[tuple[Entity, str]]:
        """'US-Verteidigungsministerium', 'US-Regierung': (institution entity, noun)."""
        text = self.t(i)
        if "-" not in text:
            return None
        prefix, rest = text.rsplit("-", 1)
        if rest.endswith("ministeriums"):
            rest = rest[:-1]  # genitive
        if prefix in self.lex.prefixes and (rest in self.lex.institutions
                                            or rest.endswith("ministerium")):
            country, org = self.lex.prefixes[prefix]
            otype = self.lex.institutions.get(rest, ("n", "gov"))[1]
            name = f"{prefix}-{rest}"
            return Entity("organization", name, name, country, otype), rest
        return None

    def place_at(self, i: int) -> Optional[tuple[int, Entity]]:
        hit = self.phrase_at(i)
        return hit if hit and hit[1].kind in ("country", "city") else None

    def country_gen_at(self, i: int) -> Optional[tuple[int, str, str]]:
        """A state/city named in the genitive or with 'der': (tokens, iso, surface)."""
        k = i
        if self.t(k) in ("der", "des"):
            k += 1
        hit = self.phrase_at(k)
        if hit and hit[1].kind in ("country", "city") and (hit[1].genitive or k > i):
            return k + hit[0] - i, hit[1].country, " ".join(self.texts[i:k + hit[0]])
        return None

    # -- the scan ---------------------------------------------------------
    def scan(self) -> list[Cand]:
        is_space, texts, honorifics = self.toks.is_space, self.texts, self.lex.honorifics
        # the tokens any of the tests below may accept as a first word, in text order
        starts = [i for i, ok in enumerate(map(_may_start_candidate, texts)) if ok and not is_space[i]]
        for s, e in self.sent_bounds:
            k = bisect_left(starts, s)
            while k < len(starts) and starts[k] < e:
                i = starts[k]
                if self.blocked[i] or self.covered[i]:
                    k += 1
                    continue
                # each test only where its first word can start (the tests check it again)
                text = texts[i]
                j = self.try_role(i, e) if role_of(text) is not None else None
                if not j and text in honorifics:
                    j = self.try_honorific(i, e)
                if not j and (_nameish(text) or text.startswith(ATTACHED_PARTICLES)):
                    j = self.try_person(i, e)
                if not j:
                    j = self.try_entity(i, e)
                k = bisect_left(starts, j, k + 1) if j and j > i else k + 1
        return self.cands

    def add_role_span(self, person: Cand, i: int, j: int) -> Cand:
        """The role phrase before a name is a mention of the same person."""
        s, e = self.span(i, j)
        role_cand = Cand(s, e, i, j, self.sent_of[i], "rolespan", role=person.role,
                         role_base=person.role_base, female=person.female,
                         country=person.country, org=person.org)
        role_cand.owners = [person]  # type: ignore[attr-defined]
        self.add(role_cand)
        return role_cand

    def add(self, cand: Cand) -> None:
        for k in range(cand.tok_start, cand.tok_end):
            self.covered[k] = True
        self.cands.append(cand)

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks.idx[i], self.toks.end[j - 1]

    # persons ----------------------------------------------------------------
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
        if not lone_ok and m - k == 1 and self.t(k) in ("von", "aus", "de", "der", "den", "des"):
            return None  # "Bürgermeister von Lyon": a qualifier, not a name
        return m + 1

    def parse_name(self, i: int, e: int, after_role: bool) -> Optional[int]:
        """End (exclusive) of a person name starting at token i, or None.

        A name is a run of capitalised tokens (and particles before a surname).
        After a role or a form of address any such run is a name unless its first
        word is a plain common noun; otherwise it needs a leading first name, an
        East Asian family name, or two capitalised words that are no German words.
        """
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
                    not toks and _cap(text) and text not in ("Van", "Von", "De", "Di", "Da", "Le", "La", "El", "Al")):
                end = self.particle_name(k, e, lone_ok=bool(toks))
                if end is None:
                    break
                toks.extend(range(k, end))
                k = end
                continue
            # right after given names a capitalised function word is a surname ("Stephan Weil")
            after_given = bool(toks) and firsts == len(toks) and _cap(text) and text.isalpha()
            if not (_nameish(text) or after_given) or role_of(text) is not None:
                break
            is_first = _is_first_name(text) or (not toks and text in lex.family_first)
            hit = self.phrase_at(k)
            if toks:
                # right after given names any capitalised word is the surname
                # ("Hubertus Heil", "Olaf Lies"); later ones must not be plain nouns
                # an unknown word right after a role is a given name no list knows
                # ("Wirtschaftsministerin Katherina Reiche")
                unknown_given = after_role and len(toks) == 1 and not _known_word(self.t(toks[0]))
                if not is_first and firsts < len(toks) and _is_common_noun(text) and not unknown_given:
                    break
                # once a surname stands, a further known German word ends the name
                # ("... Olaf Scholz Hilfe anbieten")
                if not is_first and len(toks) > firsts >= 1 and _known_word(text):
                    break
                if hit and not (hit[1].kind == "city" and firsts == len(toks)):
                    break
            elif hit and (not is_first or hit[0] > 1):
                break
            toks.append(k)
            if is_first and firsts == len(toks) - 1:
                firsts += 1
            k += 1
        if not toks:
            return None
        end = toks[-1] + 1
        first_text = self.t(toks[0])
        if after_role:
            if len(toks) == 1 and _known_word(first_text) and _looks_common_noun(first_text):
                return None
            return end
        if len(toks) < 2:
            return None
        if firsts >= 1 or first_text in lex.family_first:
            return end
        words = [self.t(k2) for k2 in toks if self.t(k2) not in NAME_PARTICLES]
        if all(not _known_word(w) and not _compound_like(w) and not _is_common_noun(w)
               for w in words):
            return end  # two capitalised words that are no German words ("Hulusi Akar")
        return None

    def person_cand(self, i: int, j: int, **kw) -> Cand:
        s, e = self.span(i, j)
        name = tuple(self.texts[i:j])
        j2 = j
        # genitive apostrophe "Scholz' Sprecher"
        if j < self.n and self.t(j) in APOSTROPHES and self.toks.ws[j - 1] == "" \
                and self.t(j - 1)[-1:] in "sßxz":
            e = self.toks.idx[j] + 1
            j2 = j + 1
        return Cand(s, e, i, j2, self.sent_of[i], "person", name=name, **kw)

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
        if j is None:
            return None
        cand = self.person_cand(i, j)
        self.add(cand)
        return self.skip_party(cand.tok_end)

    # roles ------------------------------------------------------------------
    def try_role(self, i: int, e: int) -> Optional[int]:
        rm = role_of(self.texts[i])
        if rm is None:
            return None
        lex = self.lex
        country, org = rm.country, rm.org
        if country is None and rm.info.country and rm.base.startswith(rm.info.role[:4]):
            country = rm.info.country
        if country is None and rm.base.startswith("Bundes"):
            country = "DEU"
        # -- left: determiner, adjectives, a state in the genitive --------------
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
            elif text in DETERMINERS or (self.sent_first[k] and text.lower() in DETERMINERS):
                det = text.lower()
                start = k
                break
            elif text in ("und", "oder") and k >= 1 and not self.covered[k - 1] \
                    and (elided := _elided_role(self.texts[k - 1], self.texts[i])) is not None:
                # "Chinas Staats- und Parteichef Xi Jinping": the truncated "Staats-" shares the
                # head of "Parteichef" and names a second office ("Staatschef")
                extra_roles.append(elided)
                start = k - 1
                k -= 2
                steps += 2
                continue
            elif text[:1].islower() and text.endswith(ADJ_ENDINGS) and text.isalpha() \
                    and len(text) > 3 and text not in NOT_ADJECTIVES and _inflected_adjective(text):
                start = k  # "der frühere", "dem amtierenden"
            else:
                # "Russlands Verteidigungsminister", "Moskaus Bürgermeister"
                hit = self.phrase_at(k)
                if hit is None:
                    for back in range(2, 4):
                        h2 = self.phrase_at(k - back + 1) if k - back + 1 >= 0 else None
                        if h2 and h2[0] == back:
                            hit, k = h2, k - back + 1
                            break
                if hit and hit[1].genitive and hit[1].kind in ("country", "city") and \
                        k + hit[0] == (start if start < i else i):
                    country = country or hit[1].country
                    start = k
                elif hit and hit[1].genitive and hit[1].kind in ("organization",) and \
                        k + hit[0] == (start if start < i else i):
                    org = org or hit[1].key
                    country = country or hit[1].country
                    start = k
                break
            k -= 1
            steps += 1
        # keep only the part that belongs together: a determiner-less adjective run is fine
        female = rm.female
        if female is None:
            female = det in FEMALE_DETERMINERS and not plural if det else False
        if det == "die" and rm.female is False:
            plural = True  # "die Verteidigungsminister" (a masculine singular takes "der")
        if det == "der" and rm.female is False and start > 0 \
                and self.genitive_context(start - 1):
            plural = True  # "das Treffen der Finanzminister": genitive plural
        role_base = rm.base
        if rm.info.cls == "adj" and female and role_base.endswith("er"):
            role_base = role_base[:-1]  # "die Vorsitzende" keeps the female form
        # -- right: a name, qualifiers ----------------------------------------
        j = i + 1
        name_end = self.parse_name(j, e, after_role=True) if j < e else None
        if name_end is not None:
            cand = self.person_cand(j, name_end, role=rm, role_base=role_base, female=female,
                                    country=country, org=org, from_role=True)
            cand.extra_roles = tuple(extra_roles)
            role_span = self.add_role_span(cand, start, i + 1)
            self.add(cand)
            end = self.skip_party(cand.tok_end)
            while plural and self.t(end) in COORDINATORS:
                # "die Präsidenten Joe Biden und Wladimir Putin"
                nxt = self.parse_name(end + 1, e, after_role=False)
                if nxt is None:
                    break
                other = self.person_cand(end + 1, nxt, role=rm, role_base=role_base, female=female,
                                         country=country, org=org, from_role=True)
                self.add(other)
                role_span.owners.append(other)  # type: ignore[attr-defined]
                end = self.skip_party(other.tok_end)
            return end
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
        elif self.t(q) in ("der", "des"):
            hit = self.phrase_at(q + 1)
            pe = self.prefixed_entity(q + 1)
            if self.t(q + 1) in lex.org_intro and self.phrase_at(q + 2):
                hit = self.phrase_at(q + 2)  # "der Chef der Gewerkschaft GDL"
                q += 1
            if hit and hit[1].kind in ("organization", "group"):
                org, country = org or hit[1].key, country or hit[1].country
                q += 1 + hit[0]
            elif pe:
                org, country = org or pe[0].key, country or pe[0].country
                q += 2
        elif self.t(q) == "für" and self.place_at(q + 1 + (self.t(q + 1) in ("den", "die", "das"))):
            k0 = q + 1 + (self.t(q + 1) in ("den", "die", "das"))
            hit = self.place_at(k0)
            q = k0 + hit[0]  # "der UN-Sondergesandte für den Jemen": a mandate, not a nationality
        elif self.t(q) in ("von", "aus") and q + 1 < e:
            items, q2 = self.country_list(q + 1, e)
            if items:
                countries = [iso for iso, _s, _e in items]
                named_items = [(iso, ps, pe_) for iso, ps, pe_ in items if ps is not None]
                q = q2
            elif self.t(q) == "von" and _cap(self.t(q + 1)) and self.t(q + 2) == ",":
                q += 2  # "der Bürgermeister von Lyon, Théo Vasseur-Lambert,"
        if named_items:
            for iso, ps, pe_ in named_items:
                cand = self.person_cand(ps, pe_, role=rm, role_base=role_base, female=female,
                                        country=iso, org=org, from_role=True)
                self.add(cand)
            for k in range(start, q):
                self.covered[k] = True
            return q
        if len(countries) == 1:
            country = country or countries[0]
            countries = []
        elif len(countries) > 1:
            plural = True
        # apposition with a full name: "der Kremlsprecher, Dmitri Peskow,"
        if not plural and self.t(q) == "," and q + 1 < e:
            ne = self.parse_name(q + 1, e, after_role=True)
            if ne is not None and self.t(ne) in (",", "(", ")", "–", "-", "."):
                cand = self.person_cand(q + 1, ne, role=rm, role_base=role_base, female=female,
                                        country=country, org=org, from_role=True)
                self.add_role_span(cand, start, q)
                self.covered[q] = True
                self.add(cand)
                return cand.tok_end
        s, en = self.span(start, q)
        self.add(Cand(s, en, start, q, self.sent_of[i], "roleref", role=rm, role_base=role_base,
                      female=female, country=country, org=org, plural=plural, count=count,
                      countries=countries))
        return q

    def genitive_context(self, k: int) -> bool:
        """Does token k govern a following 'der X' as genitive/dative (a noun or preposition)?"""
        text = self.t(k)
        if text.lower() in ("von", "mit", "bei", "zwischen", "unter", "trotz", "wegen", "laut",
                            "seitens", "gegenüber", "nach", "aus", "zu", "vor"):
            return True
        return _cap(text) and not self.sent_first[k] and text.isalpha() and role_of(text) is None

    def country_list(self, i: int, e: int) -> tuple[list[tuple[str, Optional[int], Optional[int]]], int]:
        """'Frankreich (Sébastien Lecornu), Großbritannien (Ben Wallace) und der Türkei (...)'."""
        items: list[tuple[str, Optional[int], Optional[int]]] = []
        k = i
        last_end = i
        while k < e:
            m = k
            if self.t(m) in ("der", "den", "dem", "die"):
                m += 1
            hit = self.phrase_at(m)
            if not hit or hit[1].kind not in ("country", "city"):
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

    # states, cities, organisations -------------------------------------------
    def role_follows(self, k: int) -> bool:
        for m in range(k, min(k + 3, self.n)):
            if role_of(self.t(m)) is not None:
                return True
            if self.t(m + 1) in ("und", "oder") and _elided_role(self.t(m), self.t(m + 2)) is not None:
                return True  # "Chinas Staats- und Parteichef"
            if not (self.t(m)[:1].islower() and self.t(m).endswith(ADJ_ENDINGS)):
                return False
        return False

    def is_place_use(self, i: int) -> bool:
        """'in Moskau', 'nach Russland', 'besuchte Berlin': a place, not an actor."""
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
        if self.t(k) in ("der", "die", "den", "dem", "das") or self.t(k).endswith(("ischen", "ische")):
            k -= 1
        return self.t(k).lower() in LOCATIVE_PREPOSITIONS

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
        return self.t(m) in ("–", "-", "—", "(")

    def try_entity(self, i: int, e: int) -> Optional[int]:
        lex = self.lex
        text = self.texts[i]
        defined = self.abbr_defs.get(i)
        if defined is not None and defined[0] <= e:
            found = self.try_defined_name(i, *defined)
            if found:
                return found
        if not (_entity_start_word(text) or text in self.org_alias or self.legal_form_follows(i, e)):
            return None  # none of the tests below can match here
        # organisation introduced by a noun: "die Gewerkschaft Verdi", "der Konzern Zentrix",
        # "das Fanbündnis «Unsere Kurve»", "die Gewerkschaften PRO-GE und GPA"
        intro_type = _intro_type(text)
        if intro_type is not None and i + 1 < e:
            if text in lex.person_intros and self.t(i + 1) in lex.first_names:
                return None  # "den Investor Jonathan Whitfield": a person, found from the next token
            end = self.introduced_org(i + 1, e, intro_type)
            if end is None:
                return self.org_back_reference(i)
            while text.endswith(("en", "er")) and self.t(end) in ("und", "sowie") and end + 1 < e:
                more = self.introduced_org(end + 1, e, intro_type)  # a plural intro lists several
                if more is None:
                    break
                end = more
            return end
        federal = self.try_federal_level(i, e)
        if federal:
            return federal
        if text in GOVERNED_PLACE_NOUNS and i + 1 < e and _nameish(self.t(i + 1)) and role_of(self.t(i + 1)) is None \
                and not self.covered[i + 1]:
            # "der Kanton Zürich", "die Stadt Zürich", "die Gemeinde Rottenach" as governments
            hit = self.phrase_at(i + 1)
            length = hit[0] if hit else 1
            name = " ".join([text] + self.texts[i + 1:i + 1 + length])
            return self.entity_cand(i, i + 1 + length, Entity("organization", name, name,
                                                              hit[1].country if hit else None, "gov"))
        if text in self.org_alias:  # an abbreviation given in brackets earlier: "(KAV)"
            ent = self.org_alias[text]
            return self.entity_cand(i, i + 1, ent)
        named = self.try_org_head(i, e)
        if named:
            return named
        # company with legal form: "Siemens AG", "Zentrix GmbH"
        m = i
        while m < e and m - i < 4 and _company_name_word(self.t(m)):
            m += 1
        if m > i and m < e and self.t(m) in lex.org_suffix:
            base = " ".join(self.texts[i:m])
            hit = self.phrase_at(i)
            key = hit[1].key if hit and hit[0] == m - i else base
            return self.entity_cand(i, m + 1, Entity("organization", key,
                                                     base + " " + self.t(m), hit[1].country if hit and hit[0] == m - i else None, "company"))
        # institution with a state: "US-Regierung", "die russische Regierung", "Regierung Russlands"
        pe = self.prefixed_entity(i)
        if pe:
            return self.entity_cand(i, i + 1, pe[0])
        if text in lex.institutions or (text.endswith("ministerium") and _cap(text)):
            gender, otype = lex.institutions.get(text, ("n", "gov"))
            iso = _adj_country(self.t(i - 1), self.sent_first[i - 1]) if i > 0 else None
            if iso and not self.covered[i - 1]:
                stem = lex.adj_stem.get(iso, self.t(i - 1).rstrip("nmrse"))
                adj = stem + {"f": "e", "n": "es", "m": "er", "pl": "e"}.get(gender, "e")
                return self.entity_cand(i - 1, i + 1, Entity("organization", f"{iso}:{text}",
                                                             f"{adj} {text}", iso, otype))
            gen = self.country_gen_at(i + 1)
            if gen:
                return self.entity_cand(i, i + 1 + gen[0], Entity("organization", f"{gen[1]}:{text}",
                                                                  f"{text} {gen[2]}", gen[1], otype))
            hit = self.phrase_at(i + 2) if self.t(i + 1) == "in" else None
            if hit and hit[1].kind in ("city", "country") and text != "Ministerium":
                # "die Regierung in Rom", "das Außenministerium in Peking"
                return self.entity_cand(i, i + 2 + hit[0], Entity(
                    "organization", f"{hit[1].country}:{text}", f"{text} in {hit[1].base}",
                    hit[1].country, otype))
            return None
        hit = self.phrase_at(i)
        if hit is None:
            return None
        length, ent = hit
        if ent.genitive and self.role_follows(i + length):
            return i + length  # "Russlands Verteidigungsminister": the role phrase takes it
        if ent.kind in ("country", "city"):
            if self.is_place_use(i) or (ent.kind == "city" and self.is_dateline(i)):
                for k in range(i, i + length):
                    self.covered[k] = True
                return i + length
        return self.entity_cand(i, i + length, ent)

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
        if text in ("Bund", "Bundes") and self.t(i + 1) not in ("der", "für", "deutscher", "Deutscher"):
            paired = "länder" in words
            if paired or self.t(i - 1).lower() in ("der", "des", "dem", "vom", "beim", "zum"):
                return self.entity_cand(i, i + 1, FEDERAL)
        if text == "Ländern" or text == "Länder":
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
        if det in ("die", "den") and low.endswith("en"):
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
        if hit and hit[1].kind in ("organization", "group"):
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
                _nameish(self.t(m)) and not _looks_common_noun(self.t(m)) and role_of(self.t(m)) is None)):
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
                and self.t(end).lower().endswith(("e", "er", "es", "en")) and self.t(end + 1)[:1].isupper() \
                and self.t(end + 1).isalpha() and role_of(self.t(end + 1)) is None:
            tail = [self.t(end), self.t(end + 1)]
            end += 2  # "Fachverband Metalltechnische Industrie"
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

    def entity_cand(self, i: int, j: int, ent: Entity, span_end: Optional[int] = None) -> int:
        end_tok = span_end or j
        s, e = self.span(i, end_tok)
        for k in range(i, j):
            self.covered[k] = True
        self.cands.append(Cand(s, e, i, end_tok, self.sent_of[i], "entity", entity=ent,
                               country=ent.country, ent_name=ent.base))
        return j


# --------------------------------------------------------------------------
# Resolution


@dataclass
class _Person:
    name: tuple[str, ...]
    surname_key: str
    first_key: str
    roles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    female: Optional[bool] = None
    id: str = ""
    mention_order: int = 0
    synthetic: bool = False


def _surname(name: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(given names, surname) of a name's tokens.

    "Xi Jinping" -> (Jinping), (Xi); "Ursula von der Leyen" -> (Ursula), (von der Leyen);
    "Juan Carlos Echeverría de la Fuente" -> (Juan Carlos), (Echeverría de la Fuente);
    unknown given names: the surname starts at the first particle, else it is the last token.
    """
    lex = lexicon()
    if len(name) > 1 and name[0] in lex.family_first and name[0] not in lex.first_names:
        return name[1:], name[:1]
    k = 0
    while k < len(name) - 1 and name[k] not in NAME_PARTICLES and _is_first_name(name[k]):
        k += 1
    if k == 0 and len(name) > 1:
        k = next((j for j in range(1, len(name)) if name[j] in NAME_PARTICLES), len(name) - 1)
    return name[:k], name[k:]


def _first_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    a, b = fold(a), fold(b)
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= min(4, len(a), len(b))


def _role_compatible(ref: str, ref_group: str, actor_role: str, actor_group: str) -> bool:
    """Can a reference by role `ref` denote a holder of `actor_role` (masculine forms)?

    Same role, a compound ending in it ("Minister" -> "Verteidigungsminister",
    "Kanzler" -> "Bundeskanzler"), or the same group ("Staatschef" -> "Präsident").
    """
    r, a = fold(ref), fold(actor_role)
    return r == a or a.endswith(r) or bool(ref_group and ref_group == actor_group)


def _is_female_role(role: str) -> bool:
    return role.endswith(("in", "innen"))


def add_role(person: "_Person", role: str) -> None:
    """Keep the most specific form: 'Verteidigungsminister' absorbs a later 'Minister'."""
    key = fold(role)
    for k, r in enumerate(person.roles):
        rk = fold(r)
        if rk == key or rk.endswith(key):
            return
        if key.endswith(rk):
            person.roles[k] = role
            return
    person.roles.append(role)


class Resolver:
    def __init__(self, doc: Doc, cands: list[Cand], scanner: Scanner):
        self.doc = doc
        self.cands = cands
        self.scanner = scanner
        self.lex = lexicon()
        self.persons: list[_Person] = []
        self._positions: Optional[dict[int, list[int]]] = None

    def group_of(self, role: Optional[str]) -> str:
        return self.lex.role_groups.get(role or "", "")

    # -- persons ------------------------------------------------------------
    def person_for(self, name: tuple[str, ...], at: int) -> _Person:
        given, surname = _surname(name)
        key = fold(" ".join(surname))
        fkey = given[0] if given else ""
        best = None
        for p in self.persons:
            if p.synthetic:
                continue
            if p.surname_key == key and _first_compatible(fkey, p.first_key):
                best = p
            elif not given and len(surname) == 1 and key == fold(p.name[-1]) and not best:
                best = p
            elif len(name) > 1 and len(p.name) > len(name) and \
                    fold(" ".join(p.name)).endswith(fold(" ".join(name))):
                best = best or p  # "López Obrador" -> "Andrés Manuel López Obrador"
        if best is None:
            best = _Person(name, key, fkey)
            self.persons.append(best)
        else:
            if len(name) > len(best.name):
                best.name = name
                best.first_key = best.first_key or fkey
        return best

    def split_run_ons(self) -> None:
        """'US-Präsident Joe Biden Selenskyj treffen': a run of names ending in another's surname."""
        named = [c for c in self.cands if c.kind == "person"]
        owners: dict[str, set[tuple[str, ...]]] = {}
        for c in named:
            if len(c.name) >= 2 and _is_first_name(c.name[0]):
                owners.setdefault(fold(c.name[-1]), set()).add(c.name)
        sc = self.scanner
        for c in named:
            if len(c.name) < 3 or not _is_first_name(c.name[0]) or c.tok_end - c.tok_start != len(c.name):
                continue
            others = owners.get(fold(c.name[-1]), set()) - {c.name}
            if not others:
                continue
            last = c.tok_start + len(c.name) - 1
            c.name, c.tok_end = c.name[:-1], last
            c.start, c.end = sc.span(c.tok_start, last)
            s, e = sc.span(last, last + 1)
            self.cands.append(Cand(s, e, last, last + 1, c.sent, "person", name=(sc.t(last),)))

    def cluster(self) -> None:
        self.split_run_ons()
        # full names first, so that a bare surname joins the full name even before it
        named = [c for c in self.cands if c.kind == "person"]
        for c in sorted(named, key=lambda c: -len(c.name)):
            c.person = self.person_for(c.name, c.start)  # type: ignore[attr-defined]

    def propagate(self) -> None:
        """Surnames and organisation names found once are mentions everywhere else."""
        sc = self.scanner
        index: dict[str, _Person] = {}
        for p in self.persons:
            given, surname = _surname(p.name)
            index.setdefault(fold(" ".join(surname)), p)
            if len(surname) > 1 and surname[0] in NAME_PARTICLES:
                index.setdefault(fold(surname[-1]), p)
            if surname[-1].startswith(ATTACHED_PARTICLES):
                index.setdefault(fold(surname[-1]), p)  # "al-Burhan" after "Abdel Fattah al-Burhan"
                index.setdefault(fold(surname[-1].split("-", 1)[1]), p)
        for p in self.persons:
            # "Luiz Inácio Lula da Silva" -> "Lula"; "Juan Carlos Echeverría de la Fuente" -> "Echeverría"
            if len(p.name) >= 3 and not p.synthetic:
                for tok in p.name[1:-1]:
                    if _cap(tok) and tok not in NAME_PARTICLES and not _is_first_name(tok):
                        index.setdefault(fold(tok), p)
        orgs: dict[str, Entity] = {}
        for c in self.cands:
            ent = c.entity
            if c.kind == "entity" and ent.kind == "organization" and " " not in ent.key \
                    and (ent.key,) not in self.lex.phrases and _cap(ent.key) and ent is not FEDERAL:
                orgs[ent.key] = ent
        for abbr, ent in sc.org_alias.items():
            orgs.setdefault(abbr, ent)  # "(KAV)": the abbreviation names it, also before
        for c in self.cands:
            ent = c.entity
            if c.kind == "entity" and ent.kind == "organization" and " " in ent.base and ent.org_type == "company":
                first = ent.base.split()[0]
                # "Aldermann" for "Aldermann Capital": a company's distinctive first word
                if _cap(first) and not _known_word(first) and first not in self.lex.org_intro:
                    orgs.setdefault(first, ent)
        if not index and not orgs:
            return
        tok_idx = sc.toks.idx
        covered, blocked, texts = sc.covered, sc.blocked, sc.texts
        for i in [i for i, ok in enumerate(map(_may_be_propagated, texts)) if ok]:
            text = texts[i]
            if covered[i] or blocked[i]:
                continue
            # particle surnames: "von der Leyen"
            if text in NAME_PARTICLES:
                for length in (3, 2):
                    key = fold(" ".join(sc.texts[i:i + length]))
                    if key in index and all(not sc.covered[k] for k in range(i, i + length)):
                        self.add_person(i, i + length, index[key])
                        break
                continue
            if not (text[:1].isupper() or text.startswith(ATTACHED_PARTICLES)):
                continue
            parts = [(0, text)]
            if "-" in text and not text.startswith(ATTACHED_PARTICLES) and fold(text) not in index \
                    and fold(text)[:-1] not in index:
                parts, off = [], 0
                for p in text.split("-"):
                    parts.append((off, p))
                    off += len(p) + 1
            for off, part in parts:
                key = fold(part)
                hit = index.get(key)
                if hit is None and key.endswith("s") and len(key) > 3:
                    hit = index.get(key[:-1])  # genitive "Putins"
                if hit is None and part in orgs:
                    if len(parts) == 1:
                        ent = orgs[part]
                        sc.covered[i] = True
                        self.cands.append(Cand(tok_idx[i], tok_idx[i] + len(text), i, i + 1, sc.sent_of[i],
                                               "entity", entity=ent, country=ent.country,
                                               ent_name=ent.base))
                    continue
                if hit is None:
                    continue
                if len(parts) == 1:
                    self.add_person(i, i + 1, hit)
                else:
                    s = tok_idx[i] + off
                    c = Cand(s, s + len(part), i, i + 1, sc.sent_of[i], "person", name=(part,))
                    c.person = hit  # type: ignore[attr-defined]
                    self.cands.append(c)

    def coordinated_names(self) -> None:
        """"ein Telefonat zwischen Putin und Scholz": a capitalised word that is no German word,
        coordinated with a person's name, is a person's name too (a surname the lists do not know)."""
        sc = self.scanner
        person_toks = {k for c in self.cands if c.kind == "person" for k in range(c.tok_start, c.tok_end)}
        for i in range(1, sc.n - 1):
            if sc.t(i) not in ("und", "sowie", "oder"):
                continue
            for a, b in ((i - 1, i + 1), (i + 1, i - 1)):
                word = sc.t(b)
                if a in person_toks and b not in person_toks and not sc.covered[b] and not sc.blocked[b] \
                        and not sc.sent_first[b] and _nameish(word) and not _known_word(word) \
                        and role_of(word) is None and sc.phrase_at(b) is None and word not in NAME_PARTICLES \
                        and not _cap(sc.t(b + 1)) and not _cap(sc.t(b - 1)):
                    # a lone word: not a title before a name ("und Werkleiter Frank Ruhland")
                    self.add_person(b, b + 1, self.person_for((word,), b))
                    person_toks.add(b)

    def add_person(self, i: int, j: int, person: _Person) -> None:
        c = self.scanner.person_cand(i, j)
        for k in range(c.tok_start, c.tok_end):
            self.scanner.covered[k] = True
        c.person = person  # type: ignore[attr-defined]
        self.cands.append(c)

    # -- roles ----------------------------------------------------------------
    def anchor_role(self, idx: int) -> Optional[tuple[str, Optional[_Person]]]:
        """The office role of the person a colleague word relates to; a possessive gives that
        person's gender ("ihres polnischen Kollegen": a woman's colleague)."""
        me = self.cands[idx]
        owner = self.scanner.t(me.tok_start).lower()
        owner_female = True if owner.startswith("ihr") else False if owner.startswith("sein") else None
        for k in range(idx - 1, -1, -1):
            c = self.cands[k]
            if me.sent - c.sent > SENTENCE_WINDOW:
                break
            if c.kind not in ("person", "roleref"):
                continue
            person = getattr(c, "person", None)
            female = person.female if person is not None else c.female
            if owner_female is not None and female is not None and female is not owner_female:
                continue
            role = c.resolved_role or (c.role_base if c.role and c.role.info.type == "office" else None)
            if role is None and c.kind == "person":
                p = getattr(c, "person", None)
                if p and p.roles:
                    role = p.roles[-1]
            if role:
                return role, getattr(c, "person", None)
        return None

    def colleague_role(self, role: str, female: Optional[bool]) -> str:
        """The role a colleague word takes: the anchor's, without 'Bundes' (a foreign colleague)."""
        if role.startswith("Bundes") and len(role) > 9:
            role = role[6].upper() + role[7:]
        return self.gendered(role, female)

    def gendered(self, role: str, female: Optional[bool]) -> str:
        """'Verteidigungsminister' as a 'Kollegin' -> 'Verteidigungsministerin'."""
        pair = self.lex.role_pairs.get(role)
        if pair is not None:
            return pair[1] if female and pair[1] else pair[0]
        if female and not role.endswith("in"):
            return role + "in"  # unlisted compounds: "Finanzstaatssekretär" -> "...in"
        if female is False and role.endswith("in"):
            return role[:-2]
        return role

    def apply_roles(self) -> None:
        self.cands.sort(key=lambda c: (c.start, -c.end))
        for idx, c in enumerate(self.cands):
            if c.kind != "person" or c.role is None:
                continue
            p: _Person = c.person  # type: ignore[attr-defined]
            role = c.role_base
            if c.role.info.type == "relational":
                anchor = self.anchor_role(idx)
                role = self.colleague_role(anchor[0], c.female) if anchor else None
            c.resolved_role = role
            if role:
                add_role(p, role)
            for extra in c.extra_roles:
                add_role(p, extra)
            if c.country:
                p.countries.append(c.country)
            elif c.role.info.country and role == c.role_base:
                p.countries.append(c.role.info.country)
            if c.female is not None and p.female is None:
                p.female = c.female

    def candidates_for(self, role: str, female: Optional[bool], country: Optional[str],
                       exclude: set[int]) -> list[_Person]:
        """Named persons a role reference may denote (role, country, gender agree)."""
        ref = self.gendered(role, False)
        group = self.group_of(ref)
        out = []
        for p in self.persons:
            if id(p) in exclude:
                continue
            if not any(_role_compatible(ref, group, m, self.group_of(m))
                       for m in (self.gendered(r, False) for r in p.roles)):
                continue
            pc = self.country_of(p)
            if country and pc and pc != country:
                continue
            if country and not pc:
                continue
            if female is True and not any(_is_female_role(r) for r in p.roles):
                continue
            if female is False and p.roles and all(_is_female_role(r) for r in p.roles):
                continue
            out.append(p)
        return out

    @staticmethod
    def country_of(p: _Person) -> Optional[str]:
        if not p.countries:
            return None
        return max(dict.fromkeys(p.countries), key=p.countries.count)

    def recency(self, persons: list[_Person], pos: int) -> list[_Person]:
        """Persons ordered: most recently named before pos first, then the next named after it."""
        if self._positions is None:
            self._positions = {}
            for c in self.cands:
                p = getattr(c, "person", None)
                if p is not None:
                    self._positions.setdefault(id(p), []).append(c.start)
            for starts in self._positions.values():
                starts.sort()
        before, after = [], []
        for p in persons:
            starts = self._positions.get(id(p), [])
            k = bisect_left(starts, pos)
            if k:
                before.append((-starts[k - 1], p))
            elif starts:
                after.append((starts[0], p))
        return [p for _, p in sorted(before, key=lambda x: x[0])] + \
            [p for _, p in sorted(after, key=lambda x: x[0])]

    def resolve_refs(self) -> None:
        self.recency([], 0)  # index the positions of named persons
        synthetic: dict[tuple, _Person] = {}
        for idx, c in enumerate(self.cands):
            if c.kind != "roleref":
                continue
            role = c.role_base
            exclude: set[int] = set()
            if c.role.info.type == "relational":
                anchor = self.anchor_role(idx)
                if anchor is None:
                    continue
                role = self.colleague_role(anchor[0], c.female)
                if anchor[1] is not None:
                    exclude.add(id(anchor[1]))
                elif idx > 0:
                    prev = self.cands[idx - 1]
                    for p in getattr(prev, "persons", []):
                        exclude.add(id(p))
            c.resolved_role = role
            # apposition: "Dmitri Peskow, der Sprecher des Kremls,"
            prev = self.cands[idx - 1] if idx else None
            if prev is not None and prev.kind == "person" and c.role.info.type != "relational" \
                    and self.scanner.t(prev.tok_end) == "," and c.tok_start == prev.tok_end + 1 \
                    and not c.plural:
                p = prev.person  # type: ignore[attr-defined]
                c.persons = [p]  # type: ignore[attr-defined]
                add_role(p, role)
                if c.country:
                    p.countries.append(c.country)
                continue
            found: list[_Person] = []
            if c.countries:
                for iso in c.countries:
                    cands = self.recency(self.candidates_for(role, c.female, iso, exclude), c.start)
                    if cands:
                        found.append(cands[0])
                        exclude.add(id(cands[0]))
            else:
                want = c.count or (2 if c.plural else 1)
                cands = self.recency(self.candidates_for(role, None if c.plural else c.female,
                                                         c.country, exclude), c.start)
                if c.plural and c.count == 0 and len(cands) < 2:
                    cands = []
                found = cands[:want] if len(cands) >= want or not c.plural else []
            if not found and not c.plural and (c.country or c.org):
                key = (fold(role), c.country, c.org)
                p = synthetic.get(key)
                if p is None:
                    p = _Person((self.synthetic_name(role, c),), "", "", [role],
                                [c.country] if c.country else [], c.female, synthetic=True)
                    synthetic[key] = p
                    self.persons.append(p)
                found = [p]
            c.persons = found  # type: ignore[attr-defined]
            for p in found:  # a later "der Präsident" may refer back to this reference
                insort(self._positions.setdefault(id(p), []), c.start)

    def synthetic_name(self, role: str, c: Cand) -> str:
        if c.country and not c.org:
            stem = self.lex.adj_stem.get(c.country)
            if stem:
                fem = _is_female_role(role)
                return f"{stem}{'e' if fem else 'er'} {role}"
            return f"{role} ({self.lex.country_names.get(c.country, c.country)})"
        return f"{role} ({c.org})"

    # -- output -------------------------------------------------------------
    def build(self) -> tuple[list[Actor], list[Mention]]:
        text = self.scanner.toks.doc_text  # doc.text is built anew on every access
        actors: list[Actor] = []
        by_key: dict[object, Actor] = {}
        names_seen: dict[object, list[str]] = {}
        mentions: list[Mention] = []
        for c in sorted(self.cands, key=lambda c: (c.start, -c.end)):
            targets: list[tuple[object, str, str, Optional[str]]] = []
            if c.kind == "rolespan":
                c.resolved_role = c.owners[0].resolved_role  # type: ignore[attr-defined]
            if c.kind in ("person", "roleref", "rolespan"):
                if c.kind == "person":
                    people = [c.person]  # type: ignore[attr-defined]
                elif c.kind == "rolespan":
                    people = [o.person for o in c.owners]  # type: ignore[attr-defined]
                else:
                    people = getattr(c, "persons", [])
                for p in people:
                    targets.append((id(p), "person", " ".join(p.name), self.country_of(p)))
            else:
                ent = c.entity
                key = (ent.kind, ent.key)
                targets.append((key, ent.kind, ent.base, ent.country))
            for key, kind, name, country in targets:
                actor = by_key.get(key)
                if actor is None:
                    actor = Actor(id=f"A{len(actors) + 1}", name=name, kind=kind, country=country)
                    by_key[key] = actor
                    actors.append(actor)
                    names_seen[key] = []
                if kind != "person":
                    names_seen[key].append(name)
                role = c.resolved_role or (c.role_base if c.role and c.role.info.type != "relational" else None)
                m = Mention(c.start, c.end, text[c.start:c.end], actor.id,
                            role=role, country=c.country or country if kind == "person" else country,
                            kind=kind)
                actor.mentions.append(m)
                mentions.append(m)
        persons = {id(p): p for p in self.persons}
        for key, actor in by_key.items():
            if actor.kind == "person":
                p = persons[key]
                actor.roles = list(p.roles)
                actor.country = self.country_of(p)
                actor.name = " ".join(p.name)
            else:
                # the fullest name the article gives, in its nominative
                actor.name = max(names_seen[key], key=len) if names_seen[key] else actor.name
        mentions.sort(key=lambda m: (m.start, m.end))
        return actors, mentions


# --------------------------------------------------------------------------
# The statistical model's entities


def add_model_entities(doc: Doc, scanner: Scanner) -> None:
    """PER/ORG entities of a statistical pipeline where the rules found nothing."""
    for ent in doc.ents:
        if ent.label_ not in ("PER", "ORG"):
            continue
        i, j = ent.start, ent.end
        if any(scanner.blocked[k] or scanner.covered[k] for k in range(i, j)):
            continue
        if any(role_of(scanner.t(k)) for k in range(i, j)):
            continue
        while i < j and scanner.t(i).lower() in DETERMINERS:
            i += 1
        if i >= j:
            continue
        if ent.label_ == "PER":
            name = list(scanner.texts[i:j])
            cand = scanner.person_cand(i, j, weak=True)
            if name[-1].endswith("s") and len(name) == 1 and name[-1][:-1] in scanner.texts:
                cand.name = (name[-1][:-1],)
            scanner.add(cand)
        else:
            hit = scanner.phrase_at(i)
            text = " ".join(scanner.texts[i:j])
            entity = hit[1] if hit and hit[0] == j - i else Entity("organization", text, text, None, "")
            scanner.entity_cand(i, j, entity)


# --------------------------------------------------------------------------
# The component and the helpers the event extractor uses


def find_actors(doc: Doc) -> tuple[list[Actor], list[Mention]]:
    """Actors and mentions of a segmented Doc (pure function of the Doc)."""
    scanner = Scanner(doc)
    scanner.scan()
    if doc.has_annotation("ENT_IOB") and len(doc.ents):
        add_model_entities(doc, scanner)
    resolver = Resolver(doc, scanner.cands, scanner)
    resolver.cluster()
    resolver.propagate()
    resolver.coordinated_names()
    resolver.apply_roles()
    resolver.resolve_refs()
    return resolver.build()


@Language.factory("german_actors", default_config={})
def make_actors(nlp: Language, name: str) -> "ActorRecognizer":
    return ActorRecognizer()


class ActorRecognizer:
    """Sets ``doc._.actors`` and ``doc._.mentions``."""

    def __init__(self) -> None:
        lexicon()  # load the lexicons when the pipeline is built, not on the first Doc

    def __call__(self, doc: Doc) -> Doc:
        actors, mentions = find_actors(doc)
        doc._.actors = actors
        doc._.mentions = mentions
        return doc


def mentions_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """Mentions lying inside the character range [start, end), in text order."""
    return [m for m in doc._.mentions or () if m.start >= start and m.end <= end]


def actors_at(doc: Doc, start: int, end: int) -> list[Actor]:
    """All actors with a mention overlapping [start, end), most overlap first."""
    by_id = {a.id: a for a in doc._.actors or ()}
    scored: dict[str, int] = {}
    for m in doc._.mentions or ():
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > 0 or (start == end and m.start <= start < m.end):
            scored[m.actor_id] = max(scored.get(m.actor_id, 0), overlap)
    return [by_id[i] for i in sorted(scored, key=lambda i: -scored[i]) if i in by_id]


def actor_at(doc: Doc, start: int, end: int) -> Optional[Actor]:
    """The actor whose mention overlaps [start, end) most, or None."""
    found = actors_at(doc, start, end)
    return found[0] if found else None


def actor_by_id(doc: Doc, actor_id: str) -> Optional[Actor]:
    return next((a for a in doc._.actors or () if a.id == actor_id), None)
