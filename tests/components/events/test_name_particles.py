"""An article inside a name ("Van der Bellen", "von der Leyen") belongs to that name: the name
after it is the verb's object, not a genitive attribute of "Bellen"."""
from __future__ import annotations

import pytest

from .helpers import events, summary


@pytest.mark.parametrize("text,expected", [
    ("Gestern empfing Alexander Van der Bellen Bundeskanzler Karl Nehammer in der Hofburg.",
     ("meeting", ["Alexander Van der Bellen", "Karl Nehammer"])),
    ("Am Montag traf Alexander Van der Bellen den Präsidenten Wolodymyr Selenskyj.",
     ("meeting", ["Alexander Van der Bellen", "Wolodymyr Selenskyj"])),
    ("Am Dienstag rief Ursula von der Leyen Kanzler Olaf Scholz an.",
     ("call", ["Olaf Scholz", "Ursula von der Leyen"])),
    ("Danach empfing Ursula von der Leyen Präsident Emmanuel Macron in Brüssel.",
     ("meeting", ["Emmanuel Macron", "Ursula von der Leyen"])),
])
def test_article_inside_a_name_is_no_genitive(extractor, text, expected):
    assert [summary(e)[:2] for e in events(extractor, text)] == [expected]


def test_genitive_after_a_common_noun_is_still_an_attribute(extractor):
    # "die Politik der Gewerkschaft": the union qualifies "Politik" and meets no one
    text = "Bundeskanzler Olaf Scholz kritisierte bei einem Treffen mit Präsident Emmanuel Macron die Politik der Gewerkschaft Verdi."
    assert [summary(e)[:2] for e in events(extractor, text)] == [("meeting", ["Emmanuel Macron", "Olaf Scholz"])]
