""""sie" with a plural verb is "they": the sides of the act just told ("Merkel und Hollande haben
beraten. Sie wollen sich im Mai wieder treffen."); with a singular verb it stays "she"."""
from __future__ import annotations

import pytest

from .helpers import events, summary

PAIR = ["Angela Merkel", "François Hollande"]

# fmt: off
THEY = [
    ("Angela Merkel und François Hollande haben am Montag in Berlin beraten. "
     "Sie vereinbarten, sich bald wieder zu treffen.", ("meeting", PAIR, "planned")),
    ("Angela Merkel und François Hollande haben am Montag beraten. Sie wollen sich im Mai wieder treffen.",
     ("meeting", PAIR, "planned")),
    ("Angela Merkel und François Hollande sprachen am Montag in Paris. Danach trafen sie Matteo Renzi.",
     ("meeting", ["Angela Merkel", "François Hollande", "Matteo Renzi"], "occurred")),
]
# fmt: on


@pytest.mark.parametrize("text, expected", THEY)
def test_sie_with_a_plural_verb_are_the_sides_just_told(extractor, text, expected):
    found = [summary(e)[:3] for e in events(extractor, text, published="2016-04-12")]
    assert found[-1] == (expected[0], sorted(expected[1]), expected[2])


def test_sie_with_a_singular_verb_stays_she(extractor):
    text = "Kanzlerin Angela Merkel traf am Montag Präsident François Hollande. Sie sprach danach mit Matteo Renzi."
    found = {tuple(summary(e)[1]) for e in events(extractor, text, published="2016-04-12")}
    assert ("Angela Merkel", "Matteo Renzi") in found
