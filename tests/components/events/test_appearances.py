"""A speech before a parliament is a meeting of the speaker with it ("eine Rede vor dem
Nationalrat", "als Redner vor dem Bundestag"); a speech before students, a party congress or an
association meets no body (organisations.tsv: type parliament)."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
BEFORE_A_BODY = [
    ("UN-Generalsekretär Ban Ki-moon hielt am Donnerstag eine Rede vor dem Nationalrat.",
     ("meeting", ["Ban Ki-moon", "Nationalrat"], "occurred", "2022-10-20")),
    ("Kanzler Olaf Scholz hält am Mittwoch eine Rede vor dem Bundestag.",
     ("meeting", ["Bundestag", "Olaf Scholz"])),
    ("In seiner Ansprache vor dem Europaparlament sprach König Felipe über Europa.",
     ("meeting", ["Europaparlament", "Felipe"])),
    ("Als Redner vor der Duma trat Präsident Wladimir Putin im März auf.",
     ("meeting", ["Duma", "Wladimir Putin"])),
]
# fmt: on


@pytest.mark.parametrize("text, expected", BEFORE_A_BODY)
def test_a_speech_before_a_parliament_meets_it(extractor, text, expected):
    found = [summary(e)[:len(expected)] for e in events(extractor, text)]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Bundespräsident Frank-Walter Steinmeier hielt eine Rede vor Studenten in Wien.",
    "Kanzler Olaf Scholz hielt am Mittwoch eine Rede beim Parteitag der SPD.",
    "Präsident Joe Biden hielt eine Rede vor dem Verband der Automobilindustrie.",
    "Die Rede des Kanzlers Olaf Scholz wurde im Fernsehen übertragen.",
])
def test_a_speech_before_no_body_is_no_event(extractor, text):
    assert events(extractor, text) == []
