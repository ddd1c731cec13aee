"""Contact trigger lexicon: which words may report a contact."""
from __future__ import annotations

import pytest

from extractor.components import triggers
from extractor.components.triggers import trigger_lexicon, weak_forms


@pytest.mark.parametrize("word, expected", [
    ("telefonierte", True),      # a verb form
    ("treffen", True),           # the infinitive, lower case
    ("Treffen", True),           # the noun
    ("Krisentreffen", True),     # a compound ending in a contact noun
    ("Telefonate", True),        # a plural the lookup lemmas miss
    ("Tisch", False),
    ("gestern", False),
])
def test_triggers_is_trigger_word(word, expected):
    lex = trigger_lexicon()
    assert lex.is_trigger_word(word) is expected
    assert lex.is_trigger_word(word) is expected  # the memoised answer is the same


def test_triggers_word_memo_is_bounded(monkeypatch):
    lex = trigger_lexicon()
    monkeypatch.setattr(triggers, "WORD_MEMO_LIMIT", 2)
    lex.may_trigger.clear()
    for word in ("Tisch", "Stuhl", "Lampe", "Treffen"):
        lex.is_trigger_word(word)
    assert len(lex.may_trigger) <= 3 and lex.may_trigger.get("Treffen") is True


def test_events_verb_forms_come_from_data_not_lookup_lemmas():
    lex = trigger_lexicon()
    for form in ("sprachen", "getroffen", "trafen", "telefonierten", "anrief", "angerufen", "zusammengekommen",
                 "ausgetauscht", "empfing", "besuchte"):
        assert lex.verb(form), form
    assert weak_forms("telefonier")[:3] == ["telefoniere", "telefonieren", "telefonierst"]
    assert lex.noun("Krisentreffen").type == "meeting"
    assert lex.noun("Putin-Biden-Telefonat").type == "call"
    assert lex.noun("Gefangenenaustausch") is None
