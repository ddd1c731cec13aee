"""A government member's quoted "wir", "man" and "sein Land" are his state: "Wir verhandeln mit
Zorndtland, sagte der Außenminister" is a talk of the minister's state with Zorndtland.  The state
is the speaker's country, else the state his sentence names or a sentence shortly before opens
with (news leave out the nationality when the paragraph is about that state).  A mayor's "wir"
and an expletive "es" leave the speaker himself as the side (guidelines, "Speaker as participant")."""
from __future__ import annotations

import pytest

from .helpers import actor, cast_of, person

CAST = {
    "Lars Quell": person("Lars Quell", "Außenminister", country="QUX"),
    "Vera Amsel": person("Vera Amsel", "Regierungschefin"),
    "Tom Brandl": person("Tom Brandl", "Innenminister"),
    "Ida Korn": person("Ida Korn", "Bürgermeisterin", country="QUX"),
    "Quuxland": actor("Quuxland", "country", country="QUX"),
    "Zorndtland": actor("Zorndtland", "country", country="ZOR"),
    "Plimland": actor("Plimland", "country", country="PLI"),
}


def sides(hand_doc, find_events, text):
    doc = hand_doc(text, actors=cast_of(text, CAST), published="2023-05-10")
    return {(e[0], e[1], e[4]) for e in find_events(doc)}


# fmt: off
STATE_SPEAKS = [
    # the speaker's country is known
    ("Quuxland baut die Grenze aus. Wir verhandeln seit Wochen mit Zorndtland, sagte Außenminister Lars Quell.",
     {("talk", frozenset({"Quuxland", "Zorndtland"}), None)}),
    # no country given: the state the paragraph opens with is the speaker's
    ("Plimland will mehr Geld für die Armee. Die Pläne sind alt. Wir führen Gespräche mit Zorndtland, "
     "erklärte Innenminister Tom Brandl.",
     {("talk", frozenset({"Plimland", "Zorndtland"}), None)}),
    # "man" in reported speech, a verb of contact
    ("Plimland schließt seine Häfen. Die Reeder sind empört. Man werde mit Zorndtland reden, sagte Regierungschefin Vera Amsel.",
     {("talk", frozenset({"Plimland", "Zorndtland"}), None)}),
    # the speaker stands before: "X sagte, man ..."
    ("Quuxland erhöht die Zölle. Außenminister Lars Quell sagte am Montag, man sei mit Zorndtland in Verhandlungen.",
     {("talk", frozenset({"Quuxland", "Zorndtland"}), None)}),
    # "sein Land" as the subject: the state of the one who speaks; he is no side
    ("Die Lage bleibt gespannt. Sein Land werde einen Brief an Zorndtland schicken, weil Quuxland nicht "
     "gewarnt worden sei, sagte Außenminister Lars Quell.",
     {("correspondence", frozenset({"Quuxland", "Zorndtland"}), "Quuxland")}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", STATE_SPEAKS)
def test_a_government_members_we_is_his_state(hand_doc, find_events, text, expected):
    assert sides(hand_doc, find_events, text) == expected


def test_a_mayors_we_stays_the_mayor(hand_doc, find_events):
    text = "Quuxland hilft der Stadt. Wir verhandeln mit Zorndtland, sagte Bürgermeisterin Ida Korn."
    assert sides(hand_doc, find_events, text) == {("talk", frozenset({"Ida Korn", "Zorndtland"}), None)}


def test_an_expletive_es_leaves_the_speaker_as_the_side(hand_doc, find_events):
    text = ("Quuxland baut die Grenze aus. Es habe am Montag ein Gespräch mit Zorndtland gegeben, "
            "sagte Außenminister Lars Quell.")
    assert {e[1] for e in sides(hand_doc, find_events, text)} == {frozenset({"Lars Quell", "Zorndtland"})}


def test_the_partners_state_is_never_the_speakers(hand_doc, find_events):
    # the sentence names only the partner's state; the paragraph opens with the speaker's
    text = ("Plimland sorgt sich um die Ernte. Die Bauern klagen. Wir sprechen mit Zorndtland über "
            "Zorndtland und die Zölle, sagte Innenminister Tom Brandl.")
    assert {e[1] for e in sides(hand_doc, find_events, text)} == {frozenset({"Plimland", "Zorndtland"})}


@pytest.mark.parametrize("text", [
    # the article's protagonist (named most often before) is not the one who speaks
    "Lars Quell lobte die Hilfe. Lars Quell reiste ab. Bürgermeisterin Ida Korn sagte am Abend, es habe "
    "ein Gespräch mit Zorndtland gegeben.",
    "Lars Quell lobte die Hilfe. Lars Quell reiste ab. Es gebe ein Treffen mit Zorndtland, sagte "
    "Bürgermeisterin Ida Korn.",
])
def test_the_speaker_of_a_frame_before_or_after_is_the_side(hand_doc, find_events, text):
    assert {e[1] for e in sides(hand_doc, find_events, text)} == {frozenset({"Ida Korn", "Zorndtland"})}
