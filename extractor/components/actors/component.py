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


def find_actors(doc: Doc) -> tuple[list[Actor], list[Mention]]:
    """Actors and mentions of a segmented Doc (pure function of the Doc): scan, add the
    statistical model's entities, resolve."""
    scanner = Scanner(doc)
    scanner.scan()
    if doc.has_annotation("ENT_IOB") and len(doc.ents):
        add_model_entities(doc, scanner)
    resolver = Resolver(doc, scanner.cands, scanner)
    resolver.cluster()
    resolver.propagate()
    resolver.coordinated_names()
    resolver.apply_roles()
    resolver.resolve_refs()
    return resolver.build()


@Language.factory("german_actors", default_config={})
def make_actors(nlp: Language, name: str) -> "ActorRecognizer":
    return ActorRecognizer()


class ActorRecognizer:
    """Sets ``doc._.actors`` and ``doc._.mentions``."""

    def __init__(self) -> None:
        lexicon()  # load the lexicons when the pipeline is built, not on the first Doc

    def __call__(self, doc: Doc) -> Doc:
        actors, mentions = find_actors(doc)
        doc._.actors = actors
        doc._.mentions = mentions
        return doc
