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
