"""The participle by its form: what tells "werden" + participle (passive) from "werden" + infinitive (future)."""
from __future__ import annotations

import pytest

from extractor.components.verb_forms import is_participle


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
