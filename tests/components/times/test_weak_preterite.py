"""A weak verb's preterite tells a past act also where a name follows it ("Am Montag stattete Kurz
Serbien einen Besuch ab", dated on a Sunday: the Monday before, not the next day; the sentences are
rows of test_news_values.py).  The lemma table tells it from an adjective of the same shape ("gute
Nachrichten": gut) and from a present plural ("arbeiten")."""
from __future__ import annotations

import pytest

from extractor.components.verb_forms import weak_preterite


@pytest.mark.parametrize("word, past", [
    ("stattete", True), ("besuchte", True), ("forderten", True), ("telefonierte", True),
    ("gute", False), ("bekannte", False), ("arbeiten", False), ("letzte", False),
])
def test_weak_preterite_by_the_lemma_table(word, past):
    assert weak_preterite(word) is past
