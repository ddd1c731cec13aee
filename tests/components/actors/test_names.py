"""Person names: their boundaries in news style, names no list knows, names after place nouns."""
from __future__ import annotations

import pytest

from .helpers import actors, names


# fmt: off
NEWS_STYLE = [
    ("Am Sonntag will US-Präsident Joe Biden Selenskyj treffen. Wolodymyr Selenskyj reist an.",
     {"Joe Biden", "Wolodymyr Selenskyj"}),
    ("Der Präsident Andrés Manuel López Obrador empfing ihn. López Obrador lobte das Treffen.",
     {"Andrés Manuel López Obrador"}),
    ("Sie trafen sich im Pekinger Staatsgästehaus Diaoyutai und im Weltraumbahnhof Wostotschny.", set()),
    ("Die Gespräche fanden in La Celle-Saint-Cloud statt, obwohl Viktor Orbán das Vorhaben ablehnte.",
     {"Viktor Orbán"}),
    ("Der UN-Sondergesandte für den Jemen, Hans Grundberg, reiste nach Maskat.", {"Hans Grundberg"}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", NEWS_STYLE)
def test_actors_news_style_name_boundaries(nlp, text, expected):
    assert {a.name for a in nlp(text)._.actors if a.kind == "person"} == expected


# fmt: off
UNKNOWN_NAMES = [
    ("Nach dem Treffen sagte Ingrid Solbakken-Haugland, man sei sich einig.", "Ingrid Solbakken-Haugland"),
    ("Laut Kemal Yıldırımoğlu ist die Lage angespannt.", "Kemal Yıldırımoğlu"),
    ("Am Rand der Tagung traf Hulusi Akar seinen Nachfolger.", "Hulusi Akar"),
    ("Zuvor hatte Svetlana Woronzowa die Pläne verteidigt.", "Svetlana Woronzowa"),
    ("Die Ökonomin Li Wenjun hält die Prognose für falsch.", "Li Wenjun"),
    ("Gestern äußerte sich Juan Carlos Echeverría de la Fuente dazu.", "Juan Carlos Echeverría de la Fuente"),
    ("Der Unternehmer Pieter van den Broek investiert.", "Pieter van den Broek"),
    ("Kim Jong Un beobachtete den Test.", "Kim Jong Un"),
    ("Heute sprach Frau Wentzlaff-Brandt vor dem Ausschuss.", "Wentzlaff-Brandt"),
    ("Mit dabei war Abdullah bin Rashid Al Nahyani.", "Abdullah bin Rashid Al Nahyani"),
]
# fmt: on


@pytest.mark.parametrize("text,name", UNKNOWN_NAMES)
def test_actors_unknown_names(nlp, text, name):
    assert names(nlp(text)) == {name}


@pytest.mark.parametrize("text", [
    "Die Delegation reiste in den südindischen Küstenort Lonavala weiter.",
    "Die Präsidenten trafen sich auf dem Kosmodrom Baikonur.",
])
def test_actors_a_name_after_a_place_noun_is_no_person(nlp, text):
    assert not [a for a in nlp(text)._.actors if a.kind == "person"]


def test_actors_party_in_parentheses_is_no_actor(nlp):
    doc = nlp("Scholz (SPD) und Merz (CDU) stritten im Bundestag.")
    assert names(doc) == {"Scholz", "Merz", "Bundestag"}


@pytest.mark.parametrize("text,name", [
    ("Wirtschaftsministerin Katherina Reiche (CDU) beriet mit den Ländern.", "Katherina Reiche"),
    ("Scholz empfing die Ministerpräsidenten Boris Rhein und Stephan Weil (SPD).", "Stephan Weil"),
    ("Wollte Olaf Scholz Hilfe anbieten?", "Olaf Scholz"),
])
def test_actors_surname_after_given_name(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


def test_actors_unknown_surname_coordinated_with_a_person(run_pipeline):
    found = actors(run_pipeline, "Bundeskanzler Olaf Scholz reiste ab. Ein Telefonat zwischen Putin und Scholz "
                                 "gilt als unwahrscheinlich.")
    assert found.get("Putin", ("",))[0] == "person"


def test_actors_title_before_a_name_is_not_coordinated_as_a_name(run_pipeline):
    found = actors(run_pipeline, "Dort sprach er mit Betriebsratschef Sven Hoffmann und Werkleiter Frank Ruhland.")
    assert "Werkleiter" not in found and "Frank Ruhland" in found


@pytest.mark.parametrize("text,name", [
    # a full name in the genitive after its noun ends in -s; the actor is the name itself
    ("Die Gruppe hat den Besuch Recep Tayyip Erdogans organisiert.", "Recep Tayyip Erdogan"),
    ("Nach der Rede Annalena Baerbocks gab es Beifall.", "Annalena Baerbock"),
])
def test_actors_full_name_in_the_genitive(run_pipeline, text, name):
    assert set(actors(run_pipeline, text)) == {name}


@pytest.mark.parametrize("text,name", [
    ("Am Montag reiste Hans Gerdes ab.", "Hans Gerdes"),  # no noun before it: the -s is the name's own
    ("Der Besuch von Hans Gerdes fiel aus.", "Hans Gerdes"),
])
def test_actors_names_ending_in_s_keep_it(run_pipeline, text, name):
    assert set(actors(run_pipeline, text)) == {name}


@pytest.mark.parametrize("text,name", [
    # two unknown capitalised words are a name even when one ends like a German noun (-nis, -ik)
    ("Das sei falsch, sagt Vytenis Andriukaitis.", "Vytenis Andriukaitis"),
    ("Am Abend sprach Janik Wroblewski.", "Janik Wroblewski"),
])
def test_actors_foreign_names_with_noun_like_endings(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


@pytest.mark.parametrize("text,name", [
    # a given name spelt like a German adverb: after a role, inside the sentence, it is no adverb
    ("Kroatiens Innenminister Davor Marković traf am Montag seinen Amtskollegen.", "Davor Marković"),
    ("Der Außenminister Serbiens, Davor Jelić, reiste nach Wien.", "Davor Jelić"),
    ("Am Abend sprach Trainer Davor Kranjčar mit der Mannschaft.", "Davor Kranjčar"),
])
def test_actors_given_name_spelt_like_an_adverb_after_a_role(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


@pytest.mark.parametrize("text", [
    "Davor hatte die Ministerin gewarnt.",
    "Der Vorstandsvorsitzende Dr. Klaus Brenner sprach.",
])
def test_actors_adverbs_and_titles_open_no_name(run_pipeline, text):
    assert not any(n.startswith(("Davor", "Dr")) for n in actors(run_pipeline, text))


@pytest.mark.parametrize("text", [
    "Per E-Mail informierte der Verein seine Mitglieder.",
    "Via Mail hatte die Schule die Eltern gewarnt.",
    "Per Fax kam die Absage am Freitag.",
])
def test_actors_a_preposition_of_means_opening_a_sentence_is_no_given_name(run_pipeline, text):
    assert not any(n.startswith(("Per", "Via")) for n in actors(run_pipeline, text))


@pytest.mark.parametrize("text,name", [
    # the press names suspects and victims by first name and the initial of the surname
    ("Der Angeklagte Michael K. schwieg.", "Michael K."),
    ("Am Montag telefonierte Sandra W. mit ihrem Anwalt.", "Sandra W."),
])
def test_actors_first_name_and_surname_initial(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


@pytest.mark.parametrize("text,name", [
    # a kinship noun introduces a name and is no part of it
    ("Hasan E. traf sich mit seinem Cousin Jonas E. in Wien.", "Jonas E."),
    ("Der Künstler besuchte seine Schwester Lena Kraus.", "Lena Kraus"),
    # East Asian family names before the given name
    ("Der Künstler Ai Weiwei reiste nach Berlin.", "Ai Weiwei"),
])
def test_actors_kinship_nouns_and_family_names_first(run_pipeline, text, name):
    found = names(run_pipeline(text, "2016-03-01"))
    assert name in found and not any(n.startswith(("Cousin", "Schwester")) for n in found), found


@pytest.mark.parametrize("text,name", [
    ("Die Ministerin war am Montag bei Kardinal Christoph Schönborn zu Gast.", "Christoph Schönborn"),
    ("Der Bischof ist bei Präsidentin Maia Sandu zu Besuch.", "Maia Sandu"),
    ("Die Rede von Kanzler Olaf Scholz ging zu Ende.", "Olaf Scholz"),
])
def test_actors_zu_before_a_german_noun_is_a_set_phrase_not_a_name_particle(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


def test_actors_zu_before_a_surname_stays_a_name_particle(run_pipeline):
    assert "Karl-Theodor zu Guttenberg" in actors(run_pipeline, "Minister Karl-Theodor zu Guttenberg reiste ab.")


@pytest.mark.parametrize("text,name", [
    # a double surname whose second part is a role word ("Prinz", "König") follows the given name
    ("Die Redakteurin Heidi Lackner-Prinz verteidigte die Sendung.", "Heidi Lackner-Prinz"),
    ("Gestern telefonierte Maria Huber-König mit dem Bürgermeister.", "Maria Huber-König"),
    ("Am Abend sprach Jana Novak-Kaiser vor den Gästen.", "Jana Novak-Kaiser"),
])
def test_actors_double_surname_ending_in_a_role_word(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


def test_actors_role_compound_after_no_given_name_stays_a_role(run_pipeline):
    assert "Jens Stoltenberg" in actors(run_pipeline, "Olaf Scholz traf Nato-Chef Jens Stoltenberg.")


@pytest.mark.parametrize("text,name", [
    # after a weekday or a time of day a name ending in -s is in no genitive
    ("Die Ministerin traf am Montag Peter Resetarits.", "Peter Resetarits"),
    ("Sie sprach am Sonntagabend mit Thomas Ellis.", "Thomas Ellis"),
])
def test_actors_a_time_before_a_name_makes_no_genitive(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)
