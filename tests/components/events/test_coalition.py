""""die Koalitionsparteien", "die Regierungsparteien": the parties named before in the article
(two or three of them; with more named it is not said which)."""
from __future__ import annotations

import pytest

PARTIES = ("SPÖ", "ÖVP", "CDU", "SPD", "FPÖ", "NEOS")


def found(hand_doc, find_events, text):
    actors = {p: "organization" for p in PARTIES if p in text} | (
        {"Xaver Quuxberg": "person"} if "Xaver Quuxberg" in text else {})
    return {(e[0], e[1]) for e in find_events(hand_doc(text, actors=actors, published="2022-10-25"))}


@pytest.mark.parametrize("text, expected", [
    ("SPÖ und ÖVP streiten über die Steuerreform. Am Dienstag werden sich die Koalitionsparteien zusammensetzen.",
     ("meeting", {"SPÖ", "ÖVP"})),
    ("Die CDU regiert seit Jahren mit der SPD. Nun verhandeln die Regierungsparteien über den Haushalt.",
     ("talk", {"CDU", "SPD"})),
    ("Seit Wochen blockieren sich SPÖ und ÖVP. Zwischen den Koalitionsparteien gab es am Montag ein erstes Gespräch.",
     ("talk", {"SPÖ", "ÖVP"})),
    ("Die ÖVP will die Reform, die SPÖ zögert. Am Abend trafen sich die Spitzen der Koalitionsparteien im Kanzleramt.",
     ("meeting", {"SPÖ", "ÖVP"})),
    ("Xaver Quuxberg kritisierte die SPÖ und die ÖVP. Er will noch diese Woche mit den Koalitionsparteien reden.",
     ("talk", {"Xaver Quuxberg", "SPÖ", "ÖVP"})),
])
def test_the_coalition_parties_are_the_parties_named(hand_doc, find_events, text, expected):
    kind, sides = expected
    assert found(hand_doc, find_events, text) == {(kind, frozenset(sides))}


def test_with_more_parties_named_the_coalition_is_not_said(hand_doc, find_events):
    text = "SPÖ, ÖVP, FPÖ und NEOS stellten Kandidaten auf. Nun verhandeln die Koalitionsparteien über den Haushalt."
    assert found(hand_doc, find_events, text) == set()
