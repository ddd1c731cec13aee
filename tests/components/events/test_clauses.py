"""Step 1: a sentence cut into clauses."""
from __future__ import annotations


from extractor.components.events import split_clauses


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
