"""Resolution: genitives and surnames join full names, role references and colleague words find their persons."""
from __future__ import annotations

import pytest

from .helpers import actor_named, mention_names, names


# fmt: off
GENITIVES = [
    ("Olaf Scholz reiste nach Kiew. Scholz' Besuch war geheim.", "Scholz'", "Olaf Scholz"),
    ("Emmanuel Macron lud ein. Macrons Vorschlag stieß auf Kritik.", "Macrons", "Emmanuel Macron"),
    ("Wladimir Putin schwieg. Putins Sprecher nannte keinen Grund.", "Putins", "Wladimir Putin"),
    ("Vorwürfe Russlands wies die Ukraine zurück.", "Russlands", "Russland"),
]
# fmt: on


@pytest.mark.parametrize("text,mention,name", GENITIVES)
def test_actors_genitive_maps_to_base_name(nlp, text, mention, name):
    assert mention_names(nlp(text), mention) == [name]


# fmt: off
PROPAGATION = [
    ("US-Präsident Joe Biden kündigte Hilfen an. Biden sagte, die Lage sei ernst.", "Biden", "Joe Biden"),
    ("Biden sprach zuerst. Später trat Joe Biden vor die Presse.", "Biden", "Joe Biden"),
    ("Xi Jinping und Wladimir Putin unterzeichneten. Xi sprach von einer neuen Ära.", "Xi", "Xi Jinping"),
    ("Annegret Kramp-Karrenbauer sprach. Kramp-Karrenbauer wurde gefeiert.", "Kramp-Karrenbauer", "Annegret Kramp-Karrenbauer"),
    ("Kommissionschefin Ursula von der Leyen reist. Von der Leyen will reden.", "Von der Leyen", "Ursula von der Leyen"),
    ("Baschar al-Assad reiste ab. Assad traf dort Gäste.", "Assad", "Baschar al-Assad"),
    ("Das Putin-Biden-Telefonat dauerte. Joe Biden und Wladimir Putin schwiegen.", "Putin", "Wladimir Putin"),
    ("Brasiliens Präsident Luiz Inácio Lula da Silva lud ein. Lula sprach.", "Lula", "Luiz Inácio Lula da Silva"),
    ("Ricarda Lang kritisierte die Union. Lang forderte mehr Tempo.", "Lang", "Ricarda Lang"),
]
# fmt: on


@pytest.mark.parametrize("text,mention,name", PROPAGATION)
def test_actors_surname_joins_full_name(nlp, text, mention, name):
    doc = nlp(text)
    assert mention_names(doc, mention) == [name]
    assert sum(a.name == name for a in doc._.actors) == 1


def test_actors_same_surname_different_persons(nlp):
    doc = nlp("Hunter Biden sagte aus. Sein Vater Joe Biden war nicht da.")
    assert {"Hunter Biden", "Joe Biden"} <= names(doc)


# fmt: off
ROLE_REFERENCES = [
    ("Bundeskanzler Olaf Scholz traf Präsident Emmanuel Macron. Der Kanzler lobte ihn.", "Der Kanzler", ["Olaf Scholz"]),
    ("US-Außenminister Antony Blinken landete. Der US-Minister will reden.", "Der US-Minister", ["Antony Blinken"]),
    ("Außenministerin Annalena Baerbock traf ihren chinesischen Amtskollegen Wang Yi. Die Ministerin sprach.", "Die Ministerin", ["Annalena Baerbock"]),
    ("Außenministerin Annalena Baerbock traf ihren chinesischen Amtskollegen Wang Yi.", "ihren chinesischen Amtskollegen", ["Wang Yi"]),
    ("Russlands Verteidigungsminister und sein US-Kollege telefonierten. Zuvor hatte US-Verteidigungsminister Lloyd Austin mit dem russischen Verteidigungsminister Sergei Schoigu gesprochen.",
     "sein US-Kollege", ["Lloyd Austin"]),
    ("Russlands Verteidigungsminister und sein US-Kollege telefonierten. Zuvor hatte US-Verteidigungsminister Lloyd Austin mit dem russischen Verteidigungsminister Sergei Schoigu gesprochen.",
     "Russlands Verteidigungsminister", ["Sergei Schoigu"]),
    ("US-Präsident Joe Biden und der russische Präsident Wladimir Putin sprachen. Danach äußerten sich die beiden Präsidenten.",
     "die beiden Präsidenten", ["Joe Biden", "Wladimir Putin"]),
    ("Der polnische Außenminister Radosław Sikorski und der litauische Außenminister Kęstutis Budrys berieten. Die Außenminister von Polen und Litauen wollen kooperieren.",
     "Die Außenminister von Polen und Litauen", ["Kęstutis Budrys", "Radosław Sikorski"]),
    ("Dmitri Peskow, der Sprecher des Kremls, dementierte.", "der Sprecher des Kremls", ["Dmitri Peskow"]),
    ("Der britische Premierminister Keir Starmer sprach mit Präsident Donald Trump. Trump lud den Premier ein.", "den Premier", ["Keir Starmer"]),
    ("Präsident Joe Biden sprach mit Präsident Wladimir Putin. Der russische Präsident drohte.", "Der russische Präsident", []),
]
# fmt: on


@pytest.mark.parametrize("text,mention,expected", ROLE_REFERENCES)
def test_actors_role_reference_resolution(nlp, text, mention, expected):
    doc = nlp(text)
    got = mention_names(doc, mention)
    if expected:
        assert got == sorted(expected)
    else:
        # no person is known to be Russian: an actor named by role and country
        assert got == ["russischer Präsident"]


def test_actors_colleague_takes_role_and_country(nlp):
    doc = nlp("Verteidigungsminister Boris Pistorius telefonierte mit den Amtskollegen "
              "aus Schweden (Pål Jonson) und Finnland (Antti Häkkänen).")
    jonson, haekkaenen = actor_named(doc, "Pål Jonson"), actor_named(doc, "Antti Häkkänen")
    assert (jonson.roles, jonson.country) == (["Verteidigungsminister"], "SWE")
    assert (haekkaenen.roles, haekkaenen.country) == (["Verteidigungsminister"], "FIN")
    assert "Schweden" not in names(doc) and "Finnland" not in names(doc)


def test_actors_female_colleague_gets_female_role(nlp):
    doc = nlp("Der französische Außenminister Jean-Noël Barrot traf seine deutsche Kollegin Annalena Baerbock.")
    assert actor_named(doc, "Annalena Baerbock").roles == ["Außenministerin"]


def test_actors_unqualified_unresolved_role_is_dropped(nlp):
    doc = nlp("Der Kanzler telefonierte mit dem Präsidenten.")
    assert doc._.actors == [] and doc._.mentions == []


def test_actors_possessive_colleague_is_the_owners_colleague(nlp):
    # "ihres Kollegen": the colleague of the woman named before, not of the last man named
    doc = nlp("Die finnische Außenministerin Liisa Koskinen sprach mit ihrem estnischen Amtskollegen Margus Tamm. "
              "Sie reiste auf Einladung ihres estnischen Kollegen nach Tallinn.")
    tamm = next(a for a in doc._.actors if a.name == "Margus Tamm")
    assert "ihres estnischen Kollegen" in [m.text for m in tamm.mentions]
    assert [a.name for a in doc._.actors if a.kind == "person"] == ["Liisa Koskinen", "Margus Tamm"]


def test_actors_a_list_of_names_makes_unknown_surnames_persons(nlp):
    # the comma coordinates like "und": each name found lets the next be found
    got = names(nlp("Es gab ein Treffen zwischen Quaxberg, Zimbrow, Franz Beckenbauer und Präsident Karl Hopfner."))
    assert {"Quaxberg", "Zimbrow", "Franz Beckenbauer", "Karl Hopfner"} <= got


def test_actors_a_comma_after_a_name_that_opens_a_clause_lists_nobody(nlp):
    assert "Quaxberg" not in names(nlp("Das sagte Kanzler Werner Faymann, Quaxberg sei bekannt."))


@pytest.mark.parametrize("text,mention", [
    # a plural role phrase names a group, not the one holder of the role named before
    ("Bürgermeister Kurt Fischer lehnt ab. Landesrat Hans Maier will mit den Bürgermeistern reden.",
     "den Bürgermeistern"),
    ("Bundesschulsprecher Max Gnesda ist verärgert. Die Kandidatin schrieb an zahlreiche Schulsprecher.",
     "zahlreiche Schulsprecher"),
])
def test_actors_plural_role_phrase_is_no_single_person(nlp, text, mention):
    assert mention_names(nlp(text), mention) == []


@pytest.mark.parametrize("text,mention", [
    # a plural role phrase before any holder of the role is named speaks of the class: the
    # holders named later are not who it means
    ("Wir müssen mit den Bürgermeistern reden, meinte die Landesrätin. Bürgermeister Kurt Fischer "
     "lehnt ab, Bürgermeister Hans Maier ebenso.", "den Bürgermeistern"),
    ("Die Ministerpräsidenten fordern mehr Geld. Ministerpräsident Jan Brandt sprach von einer Krise, "
     "Ministerpräsidentin Eva Lorenz schwieg.", "Die Ministerpräsidenten"),
    ("Ein Gespräch mit den Botschaftern sei geplant. Später kamen Botschafter Luis Prado und "
     "Botschafterin Ana Silva.", "den Botschaftern"),
    ("Der Verband schrieb an die Landräte. Landrat Peter Sommer und Landrat Jens Roth antworteten nicht.",
     "die Landräte"),
])
def test_actors_plural_role_phrase_before_the_names_is_the_class(nlp, text, mention):
    assert mention_names(nlp(text), mention) == []


@pytest.mark.parametrize("text,mention,expected", [
    # named before, the holders are who the plural means
    ("Bürgermeister Kurt Fischer und Bürgermeister Hans Maier lehnen ab. Die Landesrätin will mit den "
     "Bürgermeistern reden.", "den Bürgermeistern", ["Hans Maier", "Kurt Fischer"]),
    ("Außenministerin Eva Lorenz traf Außenminister Luis Prado. Die Außenminister sprachen über Handel.",
     "Die Außenminister", ["Eva Lorenz", "Luis Prado"]),
])
def test_actors_plural_role_phrase_after_the_names_refers_back(nlp, text, mention, expected):
    assert sorted(mention_names(nlp(text), mention)) == expected


def test_actors_singular_role_reference_still_resolves(nlp):
    text = "Bürgermeister Kurt Fischer lehnt ab. Landesrat Hans Maier will mit dem Bürgermeister reden."
    assert mention_names(nlp(text), "dem Bürgermeister") == ["Kurt Fischer"]
