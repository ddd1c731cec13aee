"""Step 10: the contact_events component in spaCy pipelines."""
from __future__ import annotations

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


def test_events_component_adds_missing_stages(nlp):
    """``nlp.add_pipe("contact_events")`` alone works: it runs segmenter, actors and times itself."""
    import spacy
    bare = spacy.blank("de")
    bare.add_pipe("contact_events")
    doc = bare("Olaf Scholz telefonierte am Montag mit Emmanuel Macron.")
    assert len(doc._.events) == 1 and doc._.actors and doc._.times is not None
