"""Step 10, the ``contact_events`` spaCy component: find the acts, then set ``Doc._.events``.

Factory names: ``contact_events`` is the name to add (``nlp.add_pipe("contact_events")``) and
always builds the current version; ``contact_events_v1`` names this version for configs that
must not change when a later version changes the settings.  spaCy (3.4.2 and later) refuses a
"." in factory names (error E853: the config splits section names at dots), so the version is
an "_v1" suffix, not spaCy's ".v1" of registered functions.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..triggers import trigger_lexicon
from .acts import find_candidates
from .candidate import Candidate
from .initiative import apply_document_initiatives
from .merging import merge_candidates, to_event
from .view import DocView

FACTORY = "contact_events"
FACTORY_V1 = "contact_events_v1"
DEFAULT_CONFIG = {"min_participants": 2, "merge_mentions": True}


@Language.factory(FACTORY, default_config=DEFAULT_CONFIG)
def make_events(nlp: Language, name: str, min_participants: int, merge_mentions: bool) -> "ContactEventExtractor":
    return ContactEventExtractor(nlp, min_participants=min_participants, merge_mentions=merge_mentions)


Language.factory(FACTORY_V1, default_config=DEFAULT_CONFIG, func=make_events)


class ContactEventExtractor:
    """Sets ``Doc._.events``; runs the segmenter, actor and time stages itself when they are missing,
    so ``nlp.add_pipe("contact_events")`` works on any German pipeline."""

    def __init__(self, nlp: Optional[Language] = None, min_participants: int = 2, merge_mentions: bool = True):
        self.min_participants = min_participants
        self.merge_mentions = merge_mentions
        self._prereqs = None
        trigger_lexicon()  # a malformed lexicon fails when the pipeline is built, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        doc = self._ensure_prerequisites(doc)
        view = DocView(doc)
        acts = self.find(doc, view)
        doc._.events = [to_event(group, doc, view.toks) for group in acts]
        return doc

    def find(self, doc: Doc, view: DocView) -> list[list[Candidate]]:
        """The acts of the Doc, each as the mentions that tell it."""
        candidates = find_candidates(doc, trigger_lexicon(), self.min_participants, view)
        apply_document_initiatives(doc, candidates, view)
        if not self.merge_mentions:
            return [[c] for c in candidates]
        return merge_candidates(candidates, {a.id: a for a in doc._.actors or []})

    def _ensure_prerequisites(self, doc: Doc) -> Doc:
        if doc._.segments is not None and doc._.mentions is not None and doc._.times is not None:
            return doc
        if self._prereqs is None:
            from ..actors import make_actors
            from ..segmenter import Segmenter
            from ..times import make_times
            self._prereqs = (Segmenter(), make_actors(None, "german_actors"), make_times(None, "german_times"))
        segmenter, actors, times = self._prereqs
        if doc._.segments is None:
            if doc.has_annotation("SENT_START"):
                from ..segmenter import find_segments
                doc._.segments = find_segments(doc.text)
            else:
                doc = segmenter(doc)
        if doc._.mentions is None:
            doc = actors(doc)
        if doc._.times is None:
            doc = times(doc)
        return doc
