"""The component as a whole: what never is an actor, mention spans, lookup helpers, the statistical
model's entities, the seed example, the gold evaluation, cost."""
from __future__ import annotations

import importlib.util
import sys

import pytest
from spacy.tokens import Doc

from extractor.components.actors import actor_at, actors_at, find_actors, mentions_in

from .helpers import ROOT, SEED, actor_named, mention_names, names


# fmt: off
NOT_ACTORS = [
    "Grund dafür ist die schwierige Lage auf dem Arbeitsmarkt.",
    "Lage und Stimmung haben sich verbessert.",
    "Am Sonntag regnete es in Moskau.",
    "In Berlin demonstrierten Tausende.",
    "Viele Touristen kommen aus Frankreich und aus der Schweiz.",
    "Darunter auch die aktuelle Lage in der Ukraine.",
    "Sie kamen aus Kiew/Kyjiw.",
    "Die Ukraine-Hilfe wurde aufgestockt.",
    "Rund um den Ukraine-Krieg wird wieder mehr gesprochen.",
    "Der König Charles empfing den Gast auf Schloss Windsor.".replace("Der König Charles empfing den Gast auf ", "Die Führung besuchte "),
    "Kritik kam von der Ökonomin aus Lyon.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_ACTORS)
def test_actors_hard_negatives(nlp, text):
    assert names(nlp(text)) == set()


@pytest.mark.parametrize("text,place", [
    # the guidelines' visits: a place a visit word governs is the visited side, not a mere location
    ("Die Delegation reiste weiter nach Paris.", "Paris"),
    ("Der Minister besuchte Berlin.", "Berlin"),
    ("Bei ihrem Besuch in Ottawa sprach sie über Handel.", "Ottawa"),
])
def test_actors_a_visited_place_is_an_actor(nlp, text, place):
    assert names(nlp(text)) == {place}


def test_actors_byline_and_credit_never_actors(nlp):
    text = ("date 2022-10 Gipfel\n\nVon: Oliver Schmitz\n\n"
            "Joe Biden und Wladimir Putin in Genf. © Denis Balibouse/dpa\n\n"
            "Der französische Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz.\n\n(os mit dpa)")
    doc = nlp(text)
    assert names(doc) == {"Joe Biden", "Wladimir Putin", "Emmanuel Macron", "Olaf Scholz"}


def test_actors_mentions_are_exact_sorted_and_linked(nlp):
    doc = nlp("US-Verteidigungsminister Lloyd Austin und sein russischer Kollege Sergei Schoigu "
              "telefonierten. Das Pentagon erklärte, Austin habe Schoigu angerufen. Putins Sprecher schwieg.")
    ids = {a.id for a in doc._.actors}
    assert [a.id for a in doc._.actors] == [f"A{k}" for k in range(1, len(ids) + 1)]
    assert doc._.mentions == sorted(doc._.mentions, key=lambda m: (m.start, m.end))
    for m in doc._.mentions:
        assert doc.text[m.start:m.end] == m.text and m.actor_id in ids
    for a in doc._.actors:
        assert a.mentions and all(m.actor_id == a.id for m in a.mentions)
    assert mention_names(doc, "sein russischer Kollege") == ["Sergei Schoigu"]
    assert actor_named(doc, "Sergei Schoigu").roles == ["Verteidigungsminister"]


def test_actors_lookup_helpers(nlp):
    text = ("Der US-Verteidigungsminister Lloyd Austin rief den russischen Verteidigungsminister "
            "Sergei Schoigu an. Einmal sprachen die Verteidigungsminister von Russland und der USA.")
    doc = nlp(text)
    phrase = "die Verteidigungsminister von Russland und der USA"
    start = text.index(phrase)
    both = {a.name for a in actors_at(doc, start, start + len(phrase))}
    assert both == {"Lloyd Austin", "Sergei Schoigu"}
    s = text.index("Lloyd")
    assert actor_at(doc, s, s + 5).name == "Lloyd Austin"
    r = text.index("rief")
    assert actor_at(doc, r, r + 4) is None
    assert [m.text for m in mentions_in(doc, s, text.index(" an."))] == [
        "Lloyd Austin", "den russischen Verteidigungsminister", "Sergei Schoigu"]


def _doc_with_ents(nlp, words, ents):
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False], ents=ents)
    for name in ("german_segmenter", "german_lemmas"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_actors_statistical_entities_are_merged(nlp):
    # fmt: off
    words = ["Gestern", "sagte", "Xaver", "Quibbleton", ",", "dass", "Zorblax", "Holdings", "expandiere", "."]
    ents = ["O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    # fmt: on
    doc = nlp.get_pipe("german_actors")(_doc_with_ents(nlp, words, ents))
    assert actor_named(doc, "Xaver Quibbleton").kind == "person"
    assert actor_named(doc, "Zorblax Holdings").kind == "organization"


def test_actors_rules_win_over_entities_on_role_spans(nlp):
    # fmt: off
    words = ["US-Verteidigungsminister", "Lloyd", "Austin", "sprach", "mit", "Moskau", "."]
    ents = ["B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "O"]
    # fmt: on
    doc = nlp.get_pipe("german_actors")(_doc_with_ents(nlp, words, ents))
    austin = actor_named(doc, "Lloyd Austin")
    assert austin.roles == ["Verteidigungsminister"] and austin.country == "USA"
    assert sorted(m.text for m in austin.mentions) == ["Lloyd Austin", "US-Verteidigungsminister"]
    assert names(doc) == {"Lloyd Austin", "Moskau"}


def test_actors_entities_in_credits_are_ignored(nlp):
    words = ["Titel", "\n\n", "©", "Denis", "Balibouse", "/", "dpa"]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words),
              ents=["O", "O", "O", "B-PER", "I-PER", "O", "B-ORG"])
    for name in ("german_segmenter", "german_lemmas", "german_actors"):
        doc = nlp.get_pipe(name)(doc)
    assert doc._.actors == []


@pytest.mark.skipif(not SEED.exists(), reason="seed example not available")
def test_actors_seed_example(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8"))
    expected = {
        "Lloyd Austin": ("USA", "Verteidigungsminister"), "Sergei Schoigu": ("RUS", "Verteidigungsminister"),
        "Joe Biden": ("USA", "Präsident"), "Wladimir Putin": ("RUS", "Präsident"),
        "Sébastien Lecornu": ("FRA", "Verteidigungsminister"), "Ben Wallace": ("GBR", "Verteidigungsminister"),
        "Hulusi Akar": ("TUR", "Verteidigungsminister"), "Olaf Scholz": ("DEU", "Bundeskanzler"),
        "Sergej Lawrow": ("RUS", "Außenminister"),
    }
    for name, (country, role) in expected.items():
        found = [a for a in doc._.actors if a.name == name]
        assert len(found) == 1, name
        assert found[0].country == country and role in found[0].roles, name
    assert not {"Oliver Schmitz", "Denis Balibouse", "Schmitz", "Balibouse"} & names(doc)
    assert mention_names(doc, "Austin") and set(mention_names(doc, "Austin")) == {"Lloyd Austin"}
    assert set(mention_names(doc, "Schoigu")) == {"Sergei Schoigu"}
    assert mention_names(doc, "sein russischer Kollege") == ["Sergei Schoigu"]
    assert mention_names(doc, "Russlands Verteidigungsminister") == ["Sergei Schoigu"]
    assert mention_names(doc, "sein US-Kollege") == ["Lloyd Austin"]
    persons = [a for a in doc._.actors if a.kind == "person"]
    assert len({a.name for a in persons}) == len(persons)


def test_actors_eval_meets_target(nlp):
    spec = importlib.util.spec_from_file_location("actors_eval", ROOT / "benchmarks" / "actors_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("actors_eval", module)
    spec.loader.exec_module(module)
    report = module.evaluate(ROOT / "corpus" / "actors" / "actors.jsonl", nlp)
    assert report.items >= 160
    assert report.mentions.precision >= 0.9 and report.mentions.recall >= 0.9
    assert report.actors.precision >= 0.9 and report.actors.recall >= 0.9


def test_actors_find_actors_is_linear_enough(nlp):
    import time
    text = " ".join(["Bundeskanzler Olaf Scholz traf den französischen Präsidenten Emmanuel Macron in Paris."] * 300)
    doc = nlp.make_doc(text)
    for name in ("german_segmenter", "german_lemmas"):
        doc = nlp.get_pipe(name)(doc)
    start = time.perf_counter()
    found, mentions = find_actors(doc)
    assert time.perf_counter() - start < 5.0
    assert len(found) == 2 and len(mentions) == 1200
