"""German puts the subject right after the finite verb when something else opens the clause,
and the object right after it: two full names then stand side by side ("Gestern traf Heinz
Fischer Joachim Gauck").  After a surname, a given name that a further part of a name follows
begins the second person's name; given names before the surname stay one name."""
from __future__ import annotations

import pytest


def persons(doc) -> set[str]:
    return {a.name for a in doc._.actors if a.kind == "person"}


# fmt: off
ADJACENT_NAMES = [
    ("Am Montag empfing Heinz Fischer Joachim Gauck in der Hofburg.", {"Heinz Fischer", "Joachim Gauck"}),
    ("Vorige Woche rief Angela Merkel Wladimir Putin an.", {"Angela Merkel", "Wladimir Putin"}),
    ("In einem Schreiben bat Jean-Claude Juncker Alexis Tsipras um Geduld.", {"Jean-Claude Juncker", "Alexis Tsipras"}),
    ("Danach traf Werner Faymann Thomas de Maizière in Berlin.", {"Werner Faymann", "Thomas de Maizière"}),
    ("Zuletzt hatte Matteo Renzi François Hollande angerufen.", {"Matteo Renzi", "François Hollande"}),
]
# fmt: on


@pytest.mark.parametrize("text, names", ADJACENT_NAMES)
def test_a_given_name_after_a_surname_starts_a_second_person(nlp, text, names):
    assert persons(nlp(text)) == names


# fmt: off
ONE_NAME = [
    ("Gestern traf Hans Peter Doskozil die Soldaten in Wien.", {"Hans Peter Doskozil"}),
    ("Am Dienstag sprach Frank Walter Steinmeier vor dem Bundestag.", {"Frank Walter Steinmeier"}),
    ("Damals trat Karl Theodor zu Guttenberg zurück.", {"Karl Theodor zu Guttenberg"}),
    ("Präsident Luiz Inácio Lula da Silva reiste nach Rom.", {"Luiz Inácio Lula da Silva"}),
]
# fmt: on


@pytest.mark.parametrize("text, names", ONE_NAME)
def test_given_names_before_the_surname_stay_one_name(nlp, text, names):
    assert persons(nlp(text)) == names


def test_the_two_persons_side_by_side_make_the_meeting(extractor):
    record = extractor.extract("Gestern traf Sebastian Kurz Sergej Lawrow in Moskau.", published="2016-04-10")
    sides = {frozenset(p.name for p in e.participants) for e in record.events}
    assert sides == {frozenset({"Sebastian Kurz", "Sergej Lawrow"})}
