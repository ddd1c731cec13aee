"""Paragraph-aware segmentation: header, byline, captions and credits stand alone."""
from __future__ import annotations

import pytest

from extractor.components.segmenter import find_segments

ARTICLE = (" date 2022-10 Scholz telefoniert mit Macron\n\nVon: Ben Müller\n\n"
           "Berlin – Der Kanzler hat telefoniert. Danach sprach er mit Journalisten.\n\n"
           "Zwischenzeile ohne Punkt\n\n"
           "Scholz und Macron bei einem Treffen im Mai. © Kay Nietfeld/dpa\n\n"
           "Der Text geht im Jahr 2021. Weiter mit Dr. Müller z.B. am 21. Oktober.\n\n(os mit dpa)")


def test_segmenter_region_kinds():
    kinds = [(s.kind, ARTICLE[s.start:s.end]) for s in find_segments(ARTICLE)]
    assert kinds == [
        ("meta", "date 2022-10 "), ("headline", "Scholz telefoniert mit Macron"),
        ("byline", "Von: Ben Müller"),
        ("body", "Berlin – Der Kanzler hat telefoniert. Danach sprach er mit Journalisten."),
        ("subhead", "Zwischenzeile ohne Punkt"),
        ("caption", "Scholz und Macron bei einem Treffen im Mai."), ("credit", "© Kay Nietfeld/dpa"),
        ("body", "Der Text geht im Jahr 2021. Weiter mit Dr. Müller z.B. am 21. Oktober."),
        ("credit", "(os mit dpa)")]


@pytest.mark.parametrize("text,sentences", [
    ("Der Kanzler hat telefoniert. Danach sprach er.", ["Der Kanzler hat telefoniert.", "Danach sprach er."]),
    ("Am 21. Oktober traf Dr. Müller z.B. Scholz.", ["Am 21. Oktober traf Dr. Müller z.B. Scholz."]),
    ("Das war im Jahr 2021. Danach kam mehr.", ["Das war im Jahr 2021.", "Danach kam mehr."]),
    ("Er sagte: „Wir sprechen.“ Dann ging er.", ["Er sagte: „Wir sprechen.“", "Dann ging er."]),
    ("Titel? US-Minister telefoniert", ["Titel?", "US-Minister telefoniert"]),
    # a number with thousands groups ends the sentence with its period; as an ordinal it has an article
    ("Im Mai kamen 12.500. Danach sank die Zahl.", ["Im Mai kamen 12.500.", "Danach sank die Zahl."]),
    ("Es waren zuletzt 1.200.000. Ab Juni sind es weniger.", ["Es waren zuletzt 1.200.000.", "Ab Juni sind es weniger."]),
    ("Der Verein ehrte den 10.000. Besucher am Montag.", ["Der Verein ehrte den 10.000. Besucher am Montag."]),
])
def test_segmenter_sentences_inside_a_paragraph(nlp, text, sentences):
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("german_segmenter")(doc)
    assert [s.text.strip() for s in doc.sents] == sentences


def test_segmenter_never_joins_two_paragraphs(nlp):
    doc = nlp.get_pipe("german_segmenter")(nlp.make_doc("Erste Zeile ohne Punkt\n\nzweite Zeile klein."))
    assert len(list(doc.sents)) == 2
