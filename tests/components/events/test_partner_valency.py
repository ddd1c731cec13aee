"""Contact words whose partner only one preposition marks (issue 14, missed acts), and the written
requests addressed "an" someone.

"intervenieren bei X", "bei X vorsprechen", "sich bei X melden": the partner stands behind "bei"
(the lexicon's `partner` column), the subject initiates; a name behind "mit" acts together with
the subject, and without "bei" the verb names no partner ("intervenierte militärisch").
"übermitteln an X" and the nouns "Stellungnahme an X", "Ansuchen/Ersuchen/Gesuch an X" are
correspondence when the "an" phrase is the noun's own attribute; "in einer Stellungnahme gegenüber
der Zeitung" is a statement to the press.  "benachrichtigen" names its partner as the object, and
"brieflich" / "fernmündlich" give the mode.  Each sentence is new, not taken from an article.
("Anfrage an X" was tried and left out: newspapers report their own inquiries, "eine Anfrage des
STANDARD an das Ministerium", and it gained nothing on real news.)"""
from __future__ import annotations

import pytest

from .helpers import person

ACTORS = {"Xaver Quuxberg": person("Xaver Quuxberg", "Minister"),
          "Zora Amselmann": person("Zora Amselmann", "Präsidentin"),
          "Amselpartei": "organization", "Zorndtwerk": "organization", "Quuxbank": "organization",
          "Landesregierung": "organization", "Quuxland": "country", "Amselland": "country",
          "Kurier": "organization"}
MENTIONS = {"Quuxberg": "Xaver Quuxberg", "Amselmann": "Zora Amselmann"}


def found(hand_doc, find_events, text):
    actors = {k: v for k, v in ACTORS.items() if k in text or any(m in text and n == k for m, n in MENTIONS.items())}
    mentions = {m: n for m, n in MENTIONS.items() if n in actors}
    return {(e[0], e[1], e[4]) for e in find_events(hand_doc(text, actors=actors, mentions=mentions,
                                                            published="2022-10-25"))}


PAIR = frozenset({"Xaver Quuxberg", "Zora Amselmann"})

# fmt: off
CONTACTS = [
    # "bei X" marks the partner; the subject initiates
    ("Xaver Quuxberg intervenierte am Dienstag bei Zora Amselmann.", ("talk", PAIR, "Xaver Quuxberg")),
    ("Bei der Landesregierung hat Zorndtwerk schon zweimal interveniert.",
     ("talk", frozenset({"Zorndtwerk", "Landesregierung"}), "Zorndtwerk")),
    ("Quuxland intervenierte gemeinsam mit Amselland bei der Quuxbank.",
     ("talk", frozenset({"Quuxland", "Quuxbank"}), "Quuxland")),
    ("Am Montag sprach Zora Amselmann bei Xaver Quuxberg vor.", ("meeting", PAIR, "Zora Amselmann")),
    ("Zora Amselmann meldete sich am Abend bei Xaver Quuxberg.", ("talk", PAIR, "Zora Amselmann")),
    ("Nachdem sich Quuxberg telefonisch bei Amselmann gemeldet hatte, war der Streit beigelegt.",
     ("call", PAIR, "Xaver Quuxberg")),
    # the object is notified
    ("Zorndtwerk benachrichtigte die Landesregierung noch am selben Tag.",
     ("talk", frozenset({"Zorndtwerk", "Landesregierung"}), "Zorndtwerk")),
    # sent "an" someone: correspondence, the sender initiates
    ("Die Amselpartei übermittelte ihre Forderungen an die Landesregierung.",
     ("correspondence", frozenset({"Amselpartei", "Landesregierung"}), "Amselpartei")),
    ("In einer Stellungnahme an Zora Amselmann verteidigte Xaver Quuxberg den Plan.",
     ("correspondence", PAIR, "Xaver Quuxberg")),
    ("Quuxland hat ein Amtshilfeersuchen an Amselland gestellt.",
     ("correspondence", frozenset({"Quuxland", "Amselland"}), "Quuxland")),
    ("Zorndtwerk richtete im Mai ein Gesuch an die Landesregierung.",
     ("correspondence", frozenset({"Zorndtwerk", "Landesregierung"}), "Zorndtwerk")),
    # the mode words "brieflich", "fernmündlich"
    ("Xaver Quuxberg wandte sich brieflich an Zora Amselmann.", ("correspondence", PAIR, "Xaver Quuxberg")),
    ("Zora Amselmann hat sich fernmündlich mit Xaver Quuxberg beraten.", ("call", PAIR, None)),
]
# fmt: on


@pytest.mark.parametrize("text, event", CONTACTS)
def test_partner_behind_its_own_preposition(hand_doc, find_events, text, event):
    assert found(hand_doc, find_events, text) == {event}


@pytest.mark.parametrize("text", [
    # without "bei" the verb names no partner; co-actors are no sides
    "Quuxland intervenierte im Frühjahr militärisch in Amselland.",
    "Quuxland und Amselland intervenierten gemeinsam.",
    "Quuxland intervenierte gemeinsam mit Amselland.",
    # "melden" without "sich ... bei": a report
    "Die Quuxbank meldete am Montag einen Verlust.",
    "Zora Amselmann meldete sich am Montag zu Wort.",
    # "übermitteln" without "an"; a statement to the press; an "an" of another noun
    "Zorndtwerk übermittelte am Montag die Zahlen.",
    "In einer Stellungnahme gegenüber dem Kurier wies Zorndtwerk die Vorwürfe zurück.",
    "Das Gesuch von Zorndtwerk betrifft nur die Lieferungen an die Quuxbank.",
])
def test_no_partner_no_contact(hand_doc, find_events, text):
    assert found(hand_doc, find_events, text) == set()


def test_partner_column_takes_the_contracted_forms():
    """"beim Minister", "ans Ministerium": the contraction marks the same partner as "bei", "an"."""
    from extractor.components.triggers import partner_preps, trigger_lexicon
    assert partner_preps({"partner": "bei"}) == frozenset({"bei", "beim"})
    assert partner_preps({"partner": "an"}) == frozenset({"an", "ans"})
    assert partner_preps({"partner": ""}) == frozenset()
    (trig,) = trigger_lexicon().verb("intervenierte")
    assert trig.needs_partner and trig.frame == "caller" and "beim" in trig.partner_preps
