"""A separable particle closes its predicate before a comma or a coordinator: "rief Orbán an und
ging", "kündigte an, Fico zu treffen". It is the verb's particle there, never a preposition."""
from __future__ import annotations

import pytest

from .helpers import events, summary


@pytest.mark.parametrize("text,expected", [
    ("Kanzlerin Petra Lindner rief am Montag Präsident Jonas Berger an und bat ihn um Hilfe.",
     ("call", ["Jonas Berger", "Petra Lindner"], "Petra Lindner")),
    ("Bürgermeister Stefan Holzer rief den Landeshauptmann Markus Wallner an und ging danach zur Sitzung.",
     ("call", ["Markus Wallner", "Stefan Holzer"], "Stefan Holzer")),
    ("Die Ministerinnen Anna Koller und Eva Brandl kamen in Graz zusammen und einigten sich auf ein Paket.",
     ("meeting", ["Anna Koller", "Eva Brandl"], None)),
    ("Gesundheitsminister Paul Reiter tauschte sich mit Ärztekammerchef Ludwig Maier aus und lobte danach die Ärzte.",
     ("talk", ["Ludwig Maier", "Paul Reiter"], None)),
])
def test_particle_before_und_closes_the_first_predicate(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text)]
    assert [(s[0], s[1], s[4]) for s in found] == [expected]


@pytest.mark.parametrize("text", [
    # "rief ... auf", "rief ... aus": other verbs; their particle before "und" makes no call
    "Der Gewerkschafter Jonas Berger rief die Belegschaft zum Streik auf und verließ danach den Saal.",
    "Präsident Jonas Berger rief den Notstand aus und schloss danach die Grenzen.",
    # "ab und zu": an idiom, not the particle of a verb
    "Jonas Berger sah ab und zu fern.",
])
def test_other_particles_before_und_make_no_call(extractor, text):
    assert [e.type for e in events(extractor, text)] == []


@pytest.mark.parametrize("text,expected", [
    ("Außenministerin Petra Lindner kündigte an, Präsident Jonas Berger im Mai zu treffen.",
     ("meeting", ["Jonas Berger", "Petra Lindner"], "planned")),
    ("Landesrat Stefan Holzer kündigte am Freitag an, mit Bürgermeisterin Eva Brandl sprechen zu wollen.",
     ("talk", ["Eva Brandl", "Stefan Holzer"], "planned")),
    ("Minister Paul Reiter gab an, Landeshauptmann Markus Wallner bereits getroffen zu haben.",
     ("meeting", ["Markus Wallner", "Paul Reiter"], "occurred")),
    ("Der Bürgermeister Ludwig Maier räumte ein, Kanzlerin Anna Koller heimlich empfangen zu haben.",
     ("meeting", ["Anna Koller", "Ludwig Maier"], "occurred")),
])
def test_particle_before_comma_governs_no_name(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text)]
    assert [(s[0], s[1], s[2]) for s in found] == [expected]


def test_preposition_an_before_its_noun_still_marks_the_addressee(extractor):
    text = "Bürgermeister Ludwig Maier schrieb an Kanzlerin Anna Koller, sie solle helfen."
    found = [summary(e) for e in events(extractor, text)]
    assert [(s[0], s[1], s[4]) for s in found] == [("correspondence", ["Anna Koller", "Ludwig Maier"], "Ludwig Maier")]
