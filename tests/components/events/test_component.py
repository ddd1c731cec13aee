"""Step 10: the contact_events component in spaCy pipelines."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc


def test_events_with_model_entities_on_a_hand_built_doc(nlp):
    """The de_core_news_lg path: entities and TIGER parse set by the model, rules on top."""
    # fmt: off
    words = ["Olaf", "Scholz", "telefonierte", "am", "Freitag", "mit", "Emmanuel", "Macron", "."]
    heads = [1, 2, 2, 2, 3, 2, 7, 5, 2]
    deps = ["pnc", "sb", "ROOT", "mo", "nk", "mo", "pnc", "nk", "punct"]
    ents = ["B-PER", "I-PER", "O", "O", "O", "O", "B-PER", "I-PER", "O"]
    # fmt: on
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 7 + [False, False], heads=heads, deps=deps, ents=ents)
    doc._.published = "2022-10-24"
    for name in ("german_segmenter", "german_actors", "german_times", "contact_events"):
        doc = nlp.get_pipe(name)(doc)
    assert [(e.type, len(e.participants)) for e in doc._.events] == [("call", 2)]


def test_events_component_without_its_upstream_components_is_a_coded_error(nlp):
    """The stage does not build the components it reads from: E510 names the missing ones."""
    import spacy

    from extractor.errors import PipelineError
    bare = spacy.blank("de")
    bare.add_pipe("contact_events")
    with pytest.raises(PipelineError, match=r"^\[E510\] .*Doc\._\.segments and Doc\._\.mentions and Doc\._\.times"
                                            r" is not set: add german_segmenter and german_actors and german_times"):
        bare("Olaf Scholz telefonierte am Montag mit Emmanuel Macron.")
    partial = spacy.blank("de")
    for name in ("german_segmenter", "german_actors", "contact_events"):
        partial.add_pipe(name)
    with pytest.raises(PipelineError, match=r"Doc\._\.times is not set: add german_times before it"):
        partial("Olaf Scholz telefonierte am Montag mit Emmanuel Macron.")


def test_events_component_on_a_blank_pipeline_through_add_project_components():
    """``extractor.pipeline.add_project_components`` puts the stage and what it reads on a pipeline."""
    import spacy

    from extractor.pipeline import add_project_components
    nlp = add_project_components(spacy.blank("de"))
    assert nlp.pipe_names == ["german_segmenter", "german_lemmas", "german_actors", "german_times", "contact_events"]
    doc = nlp.make_doc("Olaf Scholz telefonierte am Montag mit Emmanuel Macron.")
    doc._.published = "2023-03-14"
    doc = nlp(doc)
    names = {a.id: a.name for a in doc._.actors}
    assert [(e.type, sorted(names[p] for p in e.participants), e.date.value) for e in doc._.events] == [
        ("call", ["Emmanuel Macron", "Olaf Scholz"], "2023-03-13")]


CONFIG_V1 = """
[nlp]
lang = "de"
pipeline = ["german_segmenter", "german_actors", "german_times", "contact_events"]

[components]

[components.german_segmenter]
factory = "german_segmenter"

[components.german_actors]
factory = "german_actors"

[components.german_times]
factory = "german_times"

[components.contact_events]
factory = "contact_events_v1"
"""


def test_component_versioned_factory_name_builds_this_version(nlp):
    """A config may pin ``contact_events_v1``; today it builds what ``contact_events`` builds."""
    import spacy
    from spacy.util import load_config_from_str, load_model_from_config

    from extractor.components.events import FACTORY, FACTORY_V1, ContactEventExtractor
    assert (FACTORY, FACTORY_V1) == ("contact_events", "contact_events_v1")
    pinned = load_model_from_config(load_config_from_str(CONFIG_V1), auto_fill=True)
    assert pinned.get_pipe_meta("contact_events").factory == FACTORY_V1
    assert isinstance(pinned.get_pipe("contact_events"), ContactEventExtractor)
    assert pinned.config["components"]["contact_events"]["min_participants"] == 2
    current = spacy.blank("de")
    for name in ("german_segmenter", "german_actors", "german_times", FACTORY):
        current.add_pipe(name)
    found = []
    for pipeline in (pinned, current):
        doc = pipeline.make_doc("Olaf Scholz telefonierte am Montag mit Emmanuel Macron.")
        doc._.published = "2023-03-14"
        doc = pipeline(doc)
        names = {a.id: a.name for a in doc._.actors}
        found.append([(e.type, sorted(names[p] for p in e.participants), e.status, e.date.value)
                      for e in doc._.events])
    assert found[0] == found[1] == [("call", ["Emmanuel Macron", "Olaf Scholz"], "occurred", "2023-03-13")]


def test_component_factory_names_with_a_dot_are_refused_by_spacy():
    """Why the version is "_v1", not ".v1": spaCy refuses dots in factory names (E853)."""
    from spacy.language import Language

    from extractor.components.events import make_events
    with pytest.raises(ValueError, match="E853"):
        Language.factory("extractor.contact_events.v1", func=make_events)


@pytest.mark.parametrize("table,row,code", [
    ("contact_verbs.tsv", {"lemma": "treffen", "type": "brunch", "frame": "symmetric", "forms": "@weak:treff",
                           "particle": "", "needs_partner": "no", "reflexive": "no"}, "E501"),
    ("contact_nouns.tsv", {"lemma": "Treffen", "type": "meeting", "mode": "teleport", "forms": "Treffen",
                           "needs_partner": "no"}, "E502"),
    ("contact_nouns.tsv", {"lemma": "Treffen", "type": "meeting", "mode": "none", "forms": "Treffen, Treffen",
                           "needs_partner": "no"}, "E503"),
    ("event_cues.tsv", {"cue": "vielleicht", "kind": "maybe", "particle": ""}, "E504"),
])
def test_component_malformed_lexicon_rows_raise_coded_errors(monkeypatch, table, row, code):
    from extractor.components import triggers
    from extractor.errors import ResourceError
    from extractor.resources import DATA_DIR
    real = triggers.load_table
    monkeypatch.setattr(triggers, "load_table",
                        lambda name, key=None, root=None: (row,) if name == table else real(name, key, root))
    with pytest.raises(ResourceError, match=rf"^\[{code}\] {table}"):
        triggers.trigger_lexicon.__wrapped__(DATA_DIR)
