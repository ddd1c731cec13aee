"""The sex of a person named without a role, from the given name (given_name_sex.tsv): a
phrase that tells a sex ("die 61-Jährige") finds a person whose given name agrees, where it
needed a role before.  Every sentence is new, none taken from an article."""
from __future__ import annotations

import pytest

from extractor.components.actors import person_sex
from extractor.components.actors.words import given_name_sex

from .helpers import actors


def test_given_names_tell_a_sex_only_where_all_sources_agree():
    assert given_name_sex("Werner") is False and given_name_sex("Angela") is True
    assert given_name_sex("Andrea") is None      # Italian men, Austrian women
    assert given_name_sex("Kim") is None         # a surname that comes first
    assert given_name_sex("Kdolsky") is None     # no given name
    assert given_name_sex("Karl-Heinz") is False
    assert given_name_sex("Johanna-Sophie") is True  # not listed whole: its parts agree
    assert given_name_sex("Sophie-Werner") is None   # ... and here they do not
    assert given_name_sex("Jean-Marie") is False   # listed whole: a man's name, though "Marie" is a woman's


def test_a_role_says_the_sex_before_the_name():
    assert person_sex(True, "Sascha Berger") is True
    assert person_sex(False, "Angela Berger") is False
    assert person_sex(None, "Angela Berger") is True


# fmt: off
@pytest.mark.parametrize("text, name, mention", [
    ("Angela Merkel landete am Morgen in Rom. Am Nachmittag besuchte die 61-Jährige den Vatikan.",
     "Angela Merkel", "die 61-Jährige"),
    ("Werner Faymann traf am Montag Pamela Rendi-Wagner. Die 48-Jährige sprach danach mit Journalisten.",
     "Pamela Rendi-Wagner", "Die 48-Jährige"),
    ("Pamela Rendi-Wagner traf am Montag Werner Faymann. Der 56-Jährige sprach danach mit Journalisten.",
     "Werner Faymann", "Der 56-Jährige"),
])
# fmt: on
def test_an_age_nominal_finds_the_person_whose_given_name_agrees(run_pipeline, text, name, mention):
    found = actors(run_pipeline, text)
    assert mention in found[name][1], found


# fmt: off
@pytest.mark.parametrize("text, phrase", [
    ("Werner Faymann landete am Morgen in Rom. Am Nachmittag besuchte die 56-Jährige den Vatikan.",
     "die 56-Jährige"),
    # a given name the table does not know leaves the sex unknown
    ("Andrea Kdolsky traf am Montag Journalisten. Die 46-Jährige sprach über das Budget.", "Die 46-Jährige"),
])
# fmt: on
def test_an_age_nominal_of_the_other_sex_or_an_unknown_one_names_nobody(run_pipeline, text, phrase):
    found = actors(run_pipeline, text)
    assert not any(phrase in mentions for _, mentions in found.values()), found
