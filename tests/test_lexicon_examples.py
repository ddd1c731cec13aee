"""Every lexicon row's example yields what its row says (issue 15, item 3), as the time rules'
examples do (they are checked on load).

The example is tokenised by the embedded pipeline's tokenizer and the row's own rule is applied
to its tokens: a contact verb or noun is found as that trigger with the row's type (and a
separable verb's particle stands in the sentence or is joined), a cue with the row's kind, a
press word in its class, a word of another reading matches its reading.  An example alone is
often no whole event ("Nach einem Telefongespräch mit Biden ..."), so the test asks the rule
that the row feeds, not the whole pipeline.
"""
from __future__ import annotations

import pytest
import spacy

from extractor.components.events.press import press_words
from extractor.components.events.readings import _is
from extractor.components.triggers import trigger_lexicon
from extractor.resources import load_table

TOKENIZER = spacy.blank("de").tokenizer


def _tokens(text: str) -> list[str]:
    return [t.text for t in TOKENIZER(text)]


def _rows(table: str, key: str) -> list:
    return [pytest.param(row, id=f"{row[key]}:{row.get('kind') or row.get('class') or row.get('reading') or ''}")
            for row in load_table(table, key=key)]


@pytest.mark.parametrize("row", _rows("contact_adverbs.tsv", "word"))
def test_contact_adverb_example_has_the_adverb_as_a_means_trigger(row):
    lowers = [t.lower() for t in _tokens(row["example"])]
    found = [trig for t in lowers for trig in trigger_lexicon().verb(t) if trig.lemma == row["word"]]
    assert found and all(trig.means and trig.type == row["type"] for trig in found), row["example"]


@pytest.mark.parametrize("row", _rows("contact_verbs.tsv", "lemma"))
def test_contact_verb_example_has_the_trigger(row):
    lex, toks = trigger_lexicon(), _tokens(row["example"])
    lowers = [t.lower() for t in toks]
    found = [(t, trig) for t in lowers for trig in lex.verb(t) if trig.lemma == row["lemma"]]
    assert found, f"no form of {row['lemma']!r} in {row['example']!r}"
    assert {trig.type for _, trig in found} == {row["type"]}
    # a separable verb's split form needs its particle in the sentence ("rief ... an")
    assert any(not trig.particle or trig.particle in lowers for _, trig in found), row["example"]


@pytest.mark.parametrize("row", _rows("contact_nouns.tsv", "lemma"))
def test_contact_noun_example_has_the_trigger(row):
    lex = trigger_lexicon()
    found = [trig for t in _tokens(row["example"]) if (trig := lex.noun(t)) is not None and trig.lemma == row["lemma"]]
    assert found, f"no form of {row['lemma']!r} in {row['example']!r}"
    assert {(trig.type, trig.mode) for trig in found} == {(row["type"], row["mode"])}


@pytest.mark.parametrize("row", _rows("event_cues.tsv", "cue"))
def test_event_cue_example_has_the_cue(row):
    lex, lowers = trigger_lexicon(), [t.lower() for t in _tokens(row["example"])]
    kinds = {c.kind for t in lowers for c in lex.cue(t) if t == row["cue"]}
    assert row["kind"] in kinds, f"{row['cue']!r} ({row['kind']}) not in {row['example']!r}"
    if row["particle"]:
        # the particle closes the clause ("sagte ... ab") or is joined ("abgesagt")
        assert row["particle"] in lowers or any(t.startswith(row["particle"]) for t in lowers), row["example"]


@pytest.mark.parametrize("row", _rows("press_words.tsv", "word"))
def test_press_word_example_has_the_word_in_its_class(row):
    saying, media = press_words()
    words = {"saying": saying, "medium": media}[row["class"]]
    lowers = [t.lower() for t in _tokens(row["example"])]
    assert row["word"] in lowers and row["word"] in words, row["example"]
    assert any(t in ("im", "einem") for t in lowers) and "gespräch" in lowers, "the press formula"


@pytest.mark.parametrize("row", _rows("other_readings.tsv", "word"))
def test_other_reading_example_has_a_word_of_the_reading(row):
    lowers = [t.lower() for t in _tokens(row["example"])]
    matching = [t for t in lowers if _is(row["reading"], t)]
    word = row["word"].lower().strip("~")
    assert any(word in t for t in matching), f"{row['word']!r} ({row['reading']}) in {row['example']!r}"


@pytest.mark.parametrize("row", _rows("press_roles.tsv", "word"))
def test_press_role_example_names_a_journalist_in_a_talk(row):
    lowers = [t.lower() for t in _tokens(row["example"])]
    assert any(t.endswith(row["word"]) for t in lowers), row["example"]
