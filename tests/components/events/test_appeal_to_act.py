""""anrufen" with an infinitive clause after its particle is to call upon someone to act, as
"aufrufen" ("Erdoğan rief Österreich und die EU an, die Visafreiheit einzuführen"): no phone call.
A call made for a purpose ("rief X an, um ihr zu gratulieren") or followed by another clause stays."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
APPEALS = [
    "Präsident Recep Tayyip Erdoğan rief Österreich und die EU an, die Visafreiheit einzuführen.",
    "Außenminister Sebastian Kurz rief die Türkei und Russland an, die Gewalt sofort zu beenden.",
    "Papst Franziskus rief am Sonntag Wladimir Putin und Petro Poroschenko an, Frieden zu schließen.",
    "Uno-Generalsekretär Ban Ki-moon ruft Saudi-Arabien und den Iran an, den Streit beizulegen.",
]
CALLS = [
    ("Kanzler Werner Faymann rief Angela Merkel an, um ihr zu gratulieren.",
     ("call", ["Angela Merkel", "Werner Faymann"])),
    ("Kanzler Werner Faymann rief am Montag Angela Merkel an, nachdem er zu Hause war.",
     ("call", ["Angela Merkel", "Werner Faymann"])),
    ("Werner Faymann rief am Montag Angela Merkel an, die gerade in Paris war.",
     ("call", ["Angela Merkel", "Werner Faymann"])),
]
# fmt: on


@pytest.mark.parametrize("text", APPEALS)
def test_anrufen_with_an_infinitive_is_an_appeal(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", CALLS)
def test_a_call_with_a_purpose_or_clause_stays(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
