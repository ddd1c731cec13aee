"""Cues of person names: given names of the open-data list, nouns after given names, middle
initials and regnal numbers, nouns in apposition before a name."""
from __future__ import annotations

import pytest


def persons(doc) -> set[str]:
    return {a.name for a in doc._.actors if a.kind == "person"}


def person_mentions(doc) -> set[str]:
    kinds = {a.id: a.kind for a in doc._.actors}
    return {m.text for m in doc._.mentions if kinds[m.actor_id] == "person"}


# fmt: off
OPEN_DATA_GIVEN_NAMES = [
    ("Am Montag klagte Errol Joseph vor dem Landgericht.", "Errol Joseph"),
    ("Die Sprecherin Birthe Lundgaard bestätigte den Termin.", "Birthe Lundgaard"),
    ("Laut Thorben Albrecht ist das Projekt gescheitert.", "Thorben Albrecht"),
    ("Nach der Wahl gratulierte Dagny Haraldsen ihrem Gegner.", "Dagny Haraldsen"),
    ("Wendelin Kramberger wurde 1950 in Graz geboren.", "Wendelin Kramberger"),
]
# fmt: on


@pytest.mark.parametrize("text,name", OPEN_DATA_GIVEN_NAMES)
def test_given_names_of_the_open_data_list_start_names(nlp, text, name):
    assert persons(nlp(text)) == {name}


# fmt: off
SURNAME_LIKE_GIVEN_NAMES = [
    # "Walker" is a given name and a surname: inside a name it is the surname
    ("Die Regierungsrätin Anna Walker Stettler lud ein. Walker Stettler zeigte sich zufrieden.",
     {"Anna Walker Stettler"}),
    ("Zuerst sprach Maria Norman Kessler. Danach antwortete Norman Kessler auf Fragen.", {"Maria Norman Kessler"}),
    # given names before a shared surname: two of a family, not a run of two names
    ("Der Gründer Karl Friedrich Lenz war der Bruder von Otto Lenz.", {"Karl Friedrich Lenz", "Otto Lenz"}),
    ("Johann Georg Hamann schrieb an Maria Hamann.", {"Johann Georg Hamann", "Maria Hamann"}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SURNAME_LIKE_GIVEN_NAMES)
def test_given_names_inside_a_name(nlp, text, expected):
    assert persons(nlp(text)) == expected


# fmt: off
NOUN_AFTER_GIVEN_NAME = [
    # a German noun after a well-known given name is a surname ...
    ("Hermann König sagte, er sei froh.", {"Hermann König"}),
    ("Am Abend widersprach Petra Herbst dem Bürgermeister.", {"Petra Herbst"}),
    # ... not after a given name only the long open-data list has
    ("Dort bekam Rosl Hilfe von ihrer Tante.", set()),
    ("Im Sommer erhielt Nayeli Anfang Juli einen Brief.", set()),
]
# fmt: on


@pytest.mark.parametrize("text,expected", NOUN_AFTER_GIVEN_NAME)
def test_a_noun_after_a_given_name(nlp, text, expected):
    assert persons(nlp(text)) == expected


# fmt: off
MIDDLE_INITIALS = [
    ("Gestern sprach Robert F. Kennedy vor Studenten.", "Robert F. Kennedy"),
    ("Der Vertrag wurde von Anna M. Brandstätter unterzeichnet.", "Anna M. Brandstätter"),
    ("Laut Peter J. Wagenknecht sind die Zahlen falsch.", "Peter J. Wagenknecht"),
    ("Die Polizei nahm Hasan E. fest.", "Hasan E."),
]
# fmt: on


@pytest.mark.parametrize("text,name", MIDDLE_INITIALS)
def test_an_initial_between_given_name_and_surname(nlp, text, name):
    assert persons(nlp(text)) == {name}


# fmt: off
REGNAL_NUMBERS = [
    ("Im Jahr 1685 verfolgte Ludwig XIV. die Hugenotten.", "Ludwig XIV."),
    ("Papst Johannes Paul II. besuchte Polen.", "Johannes Paul II."),
    ("Unter Friedrich II. wuchs die Stadt.", "Friedrich II."),
    ("Die Königin Elizabeth II. eröffnete das Parlament.", "Elizabeth II."),
]
# fmt: on


@pytest.mark.parametrize("text,mention", REGNAL_NUMBERS)
def test_a_rulers_number_belongs_to_the_name(nlp, text, mention):
    assert mention in person_mentions(nlp(text))


# fmt: off
APPOSITION = [
    # a noun before the name, not itself part of it
    ("Das Trainerduo Dennis Ley und Jürgen Fahlbusch rechnet mit einem Sieg.", {"Dennis Ley", "Jürgen Fahlbusch"}),
    ("Der bekannte Bergsteiger Reinhold Messner kam nach Bozen.", {"Reinhold Messner"}),
    ("Die junge Schwimmerin Kalinda Oyelaran gewann das Finale.", {"Kalinda Oyelaran"}),
    ("Ihr Mandant Vlatko Juričević schweigt.", {"Vlatko Juričević"}),
    # nouns saying what a person is: a name after them may be one word
    ("Der Rapper Eminem sagte das Konzert ab.", {"Eminem"}),
    ("Am Abend trat die Sängerin Shakira in London auf.", {"Shakira"}),
    ("Gegen den Opernsänger Kowalczyk wird ermittelt.", {"Kowalczyk"}),
    ("Zweimal parierte Löwen-Keeper Hofmann stark.", {"Hofmann"}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", APPOSITION)
def test_a_noun_in_apposition_before_a_name(nlp, text, expected):
    assert persons(nlp(text)) == expected


# fmt: off
NO_NAME = [
    # a noun after a role is no name
    ("Dem früheren Berater wird als Anwalt Urkundenfälschung vorgeworfen.", set()),
    ("Er kündigte als Parteichef Rentenkürzungen an.", set()),
    ("Die Vorsitzende verlangte Gehaltserhöhungen.", set()),
    # a word in capitals is an abbreviation, not a surname
    ("Die Partie gegen Hertha BSC endete torlos.", set()),
    # an abbreviation of a number is no given name
    ("Das Projekt kostet 3 Mio Euro.", set()),
]
# fmt: on


@pytest.mark.parametrize("text,expected", NO_NAME)
def test_words_that_do_not_make_a_name(nlp, text, expected):
    assert persons(nlp(text)) == expected
