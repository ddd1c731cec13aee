"""Main clauses joined by a comma alone: a bare name and its finite verb after the comma open a
clause of their own, so a contact verb before the comma does not take that name as a side."""
from __future__ import annotations

import pytest

from extractor.components.events import split_clauses


def clause_texts(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[c.start:c.end].text for c in split_clauses(next(iter(doc.sents)))]


# fmt: off
ASYNDETIC = [
    ("Wir treffen uns heute in Graz, Okonjo bereist danach die Steiermark.", "Okonjo"),
    ("Sie sprachen lange miteinander, Haller verließ das Treffen erst am Abend.", "Haller"),
    ("Die Minister telefonierten am Montag, Varga reist am Freitag nach Rom.", "Varga"),
    ("Man traf sich im Hotel, Kowalczyk blieb aber draußen.", "Kowalczyk"),
]
# fmt: on


@pytest.mark.parametrize("text,name", ASYNDETIC)
def test_name_and_finite_verb_after_a_comma_open_a_main_clause(nlp, text, name):
    clauses = clause_texts(nlp, text)
    assert len(clauses) == 2 and clauses[1].startswith(name)


# fmt: off
NO_NEW_CLAUSE = [
    # a list of names after the comma, no verb right after the name
    ("Er traf Scholz, Macron und Meloni in Brüssel.", "Macron"),
    # an apposition
    ("Der Trainer, Haller, sprach mit dem Verein.", "Haller"),
]
# fmt: on


@pytest.mark.parametrize("text,name", NO_NEW_CLAUSE)
def test_lists_and_appositions_after_a_comma_stay_in_the_clause(nlp, text, name):
    assert not any(c.startswith(name) for c in clause_texts(nlp, text))
