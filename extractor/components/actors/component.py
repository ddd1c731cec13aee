"""The ``german_actors`` component: find the actors, then set ``doc._.actors`` and
``doc._.mentions``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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
    resolver.coordinated_names()
    resolver.apply_roles()
    resolver.resolve_refs()
    return resolver.build()


@Language.factory("german_actors", default_config={"entities": "all"})
def make_actors(nlp: Language, name: str, entities: str = "all") -> "ActorRecognizer":
    return ActorRecognizer(entities)


class ActorRecognizer:
    """Sets ``doc._.actors`` and ``doc._.mentions``; ``entities`` says which spans of a
    statistical recognizer earlier in the pipeline to use (``ENTITY_POLICIES``)."""

    def __init__(self, entities: str = "all") -> None:
        if entities not in ENTITY_POLICIES:
            raise ValueError(f"german_actors: entities must be one of {sorted(ENTITY_POLICIES)}, not {entities!r}")
        self.entities = entities
        lexicon()  # load the lexicons when the pipeline is built, not on the first Doc

    def __call__(self, doc: Doc) -> Doc:
        actors, mentions = find_actors(doc, self.entities)
        doc._.actors = actors
        doc._.mentions = mentions
        return doc
