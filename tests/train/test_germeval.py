"""GermEval 2014 as training data: tags, split and spacing."""
from __future__ import annotations

import pytest

from extractor.train.germeval import Sentence, outer_tag, repair_bio, spaces


@pytest.mark.parametrize("raw,tag", [
    ("B-PER", "B-PER"), ("I-OTH", "I-MISC"), ("B-LOCderiv", "O"), ("I-ORGpart", "O"), ("O", "O"),
])
def test_germeval_outer_tags_map_to_the_four_labels(raw, tag):
    assert outer_tag(raw) == tag


def test_germeval_an_inside_tag_after_a_dropped_part_starts_an_entity():
    assert repair_bio(["O", "I-ORG", "I-ORG", "B-PER", "I-LOC"]) == ["O", "B-ORG", "I-ORG", "B-PER", "B-LOC"]


def test_germeval_split_by_sentence_number_holds_out_fifteen_percent():
    parts = [Sentence(n, ("a",), ("O",)).part for n in range(2000)]
    assert parts.count("heldout") == 300 and parts.count("dev") == 100


def test_germeval_spaces_follow_running_text():
    assert spaces(("Er", "sagte", ":", "„", "Ja", "“", ".")) == [True, False, True, False, False, False, False]
