"""A person after "unter" right after a body's name leads that body ("das Außenministerium unter
Sebastian Kurz", "die Fifa unter Präsident Gianni Infantino"): one side with it, no partner of its
own.  "unter vier Augen" and "unter den Gästen" name no leader."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
CASES = [
    ("Das Außenministerium unter Sebastian Kurz informiert Reisende über die Lage in der Türkei.", []),
    ("Das Innenministerium unter Johanna Mikl-Leitner verhandelt mit Ungarn über Rücknahmen.",
     [("talk", ["Innenministerium", "Ungarn"])]),
    ("Die Fifa unter Präsident Gianni Infantino hat mit der Uefa Gespräche geführt.",
     [("talk", ["Fifa", "Uefa"])]),
    ("Sebastian Kurz sprach am Montag unter vier Augen mit Sergej Lawrow.",
     [("talk", ["Sebastian Kurz", "Sergej Lawrow"])]),
    ("Unter den Gästen war auch Angela Merkel, die am Montag Werner Faymann traf.",
     [("meeting", ["Angela Merkel", "Werner Faymann"])]),
]
# fmt: on


@pytest.mark.parametrize("text, expected", CASES)
def test_the_leader_of_a_body_is_on_its_side(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == expected
