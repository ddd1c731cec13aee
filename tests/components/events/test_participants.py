"""Step 4: who takes part (sides, pronouns and group words, representatives, sides from context)."""
from __future__ import annotations

import pytest

from .helpers import events, summary


def test_events_one_act_per_partner_for_plural_calls(extractor):
    text = ("Verteidigungsminister Sergei Schoigu führte einige Telefonate mit den Amtskollegen aus Frankreich "
            "(Sébastien Lecornu), Großbritannien (Ben Wallace) und der Türkei (Hulusi Akar).")
    pairs = sorted(tuple(summary(e)[1]) for e in events(extractor, text))
    assert pairs == [("Ben Wallace", "Sergei Schoigu"), ("Hulusi Akar", "Sergei Schoigu"),
                     ("Sergei Schoigu", "Sébastien Lecornu")]


def test_events_other_clause_actors_are_not_participants(extractor):
    text = "Olaf Scholz telefonierte mit Emmanuel Macron, nachdem Joe Biden die Nato-Partner informiert hatte."
    assert [summary(e)[1] for e in events(extractor, text)] == [["Emmanuel Macron", "Olaf Scholz"]]


def test_events_reported_speech_side_is_the_speaker(extractor):
    text = ("Ministerpräsident Michael Kretschmer besuchte das Werk und sprach mit Betriebsratschef Sven Hoffmann. "
            "Enttäuscht zeigte sich Hoffmann dagegen von der Bundespolitik. Ein Treffen mit Bundeswirtschaftsminister "
            "Robert Habeck sei bislang nicht zustande gekommen.")
    negated = [summary(e) for e in events(extractor, text) if e.status == "negated"]
    assert [s[1] for s in negated] == [["Robert Habeck", "Sven Hoffmann"]]


def test_events_short_form_names_the_organisation(extractor):
    text = ("Der Investor Aldermann Capital will bei dem Konzern einsteigen. Bereits im Juni hatte Aldermann einen "
            "Brief an Aufsichtsratschefin Dagmar Öztürk-Hansen geschickt.")
    assert [summary(e)[1] for e in events(extractor, text)] == [["Aldermann Capital", "Dagmar Öztürk-Hansen"]]


@pytest.mark.parametrize("text,expected", [
    # a weekday before the object closes its own phrase: the union is no place "am Montag"
    ("Bundeskanzler Olaf Scholz traf am Montag Vertreter der Gewerkschaft Verdi.", ["Olaf Scholz", "Verdi"]),
    # delegations and representatives stand for the states or organisations they come from
    ("Im Mai hatten Delegationen Norwegens und Schwedens in Oslo zwei Tage lang verhandelt.",
     ["Norwegen", "Schweden"]),
])
def test_events_representatives_stand_for_their_side(extractor, text, expected):
    assert [summary(e)[1] for e in events(extractor, text, "2024-06-03")] == [expected]


def test_events_both_sides_are_the_organisations_not_their_negotiators(extractor):
    text = ("Vertreter der Gewerkschaft IG Metall und des Arbeitgeberverbands Gesamtmetall kamen am Dienstag in Köln "
            "zusammen. IG-Metall-Verhandlungsführerin Petra Lindholm schlug ein Spitzengespräch mit "
            "Gesamtmetall-Präsident Markus Ebert vor. Am 14. Juni wollen sich beide Seiten wieder in Köln treffen.")
    found = [summary(e) for e in events(extractor, text, "2024-06-05")]
    assert ("meeting", ["Arbeitgeberverband Gesamtmetall", "IG Metall"], "planned", "2024-06-14", None, None) in found, found


@pytest.mark.parametrize("text,expected", [
    # "sie" beside a singular verb is "she": the woman named before
    ("Die Verhandlungsführerin Sabine Korte reagierte empört. Zugleich bot sie Henrik Lütjens ein Spitzengespräch an.",
     [("talk", ["Henrik Lütjens", "Sabine Korte"], "proposed")]),
    ("Die Ministerin Anna Berg traf Olaf Scholz. Am Freitag telefonierte sie mit Emmanuel Macron.",
     [("meeting", ["Anna Berg", "Olaf Scholz"], "occurred"), ("call", ["Anna Berg", "Emmanuel Macron"], "occurred")]),
    # with a plural verb "sie" are "they": no single person stands for them
    ("Anna Berg und Olaf Scholz sind Minister. Am Freitag telefonierten sie mit Emmanuel Macron.", []),
])
def test_events_sie_with_a_singular_verb_is_she(extractor, text, expected):
    assert [summary(e)[:3] for e in events(extractor, text, "2025-06-06")] == expected


def test_events_a_numeral_after_a_noun_is_no_group(extractor):
    text = ("Vereinschef Frank Ahlers, Managerin Jana Berg und Präsident Reinhard Molitor berieten sich per "
            "Videokonferenz. Am Sonntag empfängt der Verein den Tabellenführer, ein Sieg würde Platz drei bedeuten.")
    assert [summary(e)[0] for e in events(extractor, text, "2024-10-02")] == ["call"]


def test_events_letter_as_means_has_the_object_as_recipient(extractor):
    text = ("Der Arbeitgeberverband Chemie Süd (ACS) lehnte ab. Ihre Forderungen hatte die Gewerkschaft Bahn und "
            "Verkehr (GBV) dem Verband schon Ende März in einem Schreiben übermittelt.")
    assert [summary(e)[:5] for e in events(extractor, text, "2025-06-06")] == [
        ("correspondence", ["Arbeitgeberverband Chemie Süd", "Gewerkschaft Bahn und Verkehr"], "occurred", "2025-03",
         "Gewerkschaft Bahn und Verkehr")]


@pytest.mark.parametrize("text", [
    "Beim Treffen ist ein Streit zwischen Xaver Quuxberg und Ylva Zorndt ausgebrochen.",
    "Beim Ministertreffen dominieren die Konflikte in Syrien und zwischen Xaver Quuxberg und Ylva Zorndt.",
])
def test_events_a_relation_noun_takes_the_zwischen_pair(hand_doc, find_events, text):
    doc = hand_doc(text, actors={"Xaver Quuxberg": "country", "Ylva Zorndt": "country"}, published="2022-10-25")
    assert find_events(doc) == set()


# fmt: off
SIDES = [
    # who announced, arranged or mediated a contact ("ein von X angekündigtes Treffen") takes no part
    pytest.param("Ein von der Regionalorganisation Nordbund angekündigtes Treffen von Hans Maier und Kurt Weber "
                 "kam nicht zustande.", ["Hans Maier", "Kurt Weber"], id="announcer"),
    pytest.param("Die von Katar vermittelten Gespräche zwischen Hans Maier und Kurt Weber begannen am Montag.",
                 ["Hans Maier", "Kurt Weber"], id="mediator"),
    # agents, staff and officials stand for the body they work for
    pytest.param("Der Verdächtige Hasan K. hat im März einen Agenten des FBI getroffen.", ["FBI", "Hasan K."],
                 id="agent-of-body"),
    pytest.param("Am Montag kamen Mitarbeiter des Kanzleramts und des Justizministeriums zusammen.",
                 ["Justizministerium", "Kanzleramt"], id="staff-of-bodies"),
    # where a named person comes from says who he is: no side of its own
    pytest.param("Hans Maier hatte mit Ulrich Brenner aus dem Verkehrsministerium telefoniert.",
                 ["Hans Maier", "Ulrich Brenner"], id="affiliation-aus"),
    pytest.param("Hans Maier traf am Montag Kurt Weber von der SPD.", ["Hans Maier", "Kurt Weber"],
                 id="affiliation-von"),
    # states and organisations listed inside the contact noun are its sides
    pytest.param("Der EU-China-Gipfel fand am Montag in Brüssel statt.", ["China", "EU"], id="compound-sides"),
    # the area a visit goes to, named after an area noun
    pytest.param("Premier Tom Hale reagierte bei einem Besuch in der Ferien-Grafschaft Devon auf die Meldungen.",
                 ["Devon", "Tom Hale"], id="visited-area"),
    # a talk verb without a partner marker has two sides with a plural subject
    pytest.param("Hans Maier und Kurt Weber berieten am Montag über die Lage.", ["Hans Maier", "Kurt Weber"],
                 id="plural-subject"),
    pytest.param("Hans Maier und Kurt Weber wollen am Montag über die Lage diskutieren.",
                 ["Hans Maier", "Kurt Weber"], id="plural-modal"),
    # a preposition opening the clause, a hyphenated adjective before the partner
    pytest.param("Mit Hans Maier selbst hat Kurt Weber noch nicht gesprochen.", ["Hans Maier", "Kurt Weber"],
                 id="fronted-mit"),
    pytest.param("Am Abend hatte Hans Maier mit dem nordrhein-westfälischen Ministerpräsidenten Kurt Weber "
                 "telefoniert.", ["Hans Maier", "Kurt Weber"], id="hyphenated-adjective"),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SIDES)
def test_events_the_sides_of_an_act(extractor, text, expected):
    assert [summary(e)[1] for e in events(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    # the partner after "mit" has no name: no other actor of the article is taken for it
    "Hans Maier traf am Montag Kurt Weber. Danach führte er in Graz Gespräche mit Wirtschaftsvertretern.",
    "Hans Maier traf am Montag Kurt Weber. Später gab es ein Treffen mit den Bürgern der Stadt.",
])
def test_events_unnamed_partner_takes_no_other_actor(extractor, text):
    assert [summary(e)[1] for e in events(extractor, text)] == [["Hans Maier", "Kurt Weber"]]


def test_events_public_talks_are_no_contact(extractor):
    text = "Am Donnerstag stellt sich Hans Maier nach der Lesung mit Kurt Weber einem Publikumsgespräch."
    assert not [e for e in events(extractor, text) if e.type == "talk"]


def test_events_a_name_ending_in_s_is_no_genitive(extractor):
    # "die Partei Vamos" is the name itself, unlike "das Interesse Deutschlands"
    text = "Die Partei Vamos hat am Montag Verhandlungen mit der CDU aufgenommen."
    assert [summary(e)[1] for e in events(extractor, text)] == [["CDU", "Vamos"]]


def test_events_letters_in_brackets_name_the_organisation_before(extractor):
    text = "Die Partei Vamos hat am Montag Verhandlungen mit der Sozialistischen Arbeiterpartei (PSOE) aufgenommen."
    assert [summary(e)[1] for e in events(extractor, text)] == [["PSOE", "Vamos"]]


@pytest.mark.parametrize("text", [
    # a singular verb has one subject: the two named after it are its objects ("advised them")
    "Der Mentor Hans Maier, der Kurt Weber und Eva Roth beriet, ist gestorben.",
    "Die neue Präsidentin Eva Roth, die das Amt von Kurt Weber übernimmt, will über Studien diskutieren.",
])
def test_events_a_singular_verb_without_partner_is_no_talk(extractor, text):
    assert events(extractor, text) == []


def test_events_a_summit_refers_back_only_to_a_summit(extractor):
    text = ("Ein Vorgespräch zwischen Hans Maier und Kurt Weber wurde abgesagt. "
            "Im Kanzleramt gab man sich gelassen und verwies auf den Gipfel.")
    assert len(events(extractor, text)) == 1


def test_participants_a_subject_pronoun_goes_on_with_the_host_just_named(hand_doc, find_events):
    text = ("Am Montag empfing Xaver Quuxberg in Quuxburg den Minister Bert Amsel. "
            "Am Dienstag sprach er dann mit Ylva Zorndt.")
    doc = hand_doc(text, actors={"Xaver Quuxberg": "person", "Bert Amsel": "person", "Ylva Zorndt": "person",
                                 "Quuxburg": "city"},
                   times={"Am Montag": "2022-10-24", "Am Dienstag": "2022-10-25"}, published="2022-10-26")
    assert {(e[0], e[1]) for e in find_events(doc)} == {
        ("meeting", frozenset({"Xaver Quuxberg", "Bert Amsel"})), ("talk", frozenset({"Xaver Quuxberg", "Ylva Zorndt"}))}


def test_participants_a_subject_pronoun_after_a_symmetric_act_takes_the_last_named(hand_doc, find_events):
    text = ("Am Montag trafen sich Xaver Quuxberg und Bert Amsel in Quuxburg. "
            "Am Dienstag sprach er dann mit Ylva Zorndt.")
    doc = hand_doc(text, actors={"Xaver Quuxberg": "person", "Bert Amsel": "person", "Ylva Zorndt": "person",
                                 "Quuxburg": "city"},
                   times={"Am Montag": "2022-10-24", "Am Dienstag": "2022-10-25"}, published="2022-10-26")
    assert ("talk", frozenset({"Bert Amsel", "Ylva Zorndt"})) in {(e[0], e[1]) for e in find_events(doc)}


def test_events_the_lawyer_is_the_lawyer_named_before(extractor):
    # "des Anwalts" refers back to the lawyer named before, not to the client
    text = ("Rechtsanwalt Georg Weber vertritt die Fotografin Anna Berg. "
            "Ein erster Brief des Anwalts an das Hotel Sofitel wurde im Februar verschickt.")
    assert [summary(e)[1] for e in events(extractor, text, "2016-04-29")] == [["Georg Weber", "Sofitel"]]


@pytest.mark.parametrize("text", [
    # a letter to an unnamed group has no named addressee: no one else is taken for it
    "Bundesschulsprecher Max Gnesda ist verärgert über einen Brief von Kandidatin Irmgard Griss an zahlreiche Schulsprecher.",
    "Landesrat Hans Maier sagte, es werde Gespräche mit den Bürgermeistern der Region geben.",
])
def test_events_letter_or_talk_with_an_unnamed_group_is_no_event(extractor, text):
    assert events(extractor, text, "2016-03-02") == []


@pytest.mark.parametrize("text", [
    "Bundesschulsprecher Max Gnesda ist verärgert über einen Brief von Kandidatin Irmgard Griss an Bundeskanzler Werner Faymann.",
    "Max Gnesda las einen Brief von Irmgard Griss an Werner Faymann vor.",
])
def test_events_a_letters_sender_and_addressee_are_its_sides(extractor, text):
    assert [summary(e)[1] for e in events(extractor, text, "2016-03-02")] == [["Irmgard Griss", "Werner Faymann"]]


@pytest.mark.parametrize("text", [
    # the one named with "von" is one side; the partner after "mit" has no name (also a compound)
    "Die Zeitung Kathimerini zitiert aus einer Telefonkonferenz vom früheren Finanzminister Kurt Weber mit führenden "
    "Hedgefonds-Mitarbeitern.",
    "Die Zeitung Kathimerini zitiert aus einer Telefonkonferenz vom früheren Finanzminister Kurt Weber mit Bankern.",
])
def test_events_an_unnamed_partner_behind_the_von_phrase_is_no_event(extractor, text):
    assert events(extractor, text, "2015-07-20") == []


def test_events_a_named_partner_behind_the_von_phrase_stays(extractor):
    text = "Bekannt wurde ein Telefonat vom Finanzminister Kurt Weber mit Olaf Scholz."
    assert [summary(e)[1] for e in events(extractor, text, "2015-07-20")] == [["Kurt Weber", "Olaf Scholz"]]


def test_events_a_number_adjective_stays_in_the_partner_phrase(extractor):
    # "der 83-jährigen Mutter": the number joined to an adjective is part of the noun phrase
    text = ("Der Künstler Ai Weiwei kam am Montag in Peking an. "
            "Ungehindert auch der Besuch bei seiner kranken 83-jährigen Mutter Gao Ying.")
    assert [summary(e)[1] for e in events(extractor, text, "2015-10-06")] == [["Ai Weiwei", "Gao Ying"]]


@pytest.mark.parametrize("text,pair", [
    # a review names the player of a part in brackets after the figure: no third participant
    ("Am Ende trifft die Ärztin Clara (Nina Hoss) ihren Bruder Paul in einem Café.", ["Clara", "Paul"]),
    ("Danach telefoniert Kommissar Brenner (Josef Hader) mit dem Pfarrer Anton Weiß.",
     ["Anton Weiß", "Brenner"]),
    ("Später verhandelt die Anwältin Lena Vogt (Maren Kroymann) mit Otto Lenz.", ["Lena Vogt", "Otto Lenz"]),
])
def test_events_a_name_in_brackets_after_a_person_is_no_participant(extractor, text, pair):
    assert [summary(e)[1] for e in events(extractor, text)] == [pair]


@pytest.mark.parametrize("text", [
    "Bundeskanzler Olaf Scholz telefonierte am Montag mit dem französischen Präsidenten Emmanuel Macron.",
    "Am 3. März trafen sich Außenministerin Annalena Baerbock und ihr Amtskollege Sergej Lawrow in Genf.",
    "Heinz Fischer empfing am Freitag den ungarischen Ministerpräsidenten Viktor Orbán in der Hofburg.",
])
def test_events_double_spaces_change_no_event(extractor, text):
    spaced = text.replace(" ", "  ")
    assert [summary(e)[1] for e in events(extractor, spaced)] == [summary(e)[1] for e in events(extractor, text)] != []


@pytest.mark.parametrize("text,expected", [
    ("Ein Treffen mit Präsident Luis Ruiz sei derzeit nicht geplant, sagte Kanzlerin Karin Berger.",
     ("negated", ["Karin Berger", "Luis Ruiz"])),
    ("Gespräche mit Ministerin Ana Ortiz seien für Mai vorgesehen, erklärte Minister Paul Rainer am Montag.",
     ("planned", ["Ana Ortiz", "Paul Rainer"])),
])
def test_events_a_nominal_report_without_a_person_before_takes_the_frames_speaker(extractor, text, expected):
    """Guidelines, "Speaker as participant": with no person quoted before, the frame names the side."""
    assert [(e.status, summary(e)[1]) for e in events(extractor, text)] == [expected]
