"""Step 1: a sentence cut into clauses."""
from __future__ import annotations

import pytest

from extractor.components.events import split_clauses

from .helpers import cast_of


def test_events_clause_split_keeps_lists_and_appositions(nlp):
    doc = nlp("Schoigu führte Telefonate mit Kollegen aus Frankreich (Sébastien Lecornu), Großbritannien (Ben Wallace) "
              "und der Türkei, nachdem Biden angerufen hatte.")
    clauses = [doc[c.start:c.end].text for c in split_clauses(next(iter(doc.sents)))]
    assert len(clauses) == 2 and clauses[1].startswith("nachdem")


def test_clauses_a_sequence_adverb_and_a_verb_after_a_comma_open_a_main_clause(hand_doc, find_events):
    text = ("Ylva Zorndt begrüßte die Gäste. Xaver Quuxberg war am Dienstag in Quuxburg eingetroffen, "
            "zunächst führte er dort Gespräche mit Unternehmern.")
    doc = hand_doc(text, actors={"Ylva Zorndt": "person", "Xaver Quuxberg": "person", "Quuxburg": "city"},
                   published="2022-10-25")
    assert find_events(doc) == set()


def test_clauses_und_between_names_before_a_final_verb_joins_the_names(hand_doc, find_events):
    text = "Xaver Quuxberg hatte ausgesagt, bevor er den Brief an Ylva Zorndt und Bert Amsel schrieb."
    doc = hand_doc(text, actors={"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person"},
                   published="2022-10-25")
    assert {(e[0], e[1]) for e in find_events(doc)} == {
        ("correspondence", frozenset({"Xaver Quuxberg", "Ylva Zorndt", "Bert Amsel"}))}


RELATIVE_CAST = {"Xaver Quuxberg": "person", "Ylva Zorndt": "person", "Bert Amsel": "person", "Quuxland": "country"}

# fmt: off
RELATIVE_WITH_A_NAMED_SUBJECT = [
    # the relative pronoun stands before a name or a noun; its clause ends with a verb
    "Xaver Quuxberg telefonierte mit Ylva Zorndt, der Bert Amsel seit Jahren vertraut.",
    "Am Dienstag sprach Xaver Quuxberg mit Ylva Zorndt, der Quuxland gestern einen Orden verlieh.",
    "Ylva Zorndt, die Bert Amsel als Beraterin schätzt, besuchte Xaver Quuxberg in Wien.",
]
# fmt: on


@pytest.mark.parametrize("text", RELATIVE_WITH_A_NAMED_SUBJECT)
def test_clauses_a_relative_clause_with_a_named_subject_is_its_own_clause(hand_doc, find_events, text):
    doc = hand_doc(text, actors=cast_of(text, RELATIVE_CAST), published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"})}


# fmt: off
NO_RELATIVE_CLAUSE = [
    # an apposition has no verb of its own; a list ends in the sentence's verb
    ("Xaver Quuxberg, der Präsident des Landes, traf Ylva Zorndt.", {"Xaver Quuxberg", "Ylva Zorndt"}),
    ("Xaver Quuxberg, die Ministerin Ylva Zorndt und Bert Amsel haben sich getroffen.",
     {"Xaver Quuxberg", "Ylva Zorndt", "Bert Amsel"}),
    # "zu" + infinitive: an infinitive clause, whose subject is the main clause's
    ("Xaver Quuxberg erklärte, die Regierungschefin Ylva Zorndt vorher informiert zu haben.",
     {"Xaver Quuxberg", "Ylva Zorndt"}),
]
# fmt: on


@pytest.mark.parametrize("text,sides", NO_RELATIVE_CLAUSE)
def test_clauses_an_apposition_or_list_after_der_stays_in_the_clause(hand_doc, find_events, text, sides):
    doc = hand_doc(text, actors=cast_of(text, RELATIVE_CAST), published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset(sides)}


@pytest.mark.parametrize("text,count", [
    # a list of names between dashes is an apposition inside the clause
    ("Die Chefs der drei Staaten – Quuxland, Zorndtland und Amselland – trafen sich in Quuxburg.", 1),
    ("Am Montag berieten die Minister der Nachbarländer – Quuxland und Zorndtland – über den Plan.", 1),
    # dashes around words that are no list still set off a clause of their own
    ("Davor gibt es – unter Vorsitz von Xaver Quuxberg – ein Treffen der Minister.", 3),
])
def test_clauses_dashes_around_a_list_of_names_do_not_split(nlp, text, count):
    doc = nlp(text)
    assert len(split_clauses(next(iter(doc.sents)))) == count


def test_clauses_a_contact_verb_of_the_relative_clause_is_its_own_act(hand_doc, find_events):
    text = "Xaver Quuxberg traf am Montag Ylva Zorndt, die Bert Amsel am Vortag empfangen hatte."
    doc = hand_doc(text, actors=cast_of(text, RELATIVE_CAST), published="2022-10-25")
    assert {e[1] for e in find_events(doc)} == {frozenset({"Xaver Quuxberg", "Ylva Zorndt"}),
                                                frozenset({"Ylva Zorndt", "Bert Amsel"})}
