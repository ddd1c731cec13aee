"""Role phrases: a role with a name, its state and qualifiers, elided compounds."""
from __future__ import annotations

import pytest

from .helpers import actor_named, names


# fmt: off
ROLE_AND_NAME = [
    ("US-Verteidigungsminister Lloyd Austin sprach mit Soldaten.", "Lloyd Austin", "Verteidigungsminister", "USA"),
    ("Bundeskanzler Olaf Scholz reiste nach Warschau.", "Olaf Scholz", "Bundeskanzler", "DEU"),
    ("Der russische Präsident Wladimir Putin schwieg.", "Wladimir Putin", "Präsident", "RUS"),
    ("EU-Kommissionspräsidentin Ursula von der Leyen warb für das Abkommen.", "Ursula von der Leyen", "Kommissionspräsidentin", None),
    ("Frankreichs Außenminister Jean-Noël Barrot kam zu spät.", "Jean-Noël Barrot", "Außenminister", "FRA"),
    ("Der türkische Staatschef Recep Tayyip Erdoğan kritisierte die Sanktionen.", "Recep Tayyip Erdoğan", "Staatschef", "TUR"),
    ("Die kanadische Außenministerin Elodie Marchetti-Grant forderte eine Waffenruhe.", "Elodie Marchetti-Grant", "Außenministerin", "CAN"),
    ("Wir trafen den französischen Präsidenten Emmanuel Macron.", "Emmanuel Macron", "Präsident", "FRA"),
    ("Der syrische Machthaber Baschar al-Assad reiste ab.", "Baschar al-Assad", "Machthaber", "SYR"),
    ("Saudi-Arabiens Kronprinz Mohammed bin Salman empfing den Gast.", "Mohammed bin Salman", "Kronprinz", "SAU"),
    ("Die Vorsitzende Saskia Esken verteidigte den Kurs.", "Saskia Esken", "Vorsitzende", None),
    ("Der Vorstandsvorsitzende Oliver Blume kündigte Einsparungen an.", "Oliver Blume", "Vorstandsvorsitzender", None),
    ("Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück.", "Dmitri Peskow", "Kremlsprecher", "RUS"),
    ("Der Botschafter der Ukraine, Oleksij Makejew, warnte.", "Oleksij Makejew", "Botschafter", "UKR"),
    ("Zentrix-Chefin Marta Kowalczyk lobte das Team.", "Marta Kowalczyk", "Chefin", None),
    ("Ex-Kanzlerin Angela Merkel meldete sich.", "Angela Merkel", "Kanzlerin", None),
    ("Die Bundesaußenministerin Annalena Baerbock reiste ab.", "Annalena Baerbock", "Bundesaußenministerin", "DEU"),
]
# fmt: on


@pytest.mark.parametrize("text,name,role,country", ROLE_AND_NAME)
def test_actors_role_and_name(nlp, text, name, role, country):
    doc = nlp(text)
    actor = actor_named(doc, name)
    assert actor.kind == "person"
    assert actor.roles == [role]
    assert actor.country == country
    # the name is its own mention; the role phrase before it is a second one
    assert name in [m.text for m in actor.mentions]


def test_actors_swiss_spelling_and_foreign_colleague(nlp):
    doc = nlp("Bundesaußenministerin Annalena Baerbock traf ihren Amtskollegen Qin Gang. "
              "Der Schweizer Aussenminister Ignazio Cassis kam später.")
    assert actor_named(doc, "Qin Gang").roles == ["Außenminister"]
    cassis = actor_named(doc, "Ignazio Cassis")
    assert (cassis.roles, cassis.country) == (["Außenminister"], "CHE")


def test_actors_country_modifiers_are_attributes_not_mentions(nlp):
    doc = nlp("Die Verteidigungsminister von Russland und der USA, Sergei Schoigu und Lloyd Austin, "
              "telefonierten. Russlands Verteidigungsminister sprach zuerst.")
    assert "Russland" not in names(doc) and "USA" not in names(doc)


@pytest.mark.parametrize("text,name,roles,country,later", [
    # a truncated compound shares the head of the next word: "Staats- und Parteichef"
    ("Chinas Staats- und Parteichef Xi Jinping reiste nach Kasan. Chinas Staatschef lobte das Treffen.",
     "Xi Jinping", ["Parteichef", "Staatschef"], "CHN", "Chinas Staatschef"),
    ("Die Außen- und Verteidigungsministerin Ida Lund traf ihren Kollegen. Die Außenministerin lobte ihn.",
     "Ida Lund", ["Verteidigungsministerin", "Außenministerin"], None, "Die Außenministerin"),
])
def test_actors_elided_compound_roles_name_both_offices(nlp, text, name, roles, country, later):
    doc = nlp(text)
    actor = next(a for a in doc._.actors if a.name == name)
    assert actor.roles == roles and actor.country == country
    assert later in [m.text for m in actor.mentions]


@pytest.mark.parametrize("text,name,role,region", [
    # Austrian offices of the Länder and districts; the Land after "von" is the office's, no actor
    ("Der Landeshauptmann von Tirol, Anton Mattle, warnte vor Staus.", "Anton Mattle", "Landeshauptmann", "Tirol"),
    ("Die Landeshauptfrau von Niederösterreich, Johanna Mikl-Leitner, schwieg.", "Johanna Mikl-Leitner", "Landeshauptfrau", "Niederösterreich"),
    ("Landesrätin Ulrike Rauch-Keschmann sprach mit den Ärzten.", "Ulrike Rauch-Keschmann", "Landesrätin", None),
    ("Der Bezirkshauptmann von Kufstein, Christoph Platzgummer, sperrte die Straße.", "Christoph Platzgummer", "Bezirkshauptmann", "Kufstein"),
    ("Die Klubobfrau der Grünen, Sigrid Maurer, kritisierte den Plan.", "Sigrid Maurer", "Klubobfrau", None),
])
def test_actors_austrian_offices_of_lands_and_parties(nlp, text, name, role, region):
    doc = nlp(text)
    assert actor_named(doc, name).roles == [role]
    assert region is None or region not in names(doc)


def test_actors_a_role_of_the_female_form_in_frau_makes_sie_hers(run_pipeline):
    from extractor.components.events.view import is_female
    doc = run_pipeline("Landeshauptfrau Johanna Mikl-Leitner ist verärgert.", "2024-02-20")
    assert is_female(next(a for a in doc._.actors if a.name == "Johanna Mikl-Leitner"))


@pytest.mark.parametrize("text,name,role", [
    # a role, its body in the genitive, then the name without a comma
    ("Der Generalsekretär der Nato Mark Rutte warnte vor Russland.", "Mark Rutte", "Generalsekretär"),
    ("Ministerin Karoline Edtstadler traf die Chefin des IWF Kristalina Georgiewa.", "Kristalina Georgiewa", "Chefin"),
    ("Sie sprach mit dem Präsidenten der EU-Kommission Jean-Claude Juncker.", "Jean-Claude Juncker", "Präsident"),
])
def test_actors_role_genitive_body_then_name_is_one_person(nlp, text, name, role):
    doc = nlp(text)
    assert actor_named(doc, name).roles == [role]
    assert not any(a.name.startswith(role) for a in doc._.actors)


def test_actors_role_genitive_body_then_a_common_noun_names_no_one(nlp):
    doc = nlp("Der Generalsekretär der Nato Gipfel-Beschlüsse lobte das Ergebnis.")
    assert all(a.kind != "person" or a.name.startswith("Generalsekretär") for a in doc._.actors)
