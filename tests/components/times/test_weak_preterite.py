"""A weak verb's preterite tells a past act also where a name follows it ("Am Montag stattete Kurz
Serbien einen Besuch ab", dated on a Sunday: the Monday before, not the next day).  The lemma
table tells it from an adjective of the same shape ("gute Nachrichten": gut) and from a present
plural ("arbeiten")."""
from __future__ import annotations

import pytest

from extractor.components.verb_forms import weak_preterite

from .helpers import value_at

# fmt: off
ROWS = [
    ('2016-04-10', 'Am Montag stattete Kurz Serbien einen Besuch ab.', 'Montag', '2016-04-04'),
    ('2016-04-10', 'Am Montag kritisierte Faymann Orbán scharf.', 'Montag', '2016-04-04'),
    ('2016-04-10', 'Am Montag forderten Grüne und Neos Aufklärung.', 'Montag', '2016-04-04'),
    ('2016-04-10', 'Am Montag gibt es gute Nachrichten für Linz.', 'Montag', '2016-04-11'),
    ('2016-04-10', 'Am Montag arbeiten die Minister an dem Plan.', 'Montag', '2016-04-11'),
]
# fmt: on


@pytest.mark.parametrize("published, sentence, extent, value", ROWS)
def test_a_weak_preterite_before_a_name_dates_the_past(published, sentence, extent, value):
    assert value_at(published, sentence, extent)[:1] == [value]


@pytest.mark.parametrize("word, past", [
    ("stattete", True), ("besuchte", True), ("forderten", True), ("telefonierte", True),
    ("gute", False), ("bekannte", False), ("arbeiten", False), ("letzte", False),
])
def test_weak_preterite_by_the_lemma_table(word, past):
    assert weak_preterite(word) is past
