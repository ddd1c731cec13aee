"""The ``german_actors`` component: find the actors, then set ``doc._.actors`` and
``doc._.mentions``."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ...resources import resource_folder, using_resources
from ..types import Actor, Mention
from .lexicon import lexicon
from .model_entities import add_model_entities
from .resolver import Resolver
from .scanner import Scanner


#: Which entities of a statistical recognizer become candidates: all PER and ORG (a full
#: pipeline such as de_core_news_lg), or only persons named with two words or more (the
#: embedded recognizer, trained on 4,800 sentences: its single-word and ORG spans are too
#: often wrong to add to what the lexicons know).
ENTITY_POLICIES = {"all": (("PER", "ORG"), 1), "multiword_persons": (("PER",), 2)}


def find_actors(doc: Doc, entities: str = "all") -> tuple[list[Actor], list[Mention]]:
    """Actors and mentions of a segmented Doc (pure function of the Doc): scan, add the
    statistical model's entities, resolve."""
    scanner = Scanner(doc)
    scanner.scan()
    if doc.has_annotation("ENT_IOB") and len(doc.ents):
        labels, min_tokens = ENTITY_POLICIES[entities]
        add_model_entities(doc, scanner, labels, min_tokens)
    resolver = Resolver(doc, scanner.cands, scanner)
    resolver.cluster()
    resolver.propagate()
    resolver.resolve_class_nouns()
    resolver.resolve_demonyms()
    resolver.coordinated_names()
    resolver.slot_names()
    resolver.lone_subjects()
    resolver.apply_roles()
    resolver.resolve_refs()
    resolver.resolve_anaphors()
    return resolver.build()


@Language.factory("german_actors", default_config={"entities": "all", "resources": None})
def make_actors(nlp: Language, name: str, entities: str = "all",
                resources: Optional[str] = None) -> "ActorRecognizer":
    return ActorRecognizer(entities, resources)


class ActorRecognizer:
    """Sets ``doc._.actors`` and ``doc._.mentions``; ``entities`` says which spans of a
    statistical recognizer earlier in the pipeline to use (``ENTITY_POLICIES``).

    ``resources`` names a folder laid out like ``extractor/resources/de`` (default None: that
    packaged folder).  It covers every lexicon the actor steps read: ``countries.tsv``,
    ``organisations.tsv``, ``roles.tsv``, ``org_heads.tsv``, the name lists (``first_names.txt``,
    ``first_names_faker.tsv``, ``surnames_faker.txt``, ``speaker_verbs.txt``, ``family_names_first.txt``, ``person_nouns.tsv``, ``non_names.txt``, ``honorifics.txt``,
    ``acronyms_not_organisations.txt``), ``class_nouns.tsv``, ``class_noun_relations.txt``, ``demonyms.tsv``, ``person_anaphors.tsv``, ``place_noun_endings.txt``, ``area_noun_endings.txt`` and the contact nouns of
    ``contact_nouns.tsv`` (an organisation head such as "Konferenz" inside a contact noun), so a
    folder must hold all of them (copy the packaged one and edit).  ``lemma_overrides.tsv`` is
    not covered: the lookup lemmas are always the packaged ones.  ``initialize`` loads the
    lexicons; the constructor calls it, so a component added with ``nlp.add_pipe`` works
    without ``nlp.initialize()``.  While a Doc is processed the folder is the active one
    (``resources.using_resources``): the rule steps' ``lexicon()`` calls and their per-word
    caches read this folder, never another."""

    def __init__(self, entities: str = "all", resources: Optional[str] = None) -> None:
        if entities not in ENTITY_POLICIES:
            raise ValueError(f"german_actors: entities must be one of {sorted(ENTITY_POLICIES)}, not {entities!r}")
        self.entities = entities
        self.resources = resource_folder(resources)  # None: the packaged folder
        self.initialize()  # load the lexicons when the pipeline is built, not on the first Doc

    def initialize(self, get_examples=None, nlp: Optional[Language] = None) -> None:
        """Load (and check) the lexicons of the ``resources`` folder."""
        with using_resources(self.resources):
            self.lexicon = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        with using_resources(self.resources):
            actors, mentions = find_actors(doc, self.entities)
        doc._.actors = actors
        doc._.mentions = mentions
        return doc
