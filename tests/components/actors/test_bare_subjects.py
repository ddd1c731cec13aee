"""A bare capitalised word in the subject's slot beside a singular finite verb is a person's
surname (German gives a common noun in that slot an article); adverbs, nouns the article also
uses in a company's name, headlines and nouns that are the verb's object are none."""
from __future__ import annotations

import pytest


def persons(doc) -> set[str]:
    return {a.name for a in doc._.actors if a.kind == "person"}


# fmt: off
BARE_SUBJECTS = [
    ("Der Ausschuss tagte lange. Wondraschek war bis 2019 Bürgermeister der Gemeinde.", "Wondraschek"),
    ("Die Preise steigen weiter. Das sei erst der Anfang, sagte Tschernegg am Dienstag.", "Tschernegg"),
    ("Das Turnier war hart. Im Finale siegte Ostapenko in drei Sätzen.", "Ostapenko"),
    ("Der Verein wählte neu. Weil Brkljačić erkrankte, übernahm der Vize das Amt.", "Brkljačić"),
    ("Die Frist läuft ab. Bis dahin, erklärte Kowalski, sei nichts entschieden.", "Kowalski"),
    # a listed surname that looks like a compound, beside a verb of saying
    ("Das Werk bleibt offen. Hoffmann betonte, die Firma bleibe in Linz.", "Hoffmann"),
    # a listed surname that is also a German noun: only beside a verb of saying
    ("Die Akten fehlen. Das müsse geklärt werden, sagte Richter vor Journalisten.", "Richter"),
]
# fmt: on


@pytest.mark.parametrize("text,name", BARE_SUBJECTS)
def test_bare_word_beside_a_singular_verb_is_a_person(nlp, text, name):
    assert persons(nlp(text)) == {name}


# fmt: off
NO_BARE_SUBJECTS = [
    "Der Zug hält in Linz. Normalerweise dauert die Fahrt zwei Stunden.",
    "Der Einspruch kam spät. Daran änderte auch die Anhörung nichts.",
    "Die Arbeit ruht. Sonntags bleibt der Betrieb geschlossen.",
    "Die Gemeinde tagte. Der Rat forderte Auskunft über den Neubau.",
    "Er öffnete langsam die verglaste Wintergartentür und trat ein.",
    # the article names the company "Orvanto Fahrzeugtechnik": its first word is no person
    "Das Werk der Orvanto Fahrzeugtechnik schließt. Orvanto ist der größte Arbeitgeber der Stadt.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_BARE_SUBJECTS)
def test_adverbs_objects_and_company_words_are_no_bare_subjects(nlp, text):
    assert persons(nlp(text)) == set()


def test_a_headline_drops_its_article_so_its_first_word_is_no_person(nlp):
    doc = nlp("Werksrat fordert Klarheit\n\nDer Werksrat des Standorts verlangt eine Antwort bis Freitag.")
    assert persons(doc) == set()


def test_a_word_known_as_part_of_a_full_name_is_that_person(nlp):
    doc = nlp("Präsident Luiz Inácio Lula da Silva reiste nach Rom. Dort sagte Lula, das Abkommen sei fair.")
    assert persons(doc) == {"Luiz Inácio Lula da Silva"}


# fmt: off
SAXON_GENITIVES = [
    # a name in -s before a noun, with no article: the owner's surname, without the -s
    ("Der Vorstand dürfte über Wondrascheks Entscheidung nicht glücklich sein.", "Wondraschek"),
    ("Nach Tscherneggs überraschender Absage wurde neu geplant.", "Tschernegg"),
    ("Kowalskis Rücktritt kam spät.", "Kowalski"),
]
NO_SAXON_GENITIVES = [
    "Damit sind wir nah am Puls der Zeit.",            # a noun's own -s after "am"
    "Globus Filialen schließen im Herbst.",             # a Latin nominative in -us
    "Der Streit führte zum Zerwürfnis der Partner.",    # "-nis"
    "Des Landes Zukunft ist ungewiss.",                 # an article before it
    "Niklas Bruckner war damals Bürgermeister.",        # a given name in -s
]
# fmt: on


@pytest.mark.parametrize("text,name", SAXON_GENITIVES)
def test_a_bare_name_in_the_saxon_genitive_is_a_person(nlp, text, name):
    assert persons(nlp(text)) == {name}


@pytest.mark.parametrize("text", NO_SAXON_GENITIVES)
def test_nouns_in_s_and_genitives_after_articles_are_no_saxon_genitive_names(nlp, text):
    assert not {n for n in persons(nlp(text)) if n != "Niklas Bruckner"}
