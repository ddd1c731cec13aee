"""Two predicates joined by "und", and a reporting clause after an embedded one.

"Die Firma hat den Fehler im Jänner entdeckt und den Hersteller im März informiert": the date of
the first predicate does not date the contact of the second (nor do the two dates make two acts,
as "am 3. und am 9. Mai" do); a date standing first with nothing in the contact's own predicate
still dates it.  "Sein Land werde X schreiben, weil ..., sagte der Minister": the reporting clause
is no rest of the main clause, so the infinitive closes the main clause (a planned act) and the
speaker's state is the sender.  A cue inside an embedded clause ("die vielleicht ...") is not the
main clause's.  Each sentence is new, not taken from an article."""
from __future__ import annotations

import pytest

from .helpers import cast_of, person

ACTORS = {"Xaver Quuxberg": person("Xaver Quuxberg", "Außenminister"),
          "Zora Amselmann": person("Zora Amselmann", "Präsidentin"),
          "Quuxsoft": "organization", "Zorndtbank": "organization", "Quuxland": "country",
          "Amselland": "country"}
MENTIONS = {"Quuxberg": "Xaver Quuxberg", "Amselmann": "Zora Amselmann"}
TIMES = {"im Jänner": "2022-01", "im März": "2022-03", "am 3. Mai": "2022-05-03", "am 9. Mai": "2022-05-09",
         "Am 3. Mai": "2022-05-03", "im Februar": "2022-02", "am 12. April": "2022-04-12"}
PAIR = frozenset({"Xaver Quuxberg", "Zora Amselmann"})


def found(hand_doc, find_events, text):
    actors = cast_of(text, ACTORS)
    mentions = {m: n for m, n in MENTIONS.items() if m in text}
    actors.update({n: ACTORS[n] for n in mentions.values()})
    times = {t: v for t, v in TIMES.items() if t in text}
    return find_events(hand_doc(text, actors=actors, mentions=mentions, times=times, published="2022-06-20"))


# fmt: off
OWN_DATE = [
    ("Quuxsoft hat die Lücke im Jänner gefunden und die Zorndtbank im März davon in Kenntnis gesetzt.",
     ("talk", frozenset({"Quuxsoft", "Zorndtbank"}), "2022-03")),
    ("Die Zorndtbank entdeckte den Fehler am 3. Mai und informierte am 9. Mai die Quuxsoft.",
     ("talk", frozenset({"Quuxsoft", "Zorndtbank"}), "2022-05-09")),
    ("Zora Amselmann hat im Februar ihr Amt angetreten und am 12. April an Xaver Quuxberg geschrieben.",
     ("correspondence", PAIR, "2022-04-12")),
    # nothing in the contact's own predicate: the date standing first dates both
    ("Am 3. Mai eröffnete Zora Amselmann die Messe und empfing Xaver Quuxberg.", ("meeting", PAIR, "2022-05-03")),
]
# fmt: on


@pytest.mark.parametrize("text, event", OWN_DATE)
def test_date_of_the_other_predicate_is_not_the_acts(hand_doc, find_events, text, event):
    assert {(e[0], e[1], e[3]) for e in found(hand_doc, find_events, text)} == {event}


def test_dates_joined_by_und_are_still_two_acts(hand_doc, find_events):
    text = "Zora Amselmann telefonierte am 3. Mai und am 9. Mai mit Xaver Quuxberg."
    assert {e[3] for e in found(hand_doc, find_events, text)} == {"2022-05-03", "2022-05-09"}


# fmt: off
REPORTED = [
    ("Sein Land werde eine Protestnote an Amselland schicken, weil Quuxland nicht gewarnt worden sei, "
     "sagte Außenminister Xaver Quuxberg.",
     ("correspondence", frozenset({"Quuxland", "Amselland"}), "planned", "Quuxland")),
    ("Zora Amselmann werde mit Xaver Quuxberg sprechen, sobald die Lage klar sei, sagte ihr Sprecher.",
     ("talk", PAIR, "planned", None)),
    ("Quuxland werde Amselland einen Brief schreiben, da die Frist bald ende, erklärte Xaver Quuxberg.",
     ("correspondence", frozenset({"Quuxland", "Amselland"}), "planned", "Quuxland")),
]
# fmt: on


@pytest.mark.parametrize("text, event", REPORTED)
def test_reporting_clause_after_an_embedded_one_is_its_own(hand_doc, find_events, text, event):
    assert {(e[0], e[1], e[2], e[4]) for e in found(hand_doc, find_events, text)} == {event}


@pytest.mark.parametrize("text", [
    "Xaver Quuxberg hat Zora Amselmann, die vielleicht die nächste Präsidentin wird, empfangen.",
    "Zora Amselmann hat mit Xaver Quuxberg, der wohl bald abtritt, telefoniert.",
])
def test_cue_of_an_embedded_clause_is_not_the_acts(hand_doc, find_events, text):
    assert {e[2] for e in found(hand_doc, find_events, text)} == {"occurred"}
