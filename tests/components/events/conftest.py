"""Fixtures for the event rules: Docs with hand-set actors, mentions and times."""
from __future__ import annotations

from typing import Optional, Union

import pytest
from spacy.tokens import Doc

from extractor.components.events import ContactEventExtractor
from extractor.components.types import Actor, Mention, TimeValue

from .helpers import occurrences


@pytest.fixture
def hand_doc(nlp):
    """Build a Doc whose actors, mentions and times are set by hand, so that the event rules
    run on exactly what a test gives them, not on what actor and time recognition find.

    ``actors`` maps each actor's name to an ``Actor`` (``person(...)``, ``actor(...)``) or to a
    kind; every whole-word occurrence of the name is a mention.  ``mentions`` maps further
    surface forms ("Scholz", "der Kanzler") to an actor's name.  ``times`` maps a time
    expression's text to its TIMEX3 value (type DATE).  Sentences and segments come from the
    segmenter (a first line "date 2022-10-24 Title" makes a headline).
    """
    segmenter = nlp.get_pipe("german_segmenter")

    def build(text: str, actors: dict[str, Union[Actor, str]], mentions: Optional[dict[str, str]] = None,
              times: Optional[dict[str, str]] = None, published: Optional[str] = None) -> Doc:
        doc = segmenter(nlp.make_doc(text))
        doc._.published = published
        by_name: dict[str, Actor] = {}
        for k, (name, spec) in enumerate(actors.items(), start=1):
            a = spec if isinstance(spec, Actor) else Actor(id="", name=name, kind=spec)
            by_name[name] = Actor(id=f"A{k}", name=name, kind=a.kind, roles=list(a.roles), country=a.country)
        surface_of = {name: name for name in by_name} | (mentions or {})
        found = []
        for start, end, surface in occurrences(text, list(surface_of)):
            a = by_name[surface_of[surface]]
            m = Mention(start, end, surface, a.id, a.roles[0] if a.roles else None, a.country, a.kind)
            a.mentions.append(m)
            found.append(m)
        assert all(a.mentions for a in by_name.values()), "every actor needs a mention in the text"
        doc._.actors = list(by_name.values())
        doc._.mentions = found
        doc._.times = []
        for expr, value in (times or {}).items():
            start = text.index(expr)
            doc._.times.append(TimeValue(start, start + len(expr), expr, "DATE", value))
        doc._.times.sort(key=lambda t: t.start)
        return doc
    return build


@pytest.fixture
def find_events():
    """Run the event component alone on a hand-set Doc; the events as a set of
    (type, participant names, status, date value, initiator name, proposer name)."""
    component = ContactEventExtractor()

    def run(doc: Doc) -> set[tuple]:
        doc = component(doc)
        names = {a.id: a.name for a in doc._.actors}
        return {(e.type, frozenset(names[p] for p in e.participants), e.status, e.date.value if e.date else None,
                 names.get(e.initiator), names.get(e.proposer)) for e in doc._.events}
    return run
