"""A contact noun with its own "mit" partner that frames another act of the clause in time ("Vor
dem Treffen mit X hatte Y mit Z gesprochen") tells a second act: each act has its own partner,
and the framing act's other side is the clause's subject.  Before, both acts took all three
names and merged into one group event."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
TWO_ACTS = [
    ("Vor dem Treffen mit Barack Obama hatte Angela Merkel bereits mit David Cameron gesprochen.",
     {("meeting", ("Angela Merkel", "Barack Obama")), ("talk", ("Angela Merkel", "David Cameron"))}),
    ("Nach dem Telefonat mit Viktor Orbán sprach Werner Faymann am Abend mit Angela Merkel.",
     {("call", ("Viktor Orbán", "Werner Faymann")), ("talk", ("Angela Merkel", "Werner Faymann"))}),
    ("Sebastian Kurz hatte vor dem Gespräch mit Sergej Lawrow mit John Kerry telefoniert.",
     {("talk", ("Sebastian Kurz", "Sergej Lawrow")), ("call", ("John Kerry", "Sebastian Kurz"))}),
    ("Nach dem Treffen mit Barack Obama traf Angela Merkel am Abend François Hollande.",
     {("meeting", ("Angela Merkel", "Barack Obama")), ("meeting", ("Angela Merkel", "François Hollande"))}),
]
ONE_ACT = [
    # the noun is the verb's own act, not a frame of another
    ("Angela Merkel traf sich zu einem Gespräch mit Barack Obama.", {("meeting", ("Angela Merkel", "Barack Obama"))}),
    ("Nach einem Gespräch mit Werner Faymann erklärte Viktor Orbán, Ungarn bleibe hart.",
     {("talk", ("Viktor Orbán", "Werner Faymann"))}),
]
# fmt: on


def acts(extractor, text):
    return {(s[0], tuple(s[1])) for s in map(summary, events(extractor, text, published="2016-04-10"))}


@pytest.mark.parametrize("text, expected", TWO_ACTS)
def test_a_framing_act_with_its_own_partner_is_a_second_act(extractor, text, expected):
    assert acts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", ONE_ACT)
def test_a_contact_noun_that_frames_nothing_stays_one_act(extractor, text, expected):
    assert acts(extractor, text) == expected
