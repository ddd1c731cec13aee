"""Word tests: roles, country adjectives, comparison keys, place nouns, abbreviations (no pipeline)."""
from __future__ import annotations

import pytest

from extractor.components.actors import fold, lexicon, role_of


# fmt: off
ROLE_FORMS = [
    ("Präsidenten", "Präsident", None),
    ("Präsidentin", "Präsidentin", None),
    ("Präsidentinnen", "Präsidentin", None),
    ("Verteidigungsministerin", "Verteidigungsministerin", None),
    ("US-Verteidigungsminister", "Verteidigungsminister", "USA"),
    ("Kollegen", "Kollege", None),
    ("Vorsitzenden", "Vorsitzender", None),
    ("Finanzstaatssekretärs", "Finanzstaatssekretär", None),
    ("Päpste", "Papst", None),
    ("Landrätin", "Landrätin", None),
    ("Nato-Generalsekretär", "Generalsekretär", None),
]
# fmt: on


@pytest.mark.parametrize("form,base,country", ROLE_FORMS)
def test_actors_role_base_forms(form, base, country):
    rm = role_of(form)
    assert rm is not None and rm.base == base and rm.country == country


@pytest.mark.parametrize("word", ["Lautsprecher", "Grund", "Lage", "Gespräch", "Ukraine-Krieg"])
def test_actors_role_rejects_non_roles(word):
    assert role_of(word) is None


def test_actors_country_adjectives_inflected():
    adj = lexicon().country_adj
    for form in ("russisch" + e for e in ("e", "er", "en", "es", "em")):
        assert adj[form] == "RUS"
    assert adj["US-amerikanischen"] == "USA"


def test_actors_fold_ignores_accents_case_hyphens():
    assert fold("Erdoğan") == fold("erdogan") and fold("Jean-Noël") == fold("JeanNoel")


def test_actors_elided_role_needs_a_listed_office():
    from extractor.components.actors import _elided_role
    assert _elided_role("Staats-", "Parteichef") == "Staatschef"
    assert _elided_role("Außen-", "Verteidigungsministerin") == "Außenministerin"
    assert _elided_role("Obst-", "Gemüsehändler") is None
    assert _elided_role("Staats", "Parteichef") is None  # no truncation hyphen


def test_actors_place_nouns_come_from_the_lexicon():
    from extractor.components.actors import is_place_noun
    assert is_place_noun("Küstenort") and is_place_noun("Weltraumbahnhof") and is_place_noun("Kosmodrom")
    assert not is_place_noun("küstenort") and not is_place_noun("Minister")


def test_actors_role_lookup_is_memoised():
    # role_of runs for every capitalised token of every article: it must stay cached, for many words
    role_of("Außenministerin")
    hits = role_of.cache_info().hits
    assert role_of("Außenministerin") is not None and role_of.cache_info().hits == hits + 1
    assert role_of.maxsize >= 10_000


def test_actors_abbreviation_definitions_need_matching_initials():
    from extractor.components.actors import abbreviation_definitions
    assert abbreviation_definitions("mit der Gewerkschaft Hafen und Logistik ( GHL ) .".split()) == {2: (6, "GHL")}
    assert abbreviation_definitions("Der Deutsche Gewerkschaftsbund ( DGB ) klagt".split()) == {}  # inside a compound
    assert abbreviation_definitions("Olaf Scholz ( SPD ) sagte".split()) == {}
