"""Builds the spaCy pipeline: ``de_core_news_lg`` when installed, else the embedded one.

The project's components go on top of whichever base pipeline loads, so the
same rules run with the statistical model (which adds its entities and parse)
and without it (blank German tokenizer, paragraph-aware sentences, lookup
lemmas).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

import spacy
from spacy.language import Language

from .version import __version__
from .components.entities import EMBEDDED_NER
from .errors import ModelError

DEFAULT_MODEL = "de_core_news_lg"
EMBEDDED_NAME = "extractor_embedded_de"
INSTALL_HINT = "python -m spacy download de_core_news_lg"

#: The project's components, in pipeline order.
COMPONENTS = ("german_actors", "german_times", "contact_events")

_announced = False


@dataclass(frozen=True)
class PipelineInfo:
    name: str
    version: str
    embedded: bool


def _import_components() -> None:
    # Importing the modules registers their factories with spaCy.
    from .components import actors, entities, events, lemmas, segmenter, times  # noqa: F401




#: ``--model`` names of the embedded pipeline: without and with the shipped entity recognizer.
EMBEDDED_MODELS = {"embedded": False, "embedded+ner": True}


def build_embedded(ner: bool = False) -> Language:
    """Blank German + paragraph-aware segmenter + lookup lemmas + the shipped entity
    recognizer (when ``ner`` and present) + project components."""
    _import_components()
    nlp = spacy.blank("de")
    nlp.add_pipe("german_segmenter")
    nlp.add_pipe("german_lemmas")
    with_ner = ner and (EMBEDDED_NER / "meta.json").is_file()
    if with_ner:
        nlp.add_pipe("german_entities")
    for name in COMPONENTS:
        config = {"entities": "multiword_persons"} if name == "german_actors" and with_ner else {}
        nlp.add_pipe(name, config=config)
    nlp.meta["name"] = EMBEDDED_NAME
    nlp.meta["lang"] = "de"
    nlp.meta["version"] = __version__
    return nlp


def add_project_components(nlp: Language) -> Language:
    """Put the project's components on a loaded German pipeline."""
    _import_components()
    if "german_segmenter" not in nlp.pipe_names:
        first = next((n for n in ("parser", "senter", "sentencizer") if n in nlp.pipe_names), None)
        if first:
            nlp.add_pipe("german_segmenter", before=first)
        else:
            nlp.add_pipe("german_segmenter", first=True)
    if not any(n in nlp.pipe_names for n in ("lemmatizer", "german_lemmas")):
        nlp.add_pipe("german_lemmas", after="german_segmenter")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def load_pipeline(model: str | None = None, *, announce: bool = True) -> tuple[Language, PipelineInfo]:
    """Load ``model`` (default ``de_core_news_lg``) or fall back to the embedded pipeline.

    An explicitly requested model that cannot be loaded is an error; the
    default model missing is the normal offline case and falls back.
    ``embedded`` and ``embedded+ner`` choose the embedded pipeline, the second with the
    shipped entity recognizer (``EMBEDDED_NER``).
    """
    global _announced
    if model in EMBEDDED_MODELS:
        nlp = build_embedded(ner=EMBEDDED_MODELS[model])
        return nlp, PipelineInfo(EMBEDDED_NAME + ("+ner" if EMBEDDED_MODELS[model] else ""), __version__, True)
    wanted = model or DEFAULT_MODEL
    try:
        nlp = spacy.load(wanted)
    except (OSError, ImportError) as exc:
        if model and model != DEFAULT_MODEL:
            raise ModelError(f"cannot load spaCy pipeline {model!r}: {exc}. "
                             f"Give an installed package name or a pipeline directory.") from None
        nlp = build_embedded()
        if announce and not _announced:
            print(f"extractor: {DEFAULT_MODEL} is not installed; running the embedded German "
                  f"pipeline (rules + lookup lemmas). For full accuracy: {INSTALL_HINT}",
                  file=sys.stderr)
            _announced = True
        return nlp, PipelineInfo(EMBEDDED_NAME, __version__, True)
    if nlp.lang != "de":
        raise ModelError(f"spaCy pipeline {wanted!r} is for language {nlp.lang!r}, not German ('de').")
    add_project_components(nlp)
    info = PipelineInfo(f"{nlp.meta.get('lang', 'de')}_{nlp.meta.get('name', wanted)}",
                        str(nlp.meta.get("version", "")), False)
    if announce and not _announced:
        print(f"extractor: running spaCy pipeline {info.name} {info.version}", file=sys.stderr)
        _announced = True
    return nlp, info
