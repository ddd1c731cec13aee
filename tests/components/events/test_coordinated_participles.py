"""Two predicates that share a finite auxiliary or modal, each closed by its participle or
infinitive ("hat mit A telefoniert und danach mit B gesprochen"): two acts, each with its own
partner, both with the subject and the tense or modality of the shared verb."""
from __future__ import annotations

import pytest

from .helpers import events, summary


@pytest.mark.parametrize("text,expected", [
    ("Kanzlerin Petra Lindner hat am Montag mit Präsident Jonas Berger telefoniert und danach mit "
     "Premier Markus Wallner gesprochen.",
     {("call", ("Jonas Berger", "Petra Lindner"), "occurred"), ("talk", ("Markus Wallner", "Petra Lindner"), "occurred")}),
    ("Ministerin Eva Brandl will am Montag Landesrat Stefan Holzer treffen und am Dienstag mit "
     "Bürgermeister Ludwig Maier sprechen.",
     {("meeting", ("Eva Brandl", "Stefan Holzer"), "planned"), ("talk", ("Eva Brandl", "Ludwig Maier"), "planned")}),
    ("Minister Paul Reiter hatte Kanzlerin Anna Koller angerufen und später Präsident Jonas Berger empfangen.",
     {("call", ("Anna Koller", "Paul Reiter"), "occurred"), ("meeting", ("Jonas Berger", "Paul Reiter"), "occurred")}),
    ("Landeshauptmann Markus Wallner wird Ministerin Eva Brandl in Bregenz empfangen und danach mit "
     "Bürgermeister Stefan Holzer beraten.",
     {("meeting", ("Eva Brandl", "Markus Wallner"), "planned"), ("talk", ("Markus Wallner", "Stefan Holzer"), "planned")}),
])
def test_each_participle_has_its_own_partner(extractor, text, expected):
    found = {(s[0], tuple(s[1]), s[2]) for s in map(summary, events(extractor, text))}
    assert found == expected


def test_shared_passive_names_the_agent_as_host(extractor):
    text = ("Präsident Jonas Berger war am Dienstag in Linz eingetroffen und noch am Abend von "
            "Landeshauptmann Markus Wallner empfangen worden.")
    found = [summary(e) for e in events(extractor, text) if e.type == "meeting" and len(e.participants) == 2]
    assert [(s[1], s[4]) for s in found] == [(["Jonas Berger", "Markus Wallner"], "Markus Wallner")]


def test_names_joined_by_und_before_one_participle_stay_one_act(extractor):
    # "und" between two names, one participle: one act with both partners' side
    text = "Kanzlerin Petra Lindner hat Präsident Jonas Berger und Premier Markus Wallner in Wien getroffen."
    found = [summary(e) for e in events(extractor, text)]
    assert len(found) == 1 and found[0][0] == "meeting"
