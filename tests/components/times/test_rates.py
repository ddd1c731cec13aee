"""A rate: an amount followed by 'im Monat', 'am Tag', 'in der Woche', 'im Jahr' is a SET ('per month').

The same words after no amount, or followed by what makes them one day or year ('im Jahr 2010',
'im Monat Mai', 'am Tag der Wahl', 'im Jahr zuvor'), are no rate. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from extractor.components.times import tag_times


def times(sentence: str, published: str = "2014-06-11") -> list[tuple]:
    return [(t.text, t.type, t.value) for t in tag_times(sentence, published)]


# fmt: off
RATES = [
    ("Die Pflegerin verdient 900 Euro im Monat dazu.", ("im Monat", "SET", "P1M")),
    ("Der Lift befördert 2000 Skifahrer am Tag.", ("am Tag", "SET", "P1D")),
    ("Rund 300 Lastwagen in der Woche rollen über den Pass.", ("in der Woche", "SET", "P1W")),
    ("Das Land zahlt 3 Millionen Euro im Jahr für den Nahverkehr.", ("im Jahr", "SET", "P1Y")),
    ("Sie übt vier Stunden am Tag auf der Geige.", ("am Tag", "SET", "P1D")),
]

NO_RATES = [
    ("Die Gemeinde zahlte 3 Millionen Euro im Jahr 2010.", ("Jahr 2010", "DATE", "2010")),
    ("Es gab drei Unfälle am Tag der Eröffnung.", None),
    ("Das Hotel zählte 5000 Gäste im Monat Mai.", None),
    ("Der Verein hatte 120 Mitglieder im Jahr zuvor.", ("Jahr zuvor", "DATE", "2013")),
    ("Am Tag nach der Wahl trat er zurück.", None),
]
# fmt: on


@pytest.mark.parametrize("sentence, expected", RATES)
def test_times_amount_in_a_unit_is_a_rate(sentence, expected):
    assert expected in times(sentence)


@pytest.mark.parametrize("sentence, expected", NO_RATES)
def test_times_unit_that_names_one_day_or_year_is_no_rate(sentence, expected):
    found = times(sentence)
    assert not [t for t in found if t[1] == "SET"]
    if expected is not None:
        assert expected in found
