"""In a subordinate clause the finite verb stands last: its number tells whether "sie" after the
subordinator is "she" or "they" ("dass sie Berger treffen werde" / "werden")."""
from __future__ import annotations

import pytest

from .helpers import events, summary


@pytest.mark.parametrize("text,expected", [
    ("Ministerin Petra Lindner sagte, dass sie Präsident Jonas Berger am Montag treffen werde.",
     ("meeting", ["Jonas Berger", "Petra Lindner"], "planned")),
    ("Landesrätin Eva Brandl bestätigte, dass sie mit Bürgermeister Stefan Holzer telefoniert habe.",
     ("call", ["Eva Brandl", "Stefan Holzer"], "occurred")),
    ("Kanzlerin Anna Koller erklärte, weil sie mit Minister Paul Reiter gesprochen hatte, sei alles klar.",
     ("talk", ["Anna Koller", "Paul Reiter"], "occurred")),
    ("Die Gewerkschafterin Eva Brandl betonte, nachdem sie Unternehmer Ludwig Maier getroffen hatte, gebe es Hoffnung.",
     ("meeting", ["Eva Brandl", "Ludwig Maier"], "occurred")),
])
def test_sie_before_a_final_singular_verb_is_she(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text)]
    assert [(s[0], s[1], s[2]) for s in found] == [expected]


def test_sie_before_a_final_plural_verb_is_not_she(extractor):
    # "sie ... treffen werden": they, the ones named before; not the speaker alone
    text = "Ministerin Petra Lindner sagte, dass sie Präsident Jonas Berger am Montag treffen werden."
    assert not any(sorted(p.name for p in e.participants) == ["Jonas Berger", "Petra Lindner"]
                   for e in events(extractor, text))
