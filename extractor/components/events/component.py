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

from ...errors import Errors, PipelineError
from ...resources import resource_folder, using_resources
from ..triggers import trigger_lexicon
from .acts import find_candidates
from .candidate import Candidate
from .initiative import apply_document_initiatives, apply_host_elaborations
from .merging import merge_candidates, to_event
from .press import journalist_words, media_names, press_words
from .readings import reading_words
from .view import DocView

FACTORY = "contact_events"
FACTORY_V1 = "contact_events_v1"
DEFAULT_CONFIG = {"min_participants": 2, "merge_mentions": True, "resources": None}
#: What the stage reads from the Doc and the component that sets it, in pipeline order.
PREREQUISITES = (("segments", "german_segmenter"), ("mentions", "german_actors"), ("times", "german_times"))


@Language.factory(FACTORY, default_config=DEFAULT_CONFIG)
def make_events(nlp: Language, name: str, min_participants: int, merge_mentions: bool,
                resources: Optional[str] = None) -> "ContactEventExtractor":
    return ContactEventExtractor(nlp, min_participants=min_participants, merge_mentions=merge_mentions,
                                 resources=resources)


Language.factory(FACTORY_V1, default_config=DEFAULT_CONFIG, func=make_events)


class ContactEventExtractor:
    """Sets ``Doc._.events`` from the regions, actor mentions and times the components before it
    set; without them it raises ``PipelineError`` E510 naming the missing components.

    ``resources`` names a folder laid out like ``extractor/resources/de`` (default None: that
    packaged folder).  It covers the files the event steps read: ``contact_verbs.tsv``,
    ``contact_nouns.tsv``, ``event_cues.tsv``, ``contact_noun_exclusions.txt`` and
    ``speech_verbs.txt`` (the trigger lexicon), ``press_words.tsv``, ``press_roles.tsv``,
    ``other_readings.tsv`` and the media of ``organisations.tsv``; a folder must hold all of them
    (copy the packaged one and edit).  It does not cover the actors and times this stage reads from the Doc (the
    ``german_actors`` and ``german_times`` settings do), nor the ``german_entities`` component,
    which picks the sentences to read with the packaged contact words.  ``initialize`` loads and
    checks the lexicons; the constructor calls it, so a component added with ``nlp.add_pipe``
    works without ``nlp.initialize()``.  While a Doc is processed the folder is the active one
    (``resources.using_resources``), so the steps' ``trigger_lexicon()`` calls read this
    folder's lexicon, never another."""

    def __init__(self, nlp: Optional[Language] = None, min_participants: int = 2, merge_mentions: bool = True,
                 resources: Optional[str] = None):
        self.min_participants = min_participants
        self.merge_mentions = merge_mentions
        self.resources = resource_folder(resources)  # None: the packaged folder
        self.initialize()  # a malformed lexicon fails when the pipeline is built, not on the first document

    def initialize(self, get_examples=None, nlp: Optional[Language] = None) -> None:
        """Load (and check) the trigger lexicon and word lists of the ``resources`` folder."""
        with using_resources(self.resources):
            self.lexicon = trigger_lexicon()
            press_words(), journalist_words(), media_names(), reading_words()

    def __call__(self, doc: Doc) -> Doc:
        self._check_prerequisites(doc)
        with using_resources(self.resources):
            view = DocView(doc)
            acts = self.find(doc, view)
            doc._.events = [to_event(group, doc, view.toks) for group in acts]
        return doc

    def find(self, doc: Doc, view: DocView) -> list[list[Candidate]]:
        """The acts of the Doc, each as the mentions that tell it (call inside
        ``using_resources(self.resources)``, as ``__call__`` does)."""
        candidates = find_candidates(doc, self.lexicon, self.min_participants, view)
        apply_document_initiatives(doc, candidates, view)
        apply_host_elaborations(view, candidates, self.lexicon)
        if not self.merge_mentions:
            return [[c] for c in candidates]
        return merge_candidates(candidates, {a.id: a for a in doc._.actors or []})

    def _check_prerequisites(self, doc: Doc) -> None:
        """The stage reads regions, actor mentions and times; it does not build the components
        that set them (``extractor.pipeline`` adds them), so it names what is missing."""
        missing = [(attr, component) for attr, component in PREREQUISITES if getattr(doc._, attr) is None]
        if missing:
            raise PipelineError(Errors.E510.format(
                missing=" and ".join(f"Doc._.{attr}" for attr, _ in missing),
                components=" and ".join(component for _, component in missing)))
