"""Actor recognition and resolution, on short German sentences (rules only, no model)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from extractor.components import actors as actors_mod  # noqa: F401  (registers the factory)
from extractor.components import lemmas, segmenter  # noqa: F401
from extractor.components.actors import (actor_at, actors_at, find_actors, fold, lexicon,
                                         mentions_in, role_of)

ROOT = Path(__file__).resolve().parents[2]
SEED = Path("/work/shared/examples/seed-2022-10-diplomatie.txt")


@pytest.fixture(scope="module")
def nlp():
    """The embedded pipeline up to the actor stage."""
    nlp = spacy.blank("de")
    for name in ("german_segmenter", "german_lemmas", "german_actors"):
        nlp.add_pipe(name)
    return nlp


def names(doc) -> set[str]:
    return {a.name for a in doc._.actors}


def actor_named(doc, name):
    found = [a for a in doc._.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in doc._.actors]}"
    return found[0]


def mention_names(doc, text) -> list[str]:
    by_id = {a.id: a.name for a in doc._.actors}
    return sorted(by_id[m.actor_id] for m in doc._.mentions if m.text == text)


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


# fmt: off
ROLE_FORMS = [
    ("Präsidenten", "Präsident", None),
    ("Präsidentin", "Präsidentin", None),
    ("Präsidentinnen", "Präsidentin", None),
    ("Verteidigungsministerin", "Verteidigungsministerin", None),
    ("US-Verteidigungsminister", "Verteidigungsminister", "USA"),
    ("Kollegen", "Kollege", None),
    ("Vorsitzenden", "Vorsitzender", None),
    ("Finanzstaatssekretärs", "Finanzstaatssekretär", None),
    ("Päpste", "Papst", None),
    ("Landrätin", "Landrätin", None),
    ("Nato-Generalsekretär", "Generalsekretär", None),
]
# fmt: on


@pytest.mark.parametrize("form,base,country", ROLE_FORMS)
def test_actors_role_base_forms(form, base, country):
    rm = role_of(form)
    assert rm is not None and rm.base == base and rm.country == country


@pytest.mark.parametrize("word", ["Lautsprecher", "Grund", "Lage", "Gespräch", "Ukraine-Krieg"])
def test_actors_role_rejects_non_roles(word):
    assert role_of(word) is None


def test_actors_country_adjectives_inflected():
    adj = lexicon().country_adj
    for form in ("russisch" + e for e in ("e", "er", "en", "es", "em")):
        assert adj[form] == "RUS"
    assert adj["US-amerikanischen"] == "USA"


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


def test_actors_swiss_spelling_and_foreign_colleague(nlp):
    doc = nlp("Bundesaußenministerin Annalena Baerbock traf ihren Amtskollegen Qin Gang. "
              "Der Schweizer Aussenminister Ignazio Cassis kam später.")
    assert actor_named(doc, "Qin Gang").roles == ["Außenminister"]
    cassis = actor_named(doc, "Ignazio Cassis")
    assert (cassis.roles, cassis.country) == (["Außenminister"], "CHE")


def test_actors_same_surname_different_persons(nlp):
    doc = nlp("Hunter Biden sagte aus. Sein Vater Joe Biden war nicht da.")
    assert {"Hunter Biden", "Joe Biden"} <= names(doc)


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


# fmt: off
ORGANISATIONS = [
    ("Der Kreml wies die Darstellung zurück.", "Kreml", "organization", "RUS"),
    ("Das Pentagon bestätigte den Einsatz.", "Pentagon", "organization", "USA"),
    ("Die Nato verstärkt ihre Ostflanke.", "Nato", "organization", None),
    ("Das US-Verteidigungsministerium kündigte Lieferungen an.", "US-Verteidigungsministerium", "organization", "USA"),
    ("Die Bundesregierung hält an ihrem Kurs fest.", "Bundesregierung", "organization", "DEU"),
    ("Die EU-Kommission leitete ein Verfahren ein.", "EU-Kommission", "organization", None),
    ("Die Gewerkschaft Verdi ruft zu Warnstreiks auf.", "Verdi", "organization", "DEU"),
    ("Siemens streicht Stellen.", "Siemens", "organization", "DEU"),
    ("Die Holtkamp Logistik AG übernimmt einen Konkurrenten.", "Holtkamp Logistik AG", "organization", None),
    ("Der Konzern Valtrion meldete Rekordgewinne.", "Valtrion", "organization", None),
    ("Der DFB trennt sich von seinem Sportdirektor.", "DFB", "organization", "DEU"),
    ("Die Hamas lehnte den Vorschlag ab.", "Hamas", "group", "PSE"),
    ("Die russische Regierung bestellte den Botschafter ein.", "russische Regierung", "organization", "RUS"),
    ("Die Regierung in Rom billigte den Plan.", "Regierung in Rom", "organization", "ITA"),
    ("Moskau drohte mit Gegenmaßnahmen.", "Moskau", "city", "RUS"),
    ("Peking protestierte scharf.", "Peking", "city", "CHN"),
    ("Kyjiw bestätigte den Austausch.", "Kyjiw", "city", "UKR"),
    ("Die USA verhängten Sanktionen.", "USA", "country", "USA"),
    ("Die Vereinigten Staaten verhängten Sanktionen.", "Vereinigte Staaten", "country", "USA"),
    ("Das Vereinigte Königreich schloss sich an.", "Vereinigtes Königreich", "country", "GBR"),
    ("Das Weiße Haus kündigte eine Erklärung an.", "Weißes Haus", "organization", "USA"),
    ("Kosovo und Serbien verhandeln.", "Kosovo", "country", "XKX"),
]
# fmt: on


@pytest.mark.parametrize("text,name,kind,country", ORGANISATIONS)
def test_actors_organisations_states_and_metonymy(nlp, text, name, kind, country):
    actor = actor_named(nlp(text), name)
    assert (actor.kind, actor.country) == (kind, country)


def test_actors_capitals_as_governments(nlp):
    doc = nlp("Berlin und Paris legten einen Plan vor.")
    assert names(doc) == {"Berlin", "Paris"}


# fmt: off
NOT_ACTORS = [
    "Grund dafür ist die schwierige Lage auf dem Arbeitsmarkt.",
    "Lage und Stimmung haben sich verbessert.",
    "Am Sonntag regnete es in Moskau.",
    "In Berlin demonstrierten Tausende.",
    "Die Delegation reiste weiter nach Paris.",
    "Viele Touristen kommen aus Frankreich und aus der Schweiz.",
    "Darunter auch die aktuelle Lage in der Ukraine.",
    "Sie kamen aus Kiew/Kyjiw.",
    "Der Minister besuchte Berlin.",
    "Die Ukraine-Hilfe wurde aufgestockt.",
    "Rund um den Ukraine-Krieg wird wieder mehr gesprochen.",
    "Der König Charles empfing den Gast auf Schloss Windsor.".replace("Der König Charles empfing den Gast auf ", "Die Führung besuchte "),
    "Kritik kam von der Ökonomin aus Lyon.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_ACTORS)
def test_actors_hard_negatives(nlp, text):
    assert names(nlp(text)) == set()


def test_actors_dateline_is_no_actor(nlp):
    doc = nlp("Titel\n\nMoskau/Washington – Russland und die USA reden wieder miteinander.")
    assert names(doc) == {"Russland", "USA"}


def test_actors_byline_and_credit_never_actors(nlp):
    text = ("date 2022-10 Gipfel\n\nVon: Oliver Schmitz\n\n"
            "Joe Biden und Wladimir Putin in Genf. © Denis Balibouse/dpa\n\n"
            "Der französische Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz.\n\n(os mit dpa)")
    doc = nlp(text)
    assert names(doc) == {"Joe Biden", "Wladimir Putin", "Emmanuel Macron", "Olaf Scholz"}


def test_actors_party_in_parentheses_is_no_actor(nlp):
    doc = nlp("Scholz (SPD) und Merz (CDU) stritten im Bundestag.")
    assert names(doc) == {"Scholz", "Merz", "Bundestag"}


def test_actors_country_modifiers_are_attributes_not_mentions(nlp):
    doc = nlp("Die Verteidigungsminister von Russland und der USA, Sergei Schoigu und Lloyd Austin, "
              "telefonierten. Russlands Verteidigungsminister sprach zuerst.")
    assert "Russland" not in names(doc) and "USA" not in names(doc)


def test_actors_mentions_are_exact_sorted_and_linked(nlp):
    doc = nlp("US-Verteidigungsminister Lloyd Austin und sein russischer Kollege Sergei Schoigu "
              "telefonierten. Das Pentagon erklärte, Austin habe Schoigu angerufen. Putins Sprecher schwieg.")
    ids = {a.id for a in doc._.actors}
    assert [a.id for a in doc._.actors] == [f"A{k}" for k in range(1, len(ids) + 1)]
    assert doc._.mentions == sorted(doc._.mentions, key=lambda m: (m.start, m.end))
    for m in doc._.mentions:
        assert doc.text[m.start:m.end] == m.text and m.actor_id in ids
    for a in doc._.actors:
        assert a.mentions and all(m.actor_id == a.id for m in a.mentions)
    assert mention_names(doc, "sein russischer Kollege") == ["Sergei Schoigu"]
    assert actor_named(doc, "Sergei Schoigu").roles == ["Verteidigungsminister"]


def test_actors_lookup_helpers(nlp):
    text = ("Der US-Verteidigungsminister Lloyd Austin rief den russischen Verteidigungsminister "
            "Sergei Schoigu an. Einmal sprachen die Verteidigungsminister von Russland und der USA.")
    doc = nlp(text)
    phrase = "die Verteidigungsminister von Russland und der USA"
    start = text.index(phrase)
    both = {a.name for a in actors_at(doc, start, start + len(phrase))}
    assert both == {"Lloyd Austin", "Sergei Schoigu"}
    s = text.index("Lloyd")
    assert actor_at(doc, s, s + 5).name == "Lloyd Austin"
    r = text.index("rief")
    assert actor_at(doc, r, r + 4) is None
    assert [m.text for m in mentions_in(doc, s, text.index(" an."))] == [
        "Lloyd Austin", "den russischen Verteidigungsminister", "Sergei Schoigu"]


def test_actors_fold_ignores_accents_case_hyphens():
    assert fold("Erdoğan") == fold("erdogan") and fold("Jean-Noël") == fold("JeanNoel")


def _doc_with_ents(nlp, words, ents):
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False], ents=ents)
    for name in ("german_segmenter", "german_lemmas"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_actors_statistical_entities_are_merged(nlp):
    # fmt: off
    words = ["Gestern", "sagte", "Xaver", "Quibbleton", ",", "dass", "Zorblax", "Holdings", "expandiere", "."]
    ents = ["O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    # fmt: on
    doc = nlp.get_pipe("german_actors")(_doc_with_ents(nlp, words, ents))
    assert actor_named(doc, "Xaver Quibbleton").kind == "person"
    assert actor_named(doc, "Zorblax Holdings").kind == "organization"


def test_actors_rules_win_over_entities_on_role_spans(nlp):
    # fmt: off
    words = ["US-Verteidigungsminister", "Lloyd", "Austin", "sprach", "mit", "Moskau", "."]
    ents = ["B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "O"]
    # fmt: on
    doc = nlp.get_pipe("german_actors")(_doc_with_ents(nlp, words, ents))
    austin = actor_named(doc, "Lloyd Austin")
    assert austin.roles == ["Verteidigungsminister"] and austin.country == "USA"
    assert sorted(m.text for m in austin.mentions) == ["Lloyd Austin", "US-Verteidigungsminister"]
    assert names(doc) == {"Lloyd Austin", "Moskau"}


def test_actors_entities_in_credits_are_ignored(nlp):
    words = ["Titel", "\n\n", "©", "Denis", "Balibouse", "/", "dpa"]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words),
              ents=["O", "O", "O", "B-PER", "I-PER", "O", "B-ORG"])
    for name in ("german_segmenter", "german_lemmas", "german_actors"):
        doc = nlp.get_pipe(name)(doc)
    assert doc._.actors == []


@pytest.mark.skipif(not SEED.exists(), reason="seed example not available")
def test_actors_seed_example(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8"))
    expected = {
        "Lloyd Austin": ("USA", "Verteidigungsminister"), "Sergei Schoigu": ("RUS", "Verteidigungsminister"),
        "Joe Biden": ("USA", "Präsident"), "Wladimir Putin": ("RUS", "Präsident"),
        "Sébastien Lecornu": ("FRA", "Verteidigungsminister"), "Ben Wallace": ("GBR", "Verteidigungsminister"),
        "Hulusi Akar": ("TUR", "Verteidigungsminister"), "Olaf Scholz": ("DEU", "Bundeskanzler"),
        "Sergej Lawrow": ("RUS", "Außenminister"),
    }
    for name, (country, role) in expected.items():
        found = [a for a in doc._.actors if a.name == name]
        assert len(found) == 1, name
        assert found[0].country == country and role in found[0].roles, name
    assert not {"Oliver Schmitz", "Denis Balibouse", "Schmitz", "Balibouse"} & names(doc)
    assert mention_names(doc, "Austin") and set(mention_names(doc, "Austin")) == {"Lloyd Austin"}
    assert set(mention_names(doc, "Schoigu")) == {"Sergei Schoigu"}
    assert mention_names(doc, "sein russischer Kollege") == ["Sergei Schoigu"]
    assert mention_names(doc, "Russlands Verteidigungsminister") == ["Sergei Schoigu"]
    assert mention_names(doc, "sein US-Kollege") == ["Lloyd Austin"]
    persons = [a for a in doc._.actors if a.kind == "person"]
    assert len({a.name for a in persons}) == len(persons)


def test_actors_eval_meets_target(nlp):
    spec = importlib.util.spec_from_file_location("actors_eval", ROOT / "benchmarks" / "actors_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("actors_eval", module)
    spec.loader.exec_module(module)
    report = module.evaluate(ROOT / "corpus" / "actors" / "actors.jsonl", nlp)
    assert report.items >= 160
    assert report.mentions.precision >= 0.9 and report.mentions.recall >= 0.9
    assert report.actors.precision >= 0.9 and report.actors.recall >= 0.9


def test_actors_find_actors_is_linear_enough(nlp):
    import time
    text = " ".join(["Bundeskanzler Olaf Scholz traf den französischen Präsidenten Emmanuel Macron in Paris."] * 300)
    doc = nlp.make_doc(text)
    for name in ("german_segmenter", "german_lemmas"):
        doc = nlp.get_pipe(name)(doc)
    start = time.perf_counter()
    found, mentions = find_actors(doc)
    assert time.perf_counter() - start < 5.0
    assert len(found) == 2 and len(mentions) == 1200


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


def test_actors_elided_role_needs_a_listed_office():
    from extractor.components.actors import _elided_role
    assert _elided_role("Staats-", "Parteichef") == "Staatschef"
    assert _elided_role("Außen-", "Verteidigungsministerin") == "Außenministerin"
    assert _elided_role("Obst-", "Gemüsehändler") is None
    assert _elided_role("Staats", "Parteichef") is None  # no truncation hyphen


@pytest.mark.parametrize("text", [
    "Die Delegation reiste in den südindischen Küstenort Lonavala weiter.",
    "Die Präsidenten trafen sich auf dem Kosmodrom Baikonur.",
])
def test_actors_a_name_after_a_place_noun_is_no_person(nlp, text):
    assert not [a for a in nlp(text)._.actors if a.kind == "person"]


def test_actors_place_nouns_come_from_the_lexicon():
    from extractor.components.actors import is_place_noun
    assert is_place_noun("Küstenort") and is_place_noun("Weltraumbahnhof") and is_place_noun("Kosmodrom")
    assert not is_place_noun("küstenort") and not is_place_noun("Minister")


def test_actors_role_lookup_is_memoised():
    # role_of runs for every capitalised token of every article: it must stay cached
    assert role_of.cache_info().maxsize >= 10_000


def test_actors_possessive_colleague_is_the_owners_colleague(nlp):
    # "ihres Kollegen": the colleague of the woman named before, not of the last man named
    doc = nlp("Die finnische Außenministerin Liisa Koskinen sprach mit ihrem estnischen Amtskollegen Margus Tamm. "
              "Sie reiste auf Einladung ihres estnischen Kollegen nach Tallinn.")
    tamm = next(a for a in doc._.actors if a.name == "Margus Tamm")
    assert "ihres estnischen Kollegen" in [m.text for m in tamm.mentions]
    assert [a.name for a in doc._.actors if a.kind == "person"] == ["Liisa Koskinen", "Margus Tamm"]
