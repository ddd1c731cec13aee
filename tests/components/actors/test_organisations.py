"""States, cities, organisations: lexicon names, metonymy, head nouns, abbreviations, introducing nouns."""
from __future__ import annotations

import pytest

from .helpers import actor_named, actors, names


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
    # regional bodies named by their office alone: the government of the Land the story is in
    ("Die Bürgerinitiative verhandelt seit Monaten mit der Landesregierung.", "Landesregierung", "organization", None),
    ("Die Stadtregierung lehnte das Projekt ab.", "Stadtregierung", "organization", None),
    ("Der Direktor schrieb an den Landesschulrat.", "Landesschulrat", "organization", "AUT"),
]
# fmt: on


@pytest.mark.parametrize("text,name,kind,country", ORGANISATIONS)
def test_actors_organisations_states_and_metonymy(nlp, text, name, kind, country):
    actor = actor_named(nlp(text), name)
    assert (actor.kind, actor.country) == (kind, country)


def test_actors_capitals_as_governments(nlp):
    doc = nlp("Berlin und Paris legten einen Plan vor.")
    assert names(doc) == {"Berlin", "Paris"}


def test_actors_dateline_is_no_actor(nlp):
    doc = nlp("Titel\n\nMoskau/Washington – Russland und die USA reden wieder miteinander.")
    assert names(doc) == {"Russland", "USA"}


# fmt: off
@pytest.mark.parametrize("text,name,mentions", [
    ("Vertreter der Gewerkschaft Verdi und des Kommunalen Arbeitgeberverbands Bayern (KAV) trafen sich. "
     "Der KAV lehnte ab.", "Kommunaler Arbeitgeberverband Bayern", ["Kommunalen Arbeitgeberverbands Bayern", "KAV"]),
    ("Am Donnerstag treffen sich die Gewerkschaften mit dem FMTI. Der Fachverband Metalltechnische Industrie (FMTI) "
     "schrieb.", "Fachverband Metalltechnische Industrie", ["FMTI", "Fachverband Metalltechnische Industrie"]),
    ("Die Ministerin sprach mit dem Eidgenössischen Finanzdepartement (EFD).", "Eidgenössisches Finanzdepartement",
     ["Eidgenössischen Finanzdepartement"]),
    ("Der Kanzler hat die Landeshauptleutekonferenz eingeladen.", "Landeshauptleutekonferenz",
     ["Landeshauptleutekonferenz"]),
    ("Er traf Vertreter des Fanbündnisses «Unsere Kurve».", "Unsere Kurve", ["Unsere Kurve"]),
])
# fmt: on
def test_actors_organisation_names(run_pipeline, text, name, mentions):
    found = actors(run_pipeline, text)
    assert name in found, found
    assert found[name][0] == "organization"
    assert all(m in found[name][1] for m in mentions), found[name]


def test_actors_plural_intro_lists_several_organisations(run_pipeline):
    found = actors(run_pipeline, "Die Gewerkschaften PRO-GE und GPA verhandeln weiter.")
    assert {"PRO-GE", "GPA"} <= set(found)


@pytest.mark.parametrize("text", ["Merkel und Obama gaben eine Pressekonferenz.", "Der Verband lehnte ab."])
def test_actors_bare_heads_are_no_organisation(run_pipeline, text):
    assert not any(kind == "organization" for kind, _ in actors(run_pipeline, text).values())


@pytest.mark.parametrize("text,name", [
    ("Am Donnerstag wollen die Christdemokraten auch mit der SPD sprechen.", "CDU"),
    ("Die Union und die SPD könnten Sondierungsgespräche aufnehmen.", "Union"),
])
def test_actors_party_references_keep_the_party_name(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


@pytest.mark.parametrize("text,names", [
    ("Bund und Länder wollen am 12. Dezember im Kanzleramt zusammenkommen.", {"Bund", "Länder"}),
    ("Der Bund zahlt die Hälfte.", {"Bund"}),
    ("Der Kanton Zürich und die Stadt Zürich verhandeln.", {"Kanton Zürich", "Stadt Zürich"}),
])
def test_actors_governments_of_the_federal_levels(run_pipeline, text, names):
    assert names <= set(actors(run_pipeline, text))


@pytest.mark.parametrize("text", ["Der Bund der Steuerzahler kritisierte die Pläne.",
                                  "Viele Länder sprechen wieder mit Russland."])
def test_actors_no_federal_level_in_names_or_generic_plurals(run_pipeline, text):
    assert not {"Bund", "Länder"} & set(actors(run_pipeline, text))


@pytest.mark.parametrize("text,name,kind", [
    # an intro noun that also describes a person: a first name decides
    ("Der Vorstand traf den Investor Jonathan Whitfield.", "Jonathan Whitfield", "person"),
    ("Der Vorstand traf den Investor Nordkap Capital.", "Nordkap Capital", "organization"),
    ("Der Konkurrent Maria Lindqvist verließ den Saal.", "Maria Lindqvist", "person"),
    # a company intro noun keeps a name that begins like a first name ("das Unternehmen Hugo Boss")
    ("Das Unternehmen Hugo Boss legte Zahlen vor.", "Hugo Boss", "organization"),
    # railway and transport companies are introduced by the kind of company they are
    ("Bei der Regionalbahn Moorland Express fielen Züge aus.", "Moorland Express", "organization"),
    ("Die Privatbahn Quuxtrain verhandelt mit der Gewerkschaft.", "Quuxtrain", "organization"),
    ("Das Verkehrsunternehmen Amselbus erhöht die Preise.", "Amselbus", "organization"),
])
def test_actors_intro_nouns_for_persons_and_companies(run_pipeline, text, name, kind):
    found = actors(run_pipeline, text)
    assert found.get(name, (None,))[0] == kind, found


@pytest.mark.parametrize("text,name,alias", [
    # a bracketed abbreviation of the name's initials defines the name and its short form
    ("Die Gewerkschaft Bahn und Verkehr (GBV) rief zum Streik auf. Die GBV fordert mehr Lohn.",
     "Gewerkschaft Bahn und Verkehr", "GBV"),
    ("Der Arbeitgeberverband Chemie Süd (ACS) lehnte ab. Der ACS will warten.", "Arbeitgeberverband Chemie Süd", "ACS"),
    ("Der Bund für Umwelt und Naturschutz Deutschland (BUND) klagt. Der BUND sieht Fehler.",
     "Bund für Umwelt und Naturschutz Deutschland", "BUND"),
])
def test_actors_names_defined_by_their_abbreviation(run_pipeline, text, name, alias):
    found = actors(run_pipeline, text)
    assert name in found, found
    assert found[name][0] == "organization" and found[name][1].count(alias) == 2


@pytest.mark.parametrize("text,name,mention", [
    # a bare organisation noun with a definite article refers back to the one named with it
    ("Der Arbeitgeberverband Chemie Süd (ACS) lehnte ab. Die Gewerkschaft schrieb dem Verband erneut.",
     "Arbeitgeberverband Chemie Süd", "Verband"),
    ("Die Gewerkschaft Verdi fordert mehr Geld. Der Bürgermeister traf die Gewerkschaft.", "Verdi", "Gewerkschaft"),
    # "-bund" heads an organisation's name
    ("Der Deutsche Tischtennisbund (DTTB) prüft den Fall. Der DTTB schweigt.", "Deutscher Tischtennisbund", "DTTB"),
])
def test_actors_organisation_back_references_and_heads(run_pipeline, text, name, mention):
    found = actors(run_pipeline, text)
    assert name in found and mention in found[name][1], found


def test_actors_plural_organisation_noun_refers_to_no_single_one(run_pipeline):
    found = actors(run_pipeline, "Die Gewerkschaft Verdi fordert mehr Geld. Der Verband schrieb den Gewerkschaften.")
    assert found["Verdi"][1] == ["Verdi"]


def test_actors_a_quote_after_an_intro_noun_is_no_name(run_pipeline):
    found = actors(run_pipeline, "Der Verband wolle dem Verein «keine Steine in den Weg legen», sagte er.")
    assert not any(kind == "organization" for kind, _ in found.values()), found


# fmt: off
@pytest.mark.parametrize("text,found,absent", [
    # German news names many organisations only by their letters
    ("Die Partei verhandelt seit Montag mit der PSOE.", {"PSOE"}, set()),
    ("Der Autobauer einigte sich mit der EPA.", {"EPA"}, set()),
    # no organisation: technical letters, Roman numerals, German words set in capitals, a party after a name
    ("Das BIP wuchs, das TV-Programm auch.", set(), {"BIP"}),
    ("König Juan Carlos II. dankte ab.", set(), {"II"}),
    ("DER MANN betritt die Bühne.", set(), {"DER", "MANN"}),
    ("Das sagte Sabine Oberhauser (SPÖ) am Montag.", {"Sabine Oberhauser"}, {"SPÖ"}),
])
# fmt: on
def test_actors_organisations_named_by_their_letters(nlp, text, found, absent):
    got = names(nlp(text))
    assert found <= got and not (absent & got)


@pytest.mark.parametrize("text,name", [
    # the head of a compound is last: a compound of an introducing noun introduces a name too
    ("Die Linkspartei Vamos will mitregieren.", "Vamos"),
    ("Die deutsche Sicherheitsfirma Nordlicht fand die Lücke.", "Nordlicht"),
    ("Der Festplatten-Hersteller Grauwerk baut Stellen ab.", "Grauwerk"),
    ("Er verhandelt mit dem Chipproduzenten Siliqon.", "Siliqon"),  # weak noun: -en
    ("Die Anwaltskanzlei Brennwald vertritt den Kläger.", "Brennwald"),
])
def test_actors_compound_introducing_nouns(run_pipeline, text, name):
    found = actors(run_pipeline, text)
    assert name in found, found
    assert found[name][0] == "organization"


@pytest.mark.parametrize("text,name", [
    ("Die Linkspartei stimmte zu.", "Linkspartei"),  # no name after it: the compound is the name
    ("Vertreter des Arbeitgeberverbands Gesamtmetall kamen.", "Arbeitgeberverband Gesamtmetall"),  # a head names it whole
])
def test_actors_compound_without_name_keeps_its_own_name(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)


@pytest.mark.parametrize("text,name", [
    ("Die Ministerin sprach bei einem Besuch in der Grafschaft Devon mit Bauern.", "Devon"),
    ("Der Kanzler hatte am Dienstag Lager auf der griechischen Insel Samos besucht.", "Samos"),
    ("Bei ihrem Besuch in der Küsten-Provinz Valdora sprach sie kaum.", "Valdora"),
])
def test_actors_area_visited_is_a_place_actor(run_pipeline, text, name):
    found = actors(run_pipeline, text)
    assert name in found and found[name][0] == "city", found


@pytest.mark.parametrize("text", [
    "Im Küstenort Mamallapuram regnete es.",  # no visit: the area is where it happens
    "Die Führung besuchte Schloss Windsor.",  # a building is no area
    "Auf der Insel Samos landeten Boote.",
])
def test_actors_area_without_visit_is_no_actor(run_pipeline, text):
    assert not actors(run_pipeline, text)


@pytest.mark.parametrize("text,name", [
    # a ministry named by its portfolio is one body even when the text names no state
    ("Das Justizministerium prüft den Fall.", "Justizministerium"),
    ("Mitarbeiter des Bildungsministeriums kamen.", "Bildungsministerium"),
])
def test_actors_ministry_without_state(run_pipeline, text, name):
    found = actors(run_pipeline, text)
    assert name in found and found[name][0] == "organization", found


def test_actors_bare_ministry_is_no_actor(run_pipeline):
    assert not actors(run_pipeline, "Das Ministerium prüft den Fall.")


@pytest.mark.parametrize("text,expected", [
    # states and organisations listed inside a compound contact noun are its sides
    ("Vor dem gescheiterten EU-Türkei-Gipfel war der Plan fertig.", {"EU", "Türkei"}),
    ("Die USA-Russland-Gespräche endeten am Freitag.", {"USA", "Russland"}),
])
def test_actors_sides_inside_a_compound_contact_noun(run_pipeline, text, expected):
    assert set(actors(run_pipeline, text)) == expected


@pytest.mark.parametrize("text", ["Orbán reiste zum EU-Gipfel.", "Sie warb für den Nato-Gipfel."])
def test_actors_one_body_before_a_summit_is_no_side(run_pipeline, text):
    assert not {"EU", "Nato"} & set(actors(run_pipeline, text))


@pytest.mark.parametrize("text,name,kind", [
    # a shareholder or owner is a company before a name, a person before a first name
    ("Der Bawag-Aktionär Cerberus will das Netz übernehmen.", "Cerberus", "organization"),
    ("Der Großaktionär Hans Maier schwieg.", "Hans Maier", "person"),
    ("Die EU-Kommission sprach mit Vertretern der EU-Mitgliedstaaten.", "EU-Mitgliedstaaten", "organization"),
])
def test_actors_owners_and_member_states(run_pipeline, text, name, kind):
    found = actors(run_pipeline, text)
    assert name in found and found[name][0] == kind, found


@pytest.mark.parametrize("text,name", [
    # a compound of a state or organisation and a noun of those who speak for it names that side
    ("Die Informantin traf sich mit einem FBI-Agenten.", "FBI"),
    ("Am Rand der Konferenz sprachen Nato-Vertreter mit der Presse.", "Nato"),
    ("Die US-Delegation reiste am Abend ab.", "USA"),
    ("Er soll einen FBI-Undercover-Agenten getroffen haben.", "FBI"),
])
def test_actors_representative_compound_names_its_side(run_pipeline, text, name):
    assert name in names(run_pipeline(text, "2016-03-01"))


@pytest.mark.parametrize("text,name", [
    # a word German writes in lower case, capitalised after a name's first token, belongs to the name
    ("Der Festplatten-Hersteller Western Digital legte Zahlen vor.", "Western Digital"),
    ("Die Firma Nordwind Digital stellte neue Produkte vor.", "Nordwind Digital"),
    # "Hotel" introduces a name as "Firma" does
    ("Die Fotografin verklagt das Hotel Sofitel.", "Sofitel"),
])
def test_actors_introduced_name_keeps_its_capitalised_words(run_pipeline, text, name):
    assert name in names(run_pipeline(text, "2016-03-01"))


def test_actors_introduced_name_stops_before_a_noun(run_pipeline):
    assert "Zentrix" in names(run_pipeline("Der Konzern Zentrix Gespräche mit der Regierung.", "2016-03-01"))


@pytest.mark.parametrize("text,expected", [
    # one body before the contact noun and a state or organisation after "mit": the act is held
    # between the two, not a session of the body alone
    ("Beim Nato-Gipfel mit der Ukraine ging es um Munition.", {"Nato", "Ukraine"}),
    ("Die EU-Gespräche mit Kanada stocken seit Wochen.", {"EU", "Kanada"}),
    ("Nach dem UN-Treffen mit dem Iran reiste die Delegation ab.", {"UN", "Iran"}),
    ("Ein weiteres EU-Gipfeltreffen mit den USA soll im Mai folgen.", {"EU", "USA"}),
])
def test_actors_one_body_before_a_contact_noun_with_a_partner_is_a_side(run_pipeline, text, expected):
    assert set(actors(run_pipeline, text)) == expected


@pytest.mark.parametrize("text", ["Orbán sprach beim EU-Gipfel mit Journalisten.",
                                  "Am Nato-Gipfel mit seinen 32 Mitgliedern nahm er teil."])
def test_actors_one_body_before_a_summit_with_no_named_partner_is_no_side(run_pipeline, text):
    assert not {"EU", "Nato"} & set(actors(run_pipeline, text))


@pytest.mark.parametrize("text", [
    # the German foreign ministry is the "Auswärtiges Amt", however the text describes it
    "Das deutsche Außenministerium bestellte den Botschafter ein.",
    "Ein Sprecher des deutschen Außenministeriums bestätigte den Brief.",
    "Die Note ging an das Bundesaußenministerium.",
    "Das Auswärtige Amt warnte vor Reisen in die Region.",
])
def test_actors_german_foreign_ministry_has_its_official_name(run_pipeline, text):
    found = actors(run_pipeline, text)
    assert "Auswärtiges Amt" in found and "deutsches Außenministerium" not in found, found


def test_actors_other_foreign_ministries_keep_the_described_name(run_pipeline):
    assert "französisches Außenministerium" in actors(run_pipeline, "Das französische Außenministerium schwieg.")


@pytest.mark.parametrize("text, medium", [
    # a newspaper cited as a source is a medium, and its words are no person's name
    ("Nach Informationen des Wall Street Journal will der Konzern verkaufen.", "Wall Street Journal"),
    ("Wie die Financial Times berichtet, steigen die Preise.", "Financial Times"),
    ("Die Neue Zürcher Zeitung zitiert einen Diplomaten.", "Neue Zürcher Zeitung"),
])
def test_actors_newspapers_cited_as_sources_are_media(run_pipeline, text, medium):
    found = actors(run_pipeline, text)
    assert found.get(medium, (None,))[0] == "organization", found
    assert not any(kind == "person" for kind, _ in found.values()), found


@pytest.mark.parametrize("text,name", [
    # kinds of business that introduce a company's name, also as a compound's head
    ("Das Bankhaus Vellmar Privat verhandelt mit der Versicherung Alvena.", "Vellmar Privat"),
    ("Das Bankhaus Vellmar Privat verhandelt mit der Versicherung Alvena.", "Alvena"),
    ("Die Baumarktkette Hobelix sperrt Filialen zu.", "Hobelix"),
    ("Die Energiegesellschaft Voltaris senkt die Preise.", "Voltaris"),
    ("Die Buchungsplattform Bettino meldet Rekorde.", "Bettino"),
    # the head of a hyphenated compound's last part: "Fußball-Zweitligist" is a "Ligist"
    ("Er wechselt zum Fußball-Zweitligisten Brenford Athletic.", "Brenford Athletic"),
])
def test_actors_business_kinds_introduce_company_names(run_pipeline, text, name):
    found = actors(run_pipeline, text)
    assert found.get(name, (None,))[0] == "organization", found


@pytest.mark.parametrize("text,name", [
    # a club's abbreviation is part of its name, before it or (English clubs) after it
    ("Der FC Wiesenfeld verhandelt mit dem Trainer.", "FC Wiesenfeld"),
    ("Der SK Sturm Eichbach empfängt am Sonntag die Gäste.", "SK Sturm Eichbach"),
    ("Der 1. FC Lindenau trennt sich von seinem Trainer.", "1. FC Lindenau"),
    ("Der FSV Ahlbeck 05 steigt ab.", "FSV Ahlbeck 05"),
    ("Der Spieler wechselt zu Dunmore FC.", "Dunmore FC"),
    ("Er spielte für Kilbride United.", "Kilbride United"),
])
def test_actors_club_names_with_their_abbreviation(run_pipeline, text, name):
    found = actors(run_pipeline, text)
    assert found.get(name, (None,))[0] == "organization", found


def test_actors_purpose_after_fuer_is_part_of_an_organisations_name(run_pipeline):
    found = actors(run_pipeline, "Der Landesverband für Imkerei und Obstbau verhandelt mit der Stadt.")
    assert found.get("Landesverband für Imkerei und Obstbau", (None,))[0] == "organization", found


@pytest.mark.parametrize("text", ["Die Gesellschaft verändert sich.", "Die Kette riss beim Anheben.",
                                  "Das Netzwerk fiel am Montag aus."])
def test_actors_business_kinds_alone_name_no_company(run_pipeline, text):
    assert not [n for n, (kind, _) in actors(run_pipeline, text).items() if kind == "organization"]


@pytest.mark.parametrize("text,name", [
    # the members of an association, in the genitive plural, are part of its name
    ("Der Verband der Kleinverleger will mit dem Sender reden.", "Verband der Kleinverleger"),
    ("Die Gewerkschaft der Lokführer verhandelt mit der Bahn.", "Gewerkschaft der Lokführer"),
    ("Der Bund der Kleingärtner kritisierte die Pläne.", "Bund der Kleingärtner"),
])
def test_actors_association_named_with_its_members(run_pipeline, text, name):
    found = actors(run_pipeline, text)
    assert found.get(name, (None,))[0] == "organization", found


def test_actors_no_name_from_the_genitive_owner_of_a_meeting(run_pipeline):
    text = "Sie spricht bei einer Lehrerkonferenz der Pädagogischen Hochschule Lindau."
    assert not [n for n in actors(run_pipeline, text) if n.startswith("Lehrerkonferenz")]


@pytest.mark.parametrize("text,name", [
    # the states of the USA are places; with "Bundesstaat" before them their government
    ("Der Präsident reiste nach Kalifornien.", "Kalifornien"),
    ("Der Gouverneur traf sich mit dem Bürgermeister in Ohio. Später besuchte er North Carolina.",
     "North Carolina"),
    ("Der Bundesstaat Louisiana meldete sich bei Errol Joseph.", "Bundesstaat Louisiana"),
])
def test_actors_states_of_the_usa(run_pipeline, text, name):
    assert name in actors(run_pipeline, text)
