"""A talk set in a parliament's sitting or on a public panel ("debattierten im Landtag über ...",
"sprachen bei einer Podiumsdiskussion in Alpbach") is a public debate before an audience, a
statement like a broadcast, no talk between its speakers.  A talk beside such a sitting ("nach der
Debatte", "am Rande der Plenarsitzung") and a meeting there stay."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
DEBATES = [
    "Im Landtag diskutierten Hans Niessl und Johann Tschürtz über die Mindestsicherung.",
    "Bei einer Podiumsdiskussion in Alpbach sprachen Christian Kern und Reinhold Mitterlehner über die Wirtschaft.",
    "Im Bundestag debattierte Angela Merkel am Mittwoch mit Sahra Wagenknecht über Flüchtlinge.",
    "In der Budgetdebatte stritten Andreas Schieder und Reinhold Lopatka über die Steuerreform.",
    "Im EU-Parlament diskutierte Alexis Tsipras mit Manfred Weber über die Reformen.",
]
NOT_IN_A_DEBATE = [
    ("Nach der Debatte im Nationalrat sprach Kanzler Werner Faymann mit Reinhold Mitterlehner.",
     ("talk", ["Reinhold Mitterlehner", "Werner Faymann"])),
    ("Im Landtag traf sich Landeshauptmann Hans Niessl am Montag mit Johann Tschürtz.",
     ("meeting", ["Hans Niessl", "Johann Tschürtz"])),
]
# fmt: on


@pytest.mark.parametrize("text", DEBATES)
def test_a_public_debate_is_no_talk(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", NOT_IN_A_DEBATE)
def test_a_talk_beside_a_debate_or_a_meeting_there_stays(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
