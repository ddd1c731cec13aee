"""EndingIndex: the listed heads a German compound ends in, first-ranked first."""
from __future__ import annotations

import pytest

from extractor.components.word_endings import EndingIndex

HEADS = EndingIndex([("ministerin", "Ministerin"), ("treffen", "Treffen"), ("in", "Suffix"), ("chef", "Chef")])


@pytest.mark.parametrize("word, head", [
    ("verteidigungsministerin", "Ministerin"),  # two heads end it: the first-ranked one
    ("krisentreffen", "Treffen"),
    ("parteichef", "Chef"),
    ("chef", None),                 # no letters ahead of the head: the word itself, no compound
    ("gipfel", None),
])
def test_first_head_a_compound_ends_in(word, head):
    assert HEADS.first(word, 2) == head


def test_matches_count_letters_ahead_of_the_head():
    assert [v for _, v in HEADS.matches("abcchef", 2)] == ["Chef"]
    assert list(HEADS.matches("abchef", 2)) == []
    assert [v for _, v in HEADS.matches("abchef", 2, length=7)] == ["Chef"]


def test_an_empty_ending_is_refused():
    with pytest.raises(ValueError):
        EndingIndex([("", 1)])


def test_first_gives_the_same_answer_when_asked_again():
    index = EndingIndex([("minister", "role"), ("ministerin", "female role")])
    assert index.first("außenministerin", 2) == "female role"
    assert index.first("außenministerin", 2) == "female role"  # now from the memo
    assert index.first("minister", 2) is None  # too short a first part: no compound
    assert index.first("minister", 0) is None and index.first("minister", -1) == "role"
