"""Noun phrases that refer back to a named person (``anaphors``): a nominalised age ("der
78-Jährige") takes the person of agreeing sex named in the nearest sentence before it; a noun
of ``person_anaphors.tsv`` ("den Wahlsieger") the one such person named before it in the
article; a role reference ("der Minister") nobody when two holders were named together.  An
ambiguous or unresolved phrase names nobody.  Every sentence is new, none taken from an article."""
from __future__ import annotations

import pytest

from .helpers import actors


def mentions_of(run_pipeline, text):
    return actors(run_pipeline, text)


# fmt: off
@pytest.mark.parametrize("text, name, mention", [
    # nominative, masculine and feminine
    ("Bundeskanzler Olaf Scholz landete am Morgen in Tokio. Am Nachmittag besuchte der 65-Jährige eine Fabrik.",
     "Olaf Scholz", "der 65-Jährige"),
    ("Die Außenministerin Annalena Baerbock reist nach Kiew. Dort will die 43-Jährige ukrainische Soldaten besuchen.",
     "Annalena Baerbock", "die 43-Jährige"),
    # genitive, dative with an adverb, feminine dative after a preposition
    ("Ministerpräsident Markus Söder kritisiert den Bund. Ein Sprecher des 56-Jährigen bestätigte die Pläne.",
     "Markus Söder", "des 56-Jährigen"),
    ("Der Trainer Thomas Tuchel verlässt den Verein. Mit dem inzwischen 50-Jährigen hatte der Vorstand lange "
     "verhandelt.", "Thomas Tuchel", "dem inzwischen 50-Jährigen"),
    ("Die Kommissarin Margrethe Vestager legt ihr Amt nieder. Mit der 55-Jährigen sprach am Montag auch der "
     "Kanzler.", "Margrethe Vestager", "der 55-Jährigen"),
    # lower case before punctuation
    ("Die Ministerin Anna Berg verlässt die Regierung. Das bestätigte die 61-jährige, die seit 2019 im Amt ist.",
     "Anna Berg", "die 61-jährige"),
    # the subject of its own clause is another person
    ("Bundeskanzler Olaf Scholz ist in Paris. Präsident Emmanuel Macron empfing den 65-Jährigen im Élysée.",
     "Olaf Scholz", "den 65-Jährigen"),
    # the sex told by a noun before the name
    ("Die Sängerin Lena Hoff gibt ein Konzert in Wien. Die 35-Jährige trifft dort auch Bürgermeister Michael "
     "Ludwig.", "Lena Hoff", "Die 35-Jährige"),
    # an age the text gave a person picks that person among two
    ("Papst Franziskus (86) empfing am Montag Präsident Joe Biden (80). Der 86-Jährige sprach von einem guten "
     "Gespräch.", "Franziskus", "Der 86-Jährige"),
])
# fmt: on
def test_age_nominal_refers_to_the_person_named_before(run_pipeline, text, name, mention):
    found = mentions_of(run_pipeline, text)
    assert name in found and mention in found[name][1], found


# fmt: off
@pytest.mark.parametrize("text, phrase", [
    # two men named in the nearest sentence: which one is not said
    ("Bundeskanzler Olaf Scholz traf Präsident Joe Biden. Der 80-Jährige lobte die Gespräche.", "Der 80-Jährige"),
    # the sex disagrees, or the text never told it
    ("Präsident Joe Biden reist nach Berlin. Die 80-Jährige sprach mit Journalisten.", "Die 80-Jährige"),
    ("Nach dem Spiel lobte Kim Berger die Mannschaft. Die 44-Jährige bleibt im Verein.", "Die 44-Jährige"),
    # brought in without a name: the definite phrase resumes that person
    ("Ein 36-jähriger Mann ist in Linz verunglückt. Polizeisprecher Hans Gruber bestätigte den Unfall. Der "
     "36-Jährige wurde ins Spital gebracht.", "Der 36-Jährige"),
    # an adjective before a noun, also when written with a capital; a plural
    ("Bundeskanzler Olaf Scholz ist in Paris. Der 46-Jährige Fahrer übersah die Ampel.", "Der 46-Jährige"),
    ("Bundeskanzler Olaf Scholz traf zwei Gewerkschafter. Die beiden 60-Jährigen sprachen mit Journalisten.",
     "Die beiden 60-Jährigen"),
])
# fmt: on
def test_unresolved_age_nominal_names_nobody(run_pipeline, text, phrase):
    found = mentions_of(run_pipeline, text)
    assert not any(phrase in ms or phrase.split()[-1] in " ".join(ms) for _, ms in found.values()), found


# fmt: off
@pytest.mark.parametrize("text, name, mention", [
    ("Der künftige Bürgermeister Jan Wolters (SPD) gewann die Stichwahl gegen die Kandidatin Petra Lang. Lang rief "
     "den Wahlsieger noch am Abend an.", "Jan Wolters", "den Wahlsieger"),
    # a role after the noun opens the next phrase, it is no apposition
    ("Präsident Emmanuel Macron besuchte am Montag Berlin. Am Abend traf der Gast Bundeskanzlerin Angela Merkel.",
     "Emmanuel Macron", "der Gast"),
    # a feminine genitive after a noun
    ("Ministerpräsidentin Manuela Schwesig lud zum Gipfel nach Schwerin. Die Rede der Gastgeberin wurde gelobt.",
     "Manuela Schwesig", "der Gastgeberin"),
])
# fmt: on
def test_story_noun_refers_to_the_one_person_named_before(run_pipeline, text, name, mention):
    found = mentions_of(run_pipeline, text)
    assert name in found and mention in found[name][1], found


# fmt: off
@pytest.mark.parametrize("text, noun", [
    # two of the sex before it, even when one of them is far back
    ("Präsident Emmanuel Macron traf Kanzler Olaf Scholz in Berlin. Der Gastgeber sprach von Fortschritten.",
     "Gastgeber"),
    ("Der Sondergesandte Karim Haddad vermittelt in dem Konflikt. Vizeminister Paul Mbeki lehnt direkte Gespräche "
     "ab. Rebellenführer Jean Kasa hatte dem Vermittler im Mai einen Brief geschickt.", "Vermittler"),
    # a genitive plural, a possessive, a qualifier after it
    ("Kanzler Olaf Scholz war in Berlin. Die Zahl der Besucher stieg am Montag.", "Besucher"),
    ("Kanzler Olaf Scholz empfing am Montag seinen Gast im Kanzleramt.", "Gast"),
    ("Kanzler Olaf Scholz sprach in Addis Abeba. Der Vermittler der Afrikanischen Union lobte ihn.", "Vermittler"),
])
# fmt: on
def test_story_noun_without_a_lone_antecedent_names_nobody(run_pipeline, text, noun):
    found = mentions_of(run_pipeline, text)
    assert not any(noun in m for _, ms in found.values() for m in ms), found


def test_role_reference_names_nobody_when_two_holders_were_named_together(run_pipeline):
    text = "Außenminister Heiko Maas traf Innenminister Horst Seehofer. Der Minister telefonierte danach mit Macron."
    found = mentions_of(run_pipeline, text)
    assert not any("Der Minister" in ms for _, ms in found.values()), found
    # the specific role still names its one holder
    text = "Außenminister Heiko Maas traf Innenminister Horst Seehofer. Danach telefonierte der Innenminister lange."
    assert "der Innenminister" in mentions_of(run_pipeline, text)["Horst Seehofer"][1]


def test_role_reference_is_not_its_own_clauses_subject(run_pipeline):
    text = "Außenminister Heiko Maas war in Rom. Am Montag empfing Maas den Minister zu einem Gespräch."
    found = mentions_of(run_pipeline, text)
    assert "den Minister" not in found["Heiko Maas"][1], found


def test_role_reference_in_a_genitive_may_be_its_clauses_subject(run_pipeline):
    text = ("Landrätin Eva Stein will die Klinik erhalten. Am Montag kamen Stein und Bürgermeister Uwe Kern auf "
            "Einladung der Landrätin zusammen.")
    assert "der Landrätin" in mentions_of(run_pipeline, text)["Eva Stein"][1]


def test_age_adjective_belongs_to_the_role_phrase(run_pipeline):
    text = "Papst Franziskus ist in Kuba. Am Montag traf der 86-jährige Papst den Präsidenten Raúl Castro."
    assert "der 86-jährige Papst" in mentions_of(run_pipeline, text)["Franziskus"][1]
