"""Helpers of the time tests."""
from __future__ import annotations

from extractor.components.times import tag_times


def value_at(published: str, sentence: str, extent: str) -> list[str]:
    """The values of the expressions found over ``extent`` (a substring of the sentence)."""
    start = sentence.index(extent)
    end = start + len(extent)
    return [t.value for t in tag_times(sentence, published) if t.start < end and t.end > start]
