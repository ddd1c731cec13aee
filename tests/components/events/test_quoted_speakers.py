"""A quote's own subject is its speaker (guidelines, "Speaker as participant"): "Ich habe X
getroffen, sagte Y" and reported speech "Er habe mit X telefoniert, sagte Y" tell Y's own act;
the first person also hosts or calls ("Wir haben X empfangen, sagte Y": Y hosts).  A frame
without a named speaker leaves the pronoun to the person named before."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
SELF_REPORTS = [
    ("Ich habe Viktor Orbán gestern in Budapest getroffen, sagte Werner Faymann.",
     ("meeting", ["Viktor Orbán", "Werner Faymann"], None)),
    ("Er habe am Montag mit Angela Merkel telefoniert, sagte Werner Faymann.",
     ("call", ["Angela Merkel", "Werner Faymann"], None)),
    ("Sie habe mit Viktor Orbán gesprochen, sagte Kanzlerin Angela Merkel.",
     ("talk", ["Angela Merkel", "Viktor Orbán"], None)),
    ("Wir haben Viktor Orbán am Freitag empfangen, sagte Angela Merkel.",
     ("meeting", ["Angela Merkel", "Viktor Orbán"], "Angela Merkel")),
    ("Ich habe Viktor Orbán angerufen, erklärte Werner Faymann.",
     ("call", ["Viktor Orbán", "Werner Faymann"], "Werner Faymann")),
]
# fmt: on


@pytest.mark.parametrize("text, expected", SELF_REPORTS)
def test_a_quotes_subject_is_its_speaker(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text, published="2016-04-10")]
    assert [(s[0], s[1], s[4]) for s in found] == [expected]


def test_a_frame_without_a_named_speaker_leaves_the_pronoun_to_the_person_before(extractor):
    text = ("Werner Faymann traf am Montag Kanzlerin Angela Merkel in Berlin. "
            "Er habe danach mit Viktor Orbán telefoniert, sagte ein Sprecher.")
    found = {(s[0], tuple(s[1])) for s in map(summary, events(extractor, text, published="2016-04-10"))}
    assert ("call", ("Viktor Orbán", "Werner Faymann")) in found


def test_a_speaker_of_the_other_gender_is_not_the_pronoun(extractor):
    text = "Sie habe mit Viktor Orbán gesprochen, sagte Bundeskanzler Werner Faymann."
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", [
    ("Laut Werner Faymann gab es am Rande des Gipfels ein Gespräch mit Viktor Orbán.",
     ("talk", ["Viktor Orbán", "Werner Faymann"])),
    ("Laut Kanzlerin Angela Merkel habe man am Montag mit Wladimir Putin gesprochen.",
     ("talk", ["Angela Merkel", "Wladimir Putin"])),
    # a source beside an act with its own subject is no side
    ("Laut Werner Faymann hat Angela Merkel mit Viktor Orbán telefoniert.",
     ("call", ["Angela Merkel", "Viktor Orbán"])),
])
def test_the_source_after_laut_speaks_for_an_impersonal_report(extractor, text, expected):
    assert [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")] == [expected]
