"""Step 0, once per resource folder: the lexicons under ``resources/de`` (or the folder the
``german_actors`` component's ``resources`` setting names) compiled into dictionaries (states
and cities with their case forms, organisations, roles, organisation words, names)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

import spacy

from ...resources import german_lemma_table, load_lines, load_table, per_folder
from ...lang.de.adverbs import COMPANION_ADVERBS, FIRST_WORDS, HABIT_COMPARISON, SCENE_WORDS, SEQUENCE_WORDS
from ...lang.de.conjunctions import CONJUNCTIONS, CONTRASTED_NEGATIONS, COORD_CLAUSE, INFINITIVE_CONJUNCTIONS
from ...lang.de.determiners import (ARTICLES, DEMONSTRATIVES, GENITIVE_POSSESSIVES, GENITIVE_RELATIVES, IMPERSONAL_SUBJECTS,
                                   NOBODY, POSSESSIVES,
                                    PRONOUNS_MASC)
from ...lang.de.endings import (ADJECTIVE_ENDINGS, FEMALE_SUFFIXES, GENITIVE_ENDINGS, GENITIVE_S_ARTICLES, NOUN_SUFFIXES,
                                SIBILANTS, UNSTRESSED_ENDINGS)
from ...lang.de.nouns import DAY_PARTS, WEEKDAYS
from ...lang.de.numerals import PLURAL_WORDS
from ...lang.de.prepositions import MEANS_PREPS, PAST_CONTACT_PREPOSITIONS, PREPOSITIONS
from ..word_endings import EndingIndex

# Kinds of entity: places (a state or a city) and organisations (one or a group).
PLACE_KINDS = ("country", "city")
ORG_KINDS = ("organization", "group")
# Closed-class words that open sentences capitalised are never (part of) a person's name ("Der",
# "Nach", "Montag", "Per E-Mail teilte sie mit"); non_names.txt lists the other such words.
CLOSED_CLASS_NON_NAMES = frozenset(w.capitalize() for w in (
    ARTICLES | POSSESSIVES | GENITIVE_POSSESSIVES | GENITIVE_RELATIVES | DEMONSTRATIVES | PRONOUNS_MASC | PLURAL_WORDS
    | CONJUNCTIONS | COORD_CLAUSE | INFINITIVE_CONJUNCTIONS | PREPOSITIONS | PAST_CONTACT_PREPOSITIONS | MEANS_PREPS
    | SEQUENCE_WORDS | FIRST_WORDS | SCENE_WORDS | COMPANION_ADVERBS | IMPERSONAL_SUBJECTS | NOBODY | CONTRASTED_NEGATIONS
    | HABIT_COMPARISON) | set(WEEKDAYS) | set(DAY_PARTS))
# (gender, type) of an institution noun the table does not list ("Verkehrsministerium").
DEFAULT_INSTITUTION = ("n", "gov")


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


@dataclass(frozen=True)
class ClassNoun:
    """A form of a noun naming a class of organisation (``class_nouns.tsv``): "Konzern",
    "Konzerns" (genitive), with the types it may refer to."""
    noun: str                 # nominative singular ("Konzern")
    gender: str               # m|f|n
    genitive: bool            # the form is a genitive ("des Konzerns")
    refers: frozenset[str]    # organisation types; an organisation named with the noun always counts


@dataclass(frozen=True)
class PersonAnaphor:
    """A form of a noun that refers back to a named person (``person_anaphors.tsv``): "Gastgeber",
    "Gastgebers" (genitive), "Gastgeberin"."""
    noun: str                 # masculine nominative singular ("Gastgeber")
    female: Optional[bool]    # the person's sex the form gives; None: the noun's gender is grammatical only
    feminine: bool            # the female form ("Gastgeberin"), whatever the sex column says
    genitive: bool            # the masculine genitive ("des Gastgebers")


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
    heads: EndingIndex[tuple[RoleInfo, Optional[bool]]]  # heads of role compounds, longest first
    adj_heads: list[tuple[str, RoleInfo]]
    first_names: frozenset[str]
    family_first: frozenset[str]
    non_names: frozenset[str]
    honorifics: frozenset[str]
    org_intro: dict[str, str]
    org_suffix: dict[str, str]                 # legal form or club suffix -> type ("AG", "FC")
    institutions: dict[str, tuple[str, str]]   # noun -> (gender, type)
    org_name_heads: tuple[tuple[str, str, str], ...]  # endings heading an organisation's name: (ending, type, gender)
    known: "KnownWords"
    lemma: dict[str, str]
    # first token of a phrase -> the token counts of the phrases it starts, longest first
    phrase_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    person_intros: frozenset[str] = frozenset()  # intro nouns that also describe a person
    not_org_letters: frozenset[str] = frozenset()  # capital-letter words that name no organisation
    # nouns saying what a person is, before a name ("der Rapper Eminem"): every form, and
    # the lower-case heads that also end compounds ("Opernsänger")
    person_nouns: frozenset[str] = frozenset()
    person_noun_heads: EndingIndex[None] = field(default_factory=lambda: EndingIndex(()))
    # given names that are surnames as often ("Walker", "Lula"): a name may start with one,
    # but further inside a name it is a surname ("Carmen Walker Späh")
    leading_only_first: frozenset[str] = frozenset()
    # the given names only the open-data list has (first_names_faker.tsv): rarer here, so a
    # German word after one is no surname ("Badawi Anfang")
    open_only_first: frozenset[str] = frozenset()
    class_nouns: dict[str, ClassNoun] = field(default_factory=dict)  # "Konzern", "Konzerns" -> its class
    # heads of compound class nouns ("energiekonzern" ends in "konzern"), and the first parts that
    # make such a compound another body ("Mutterkonzern")
    class_noun_heads: EndingIndex[tuple[str, ClassNoun]] = field(default_factory=lambda: EndingIndex(()))
    class_noun_relations: frozenset[str] = frozenset()
    person_anaphors: dict[str, PersonAnaphor] = field(default_factory=dict)  # "Gast", "Gastes" -> its noun
    # plural group nouns (collectives.tsv): each form -> (nominative plural, type, names a body alone)
    collectives: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    collective_scopes: frozenset[str] = frozenset()  # "international": makes a plural group definite
    # plural nouns for a state's people ("Italiener", dative "Italienern") -> (state, dative form?)
    demonyms: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # surnames of the open-data list (surnames_faker.txt), read only in a person's slot
    surnames: frozenset[str] = frozenset()
    # lemmas of verbs of saying (speaker_verbs.txt): a bare word beside one is the speaker
    speaker_verbs: frozenset[str] = frozenset()
    # given name -> the sex it tells (given_name_sex.tsv; True: a woman's name, False: a man's)
    given_name_sex: dict[str, bool] = field(default_factory=dict)
    org_prefix: dict[str, str] = field(default_factory=dict)  # "FC", "SV": open a club's name


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
            for end in ADJECTIVE_ENDINGS:
                if tok.endswith(end) and len(tok) > len(end) + 2:
                    stem = tok[: -len(end)]
                    opts.extend(stem + e for e in ADJECTIVE_ENDINGS)
                    break
        if k == len(toks) - 1 and genitive and tok[-1:].isalpha() and not tok.isupper():
            if tok[-1] not in SIBILANTS:
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


class Places(NamedTuple):
    """What the states table gives besides its phrases."""
    country_adj: dict[str, str]       # inflected adjective -> iso
    adj_stem: dict[str, str]          # iso -> first adjective stem
    country_names: dict[str, str]     # iso -> name
    prefixes: dict[str, tuple[Optional[str], Optional[str]]]  # prefix -> (country, org)


def _states_and_cities(phrases: dict[tuple[str, ...], Entity], root: Path) -> Places:
    """States and their capitals (as governments) in all case forms, into ``phrases``."""
    country_adj: dict[str, str] = {}
    adj_stem: dict[str, str] = {}
    country_names: dict[str, str] = {}
    prefixes: dict[str, tuple[Optional[str], Optional[str]]] = {}
    cities: list[tuple[str, str, str]] = []
    for row in load_table("countries.tsv", key="iso3", root=root):
        iso, name, article = row["iso3"], row["name"], row["article"]
        country_names[iso] = name
        gen = article in GENITIVE_S_ARTICLES
        for variant in [name] + _split(row["variants"]):
            base_toks = _tokens(variant)
            for form in _inflected_phrases(variant, gen):
                _add_phrase(phrases, form, Entity("country", iso, variant, iso,
                                                  genitive=(form != base_toks and form[-1] != base_toks[-1])))
            if " " not in variant:
                prefixes.setdefault(variant, (iso, None))
        for stem in _split(row["adjectives"]):
            adj_stem.setdefault(iso, stem)
            for end in ADJECTIVE_ENDINGS:
                country_adj.setdefault(stem + end, iso)
        for p in _split(row["prefixes"]):
            prefixes[p] = (iso, None)
        for cap in _split(row["capitals"]):
            cities.append((cap, iso, _split(row["capitals"])[0]))
    for cap, iso, first in cities:
        for form in _inflected_phrases(cap, True):
            _add_phrase(phrases, form, Entity("city", f"city:{iso}:{first}", cap, iso,
                                              genitive=form[-1] != _tokens(cap)[-1]))
    _regions(phrases, root)
    return Places(country_adj, adj_stem, country_names, prefixes)


def _regions(phrases: dict[tuple[str, ...], Entity], root: Path) -> None:
    """Länder and large cities (regions.tsv) as places, in all case forms; a state or capital
    of the same name keeps its entry."""
    for row in load_table("regions.tsv", key="name", root=root):
        name = row["name"]
        for form in _inflected_phrases(name, row["genitive"] == "yes"):
            if form not in phrases:
                _add_phrase(phrases, form, Entity("city", f"place:{name}", name, None,
                                                  genitive=form[-1] != _tokens(name)[-1]))


def _organisations(phrases: dict[tuple[str, ...], Entity],
                   prefixes: dict[str, tuple[Optional[str], Optional[str]]], root: Path) -> None:
    """Organisations in all case forms, into ``phrases``; those used as prefixes ("Nato-"),
    into ``prefixes``."""
    for row in load_table("organisations.tsv", key="name", root=root):
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


class Roles(NamedTuple):
    """The roles table compiled: every form of a role and the heads of compounds."""
    forms: dict[str, tuple[RoleInfo, Optional[bool], bool]]   # form -> (role, female, plural)
    pairs: dict[str, tuple[str, str]]    # masculine or female base -> (masculine, female)
    groups: dict[str, str]               # base form -> group
    heads: EndingIndex[tuple[RoleInfo, Optional[bool]]]      # head -> (role, female), longest first
    adj_heads: list[tuple[str, RoleInfo]]


def _roles(root: Path) -> Roles:
    forms: dict[str, tuple[RoleInfo, Optional[bool], bool]] = {}
    pairs: dict[str, tuple[str, str]] = {}
    groups: dict[str, str] = {}
    heads: list[tuple[str, RoleInfo, Optional[bool]]] = []
    adj_heads: list[tuple[str, RoleInfo]] = []
    for row in load_table("roles.tsv", key="role", root=root):
        info = RoleInfo(row["role"], row["female"], row["class"], row["type"],
                        row["country"] or None, row["group"])
        masc, fem = row["role"], row["female"]
        for form in (masc, fem):
            if form:
                pairs[form] = (masc, fem)
                groups[form] = row["group"]
        if info.cls == "adj":
            stem = masc[:-2]  # "Vorsitzender" -> "Vorsitzend"
            for end in ADJECTIVE_ENDINGS:
                forms.setdefault(stem + end, (info, False if end == "er" else None, False))
            if row["head"] == "yes":
                adj_heads.append((stem.lower(), info))
        elif info.cls == "fixed":
            forms.setdefault(masc, (info, None, False))
        else:
            for suf in NOUN_SUFFIXES:
                forms.setdefault(masc + suf, (info, False, False))
            forms[masc] = (info, False, False)
            if fem:
                forms.setdefault(fem, (info, True, False))
                forms.setdefault(fem + "nen", (info, True, True))
            for f in _split(row["forms"]):
                forms.setdefault(f, (info, False, True))
            if row["head"] == "yes":
                heads.append((masc.lower(), info, False))
                if fem:
                    heads.append((fem.lower(), info, True))
    for form, value in list(forms.items()):
        if "ß" in form:  # Swiss spelling: "Aussenminister"
            forms.setdefault(form.replace("ß", "ss"), value)
    heads.sort(key=lambda h: -len(h[0]))
    return Roles(forms, pairs, groups, EndingIndex((h, (info, female)) for h, info, female in heads), adj_heads)


class OrgWords(NamedTuple):
    """The organisation words table by use."""
    intro: dict[str, str]                     # introducing noun -> type ("die Gewerkschaft X")
    suffix: dict[str, str]                    # legal forms and club suffixes -> type ("AG", "GmbH", "FC")
    institutions: dict[str, tuple[str, str]]  # noun -> (gender, type)
    name_heads: tuple[tuple[str, str, str], ...]  # (ending, type, gender), longest first
    person_intros: frozenset[str]             # intro nouns that also describe a person
    prefix: dict[str, str]                    # abbreviations opening a club's name -> type ("FC", "SV")


def _org_words(root: Path) -> OrgWords:
    org_intro, org_suffix, institutions, name_heads, person_intros, org_prefix = {}, {}, {}, [], set(), {}
    for row in load_table("org_heads.tsv", key="word", root=root):
        if row["use"] == "intro":
            org_intro[row["word"]] = row["type"]
            if row.get("person") == "yes":
                person_intros.add(row["word"])
        elif row["use"] == "suffix":
            org_suffix[row["word"]] = row["type"]
        elif row["use"] == "prefix":
            org_prefix[row["word"]] = org_suffix[row["word"]] = row["type"]  # "FC Bayern", "Brentford FC"
        elif row["use"] == "head":
            name_heads.append((row["word"].lower(), row["type"], row["gender"]))
        else:
            institutions[row["word"]] = (row["gender"], row["type"])
    name_heads.sort(key=lambda h: -len(h[0]))
    return OrgWords(org_intro, org_suffix, institutions, tuple(name_heads), frozenset(person_intros), org_prefix)


def _person_nouns(root: Path) -> tuple[frozenset[str], EndingIndex[None]]:
    """Every form of the nouns of ``person_nouns.tsv``, and the heads of compounds."""
    forms: set[str] = set()
    heads: set[str] = set()
    for row in load_table("person_nouns.tsv", key="noun", root=root):
        noun, female = row["noun"], row["female"]
        if row["head"] != "only":  # "only": a compound's head, alone a surname ("Koch")
            forms.update(noun + suf for suf in NOUN_SUFFIXES)
            if female:
                forms.update(female + suf for suf in FEMALE_SUFFIXES)
        if row["head"] in ("yes", "only"):
            heads.update(w.lower() for w in (noun, female) if w)
    return frozenset(forms), EndingIndex((h, None) for h in sorted(heads))


def _class_nouns(root: Path) -> tuple[dict[str, ClassNoun], EndingIndex[tuple[str, ClassNoun]], frozenset[str]]:
    """Each singular form of a class noun (``class_nouns.tsv``) -> its class; the lower-case
    forms that also head compounds ("Energiekonzern"); the first parts that make a compound
    name another body (``class_noun_relations.txt``)."""
    out: dict[str, ClassNoun] = {}
    heads: list[tuple[str, tuple[str, ClassNoun]]] = []
    for row in load_table("class_nouns.tsv", key="noun", root=root):
        refers = frozenset(_split(row["refers"]))
        forms = [(row["noun"], False)] + [(form, True) for form in _split(row["genitive"])]
        for form, genitive in forms:
            noun = ClassNoun(row["noun"], row["gender"], genitive, refers)
            if row["compounds"] != "only":
                out[form] = noun
            if row["compounds"]:
                heads.append((form.lower(), (form.lower(), noun)))
    return out, EndingIndex(heads), load_lines("class_noun_relations.txt", root=root)


def _demonyms(root: Path) -> dict[str, tuple[str, bool]]:
    """Each plural form of a state's people (``demonyms.tsv``) -> (state, is the dative in -n):
    "Italiener" and "Italienern"; a noun in -n has no dative of its own ("Russen")."""
    out: dict[str, tuple[str, bool]] = {}
    for row in load_table("demonyms.tsv", key="noun", root=root):
        noun = row["noun"]
        out[noun] = (row["country"], False)
        if not noun.endswith("n"):
            out[noun + "n"] = (row["country"], True)
    return out


def _person_anaphors(root: Path) -> dict[str, PersonAnaphor]:
    """Each singular form of a noun of ``person_anaphors.tsv`` -> what it says of the person."""
    out: dict[str, PersonAnaphor] = {}
    for row in load_table("person_anaphors.tsv", key="noun", root=root):
        noun, sexed = row["noun"], row["sex"] == "yes"
        out[noun] = PersonAnaphor(noun, False if sexed else None, False, False)
        # "des Gastes"/"des Gasts", but only "des Gastgebers": an unstressed -er takes -s alone
        for suffix in ("s",) if noun.endswith(UNSTRESSED_ENDINGS) else GENITIVE_ENDINGS[1:]:
            out.setdefault(noun + suffix, PersonAnaphor(noun, False if sexed else None, False, True))
        if row["female"]:
            out[row["female"]] = PersonAnaphor(noun, True, True, False)
    return out


def _collectives(root: Path) -> dict[str, tuple[str, str, bool]]:
    """Each form of a plural group noun of ``collectives.tsv`` -> (nominative, type, alone)."""
    out: dict[str, tuple[str, str, bool]] = {}
    for row in load_table("collectives.tsv", key="noun", root=root):
        entry = (row["noun"], row["type"], row["alone"] == "yes")
        out[row["noun"]] = entry
        if row["dative"]:
            out[row["dative"]] = entry
    return out


def _phrase_lengths(phrases: dict[tuple[str, ...], Entity]) -> dict[str, tuple[int, ...]]:
    """First token of a phrase -> the token counts of the phrases it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in phrases:
        lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}


def known_place(word: str) -> Optional[Entity]:
    """The state or city a single word names ("Wien", "Washington"), if the lexicon knows one."""
    ent = lexicon().phrases.get((word,))
    return ent if ent is not None and ent.kind in PLACE_KINDS else None


@per_folder
def lexicon(root: Path) -> Lexicon:
    """All actor lexicons of a resource folder, compiled once into dictionaries
    (``lexicon()``: the folder of the component running now, else the packaged one)."""
    phrases: dict[tuple[str, ...], Entity] = {}
    places = _states_and_cities(phrases, root)
    _organisations(phrases, places.prefixes, root)
    roles = _roles(root)
    orgs = _org_words(root)
    table = german_lemma_table()
    known = KnownWords(table)
    non_names = load_lines("non_names.txt", root=root) | CLOSED_CLASS_NON_NAMES
    listed = load_lines("first_names.txt", root=root)
    open_data = load_table("first_names_faker.tsv", key="name", root=root)
    first = frozenset(n for n in listed | {row["name"] for row in open_data} if n not in non_names)
    # a given name Faker also lists as a surname, and the hand-made list does not have
    leading_only = frozenset(row["name"] for row in open_data if row["also_surname"] == "yes") - listed
    open_only = frozenset(row["name"] for row in open_data) - listed
    return Lexicon(phrases, max(len(k) for k in phrases), places.country_adj, places.adj_stem,
                   places.country_names, places.prefixes, roles.forms, roles.pairs, roles.groups,
                   roles.heads, roles.adj_heads, first, load_lines("family_names_first.txt", root=root), non_names,
                   load_lines("honorifics.txt", root=root), orgs.intro, orgs.suffix, orgs.institutions, orgs.name_heads,
                   known, table, _phrase_lengths(phrases), orgs.person_intros,
                   load_lines("acronyms_not_organisations.txt", root=root), *_person_nouns(root), leading_only, open_only,
                   *_class_nouns(root), _person_anaphors(root), _collectives(root),
                   load_lines("collective_scopes.txt", root=root), _demonyms(root),
                   load_lines("surnames_faker.txt", root=root), load_lines("speaker_verbs.txt", root=root),
                   {row["name"]: row["sex"] == "f" for row in load_table("given_name_sex.tsv", key="name", root=root)},
                   orgs.prefix)

FEDERAL = Entity("organization", "Bund", "Bund", "DEU", "gov")
STATES = Entity("group", "Länder", "Länder", "DEU", "gov")
