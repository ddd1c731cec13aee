"""The participle by its form: what tells "werden" + participle (passive) from "werden" + infinitive (future)."""
from __future__ import annotations

import pytest

from extractor.components.verb_forms import is_participle, looks_participle_or_prefixed


@pytest.mark.parametrize("word", ["gemacht", "gesprochen", "angerufen", "zusammengekommen", "abgeschlossen",
                                  "informiert", "verschickt", "übermittelt", "bestellt"])
def test_participle_forms_are_participles(word):
    assert is_participle(word)


@pytest.mark.parametrize("word", [
    "treffen", "telefonieren", "geben", "gehen", "gelten",  # infinitives, some with ge- as their own
    "angehören", "geraten",  # ge- begins the stem: the infinitive looks like a participle
    "empfangen", "bekommen",  # -en without ge-: infinitive and participle alike, no participle here
    "Gemacht",  # a capitalised word is no verb at the clause end
])
def test_infinitives_and_ambiguous_forms_are_no_participles(word):
    assert not is_participle(word)


@pytest.mark.parametrize("word, participle", [
    ("entmachtet", True), ("übergangen", True), ("verärgert", True), ("stattgefunden", True),
    ("erneut", False),  # an adverb of that shape, too short for prefix and stem
    ("verhalten", True),  # by form alone an infinitive looks the same: only for a participle's slot
    ("vertrag", False),
])
def test_a_participle_without_ge_is_told_by_its_prefix(word, participle):
    assert looks_participle_or_prefixed(word) is participle
