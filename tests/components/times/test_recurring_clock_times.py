"""A clock time of recurring days names no single day.

After 'jeweils', 'täglich', 'wochentags', 'werktags', a weekday adverb ('samstags') or a list or range of
days ('am 3. und 4. Mai', 'vom 3. bis 5. Mai') the clock time holds on each of those days: its TIMEX3 value is the time alone ('T20:00'), and it dates no act.
A clock time without such a word keeps the day of the text. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from extractor.components.times import tag_times


def clock_times(sentence: str, published: str = "2014-06-11") -> list[tuple]:
    return [(t.text, t.value) for t in tag_times(sentence, published) if t.type == "TIME"]


# fmt: off
RECURRING = [
    ("Die Bühne spielt am 12. und 13. Juni, jeweils um 20 Uhr.", [("20 Uhr", "T20:00")]),
    ("Das Freibad hat täglich von 9 bis 19 Uhr geöffnet.", [("9", "T09:00"), ("19 Uhr", "T19:00")]),
    ("Wochentags von 8 bis 12.30 Uhr nimmt das Amt Anträge an.", [("8", "T08:00"), ("12.30 Uhr", "T12:30")]),
    ("Der Bauernmarkt findet samstags ab 7 Uhr auf dem Kornplatz statt.", [("7 Uhr", "T07:00")]),
    ("Die Bücherei öffnet montags und donnerstags von 15 bis 18 Uhr.", [("15", "T15:00"), ("18 Uhr", "T18:00")]),
    # after several days: the hours hold on each of them
    ("Das Dorffest dauert am 25. und 26. Juli von 10 bis 23 Uhr.", [("10", "T10:00"), ("23 Uhr", "T23:00")]),
    ("Gespielt wird vom 3. bis 5. Oktober 2014, jeweils 20 Uhr.", [("20 Uhr", "T20:00")]),
    ("Die Ausstellung war am 2., 3. und 4. Mai ab 9 Uhr zugänglich.", [("9 Uhr", "T09:00")]),
]

ONE_DAY = [
    ("Um 20 Uhr begann das Konzert im Kursaal.", [("20 Uhr", "2014-06-11T20:00")]),
    ("Am Samstag ab 8 Uhr war die Straße gesperrt.", [("Samstag ab 8 Uhr", "2014-06-07T08:00")]),
]
# fmt: on


@pytest.mark.parametrize("sentence, expected", RECURRING)
def test_times_clock_time_of_recurring_days_has_no_day(sentence, expected):
    assert clock_times(sentence) == expected


@pytest.mark.parametrize("sentence, expected", ONE_DAY)
def test_times_clock_time_of_one_day_keeps_its_day(sentence, expected):
    assert clock_times(sentence) == expected
