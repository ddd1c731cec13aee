"""The days of one list or range share the month named after the last, and so its year.

'am 5., 6. und 7. Oktober' is one date phrase: its commas part no clauses, so the tense that picks
the year is read for every day where it is read for the month. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from extractor.components.times import tag_times


# fmt: off
LISTS = [
    ("2014-06-11", "Am 5., 6. und 7. Oktober wird im Stadttheater gespielt.", ["2013-10-05", "2013-10-06", "2013-10-07"]),
    ("2014-06-11", "Am 2., 3. und 4. Mai wurde die Messe besucht.", ["2014-05-02", "2014-05-03", "2014-05-04"]),
    ("2015-09-01", "Die Proben finden am 10., 11. und 12. November statt.", ["2015-11-10", "2015-11-11", "2015-11-12"]),
    ("2016-03-20", "Am 7., 8. und 9. Jänner hatten die Lifte geöffnet.", ["2016-01-07", "2016-01-08", "2016-01-09"]),
]
# fmt: on


@pytest.mark.parametrize("published, sentence, expected", LISTS)
def test_times_days_of_a_list_take_the_year_of_their_month(published, sentence, expected):
    assert [t.value for t in tag_times(sentence, published) if t.type == "DATE"] == expected
