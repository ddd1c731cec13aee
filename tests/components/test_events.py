"""Contact events from short German sentences: type, participants, date, status, initiator."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extractor.components.events import event_codes, split_clauses
from extractor.components.triggers import trigger_lexicon, weak_forms


def events(extractor, text, published="2022-10-24"):
    from extractor.article import Article
    record = extractor.extract_article(Article(id="t", text=text, published=published))
    return record.events


def summary(ev):
    return (ev.type, sorted(p.name for p in ev.participants), ev.status,
            ev.date.value if ev.date else None, ev.initiator, ev.proposer)


# fmt: off
CASES = [
    # verbs, inflected and separable
    ("Bundeskanzler Olaf Scholz telefonierte am Freitag mit dem französischen Präsidenten Emmanuel Macron.",
     ("call", ["Emmanuel Macron", "Olaf Scholz"], "occurred", "2022-10-21", None, None)),
    ("Am Montag rief US-Präsident Joe Biden den ukrainischen Präsidenten Wolodymyr Selenskyj an.",
     ("call", ["Joe Biden", "Wolodymyr Selenskyj"], "occurred", "2022-10-24", "Joe Biden", None)),
    ("Die Außenminister Annalena Baerbock und Antony Blinken kamen am Dienstag in Berlin zusammen.",
     ("meeting", ["Annalena Baerbock", "Antony Blinken"], "occurred", "2022-10-18", None, None)),
    ("Bundespräsident Frank-Walter Steinmeier empfing am Mittwoch den spanischen König Felipe.",
     ("meeting", ["Felipe", "Frank-Walter Steinmeier"], "occurred", "2022-10-19", "Frank-Walter Steinmeier", None)),
    # nouns and constructions
    ("Mitte September gab es ein Gespräch zwischen Bundeskanzler Olaf Scholz und Wladimir Putin.",
     ("talk", ["Olaf Scholz", "Wladimir Putin"], "occurred", "2022-09", None, None)),
    ("In einem Brief an Bundeskanzler Olaf Scholz bat Ministerpräsidentin Manuela Schwesig um Unterstützung.",
     ("correspondence", ["Manuela Schwesig", "Olaf Scholz"], "occurred", None, "Manuela Schwesig", None)),
    # status
    ("Olaf Scholz und Emmanuel Macron wollen sich am Donnerstag in Paris treffen.",
     ("meeting", ["Emmanuel Macron", "Olaf Scholz"], "planned", "2022-10-27", None, None)),
    ("Der Kanzler Olaf Scholz lehnte ein Treffen mit Wladimir Putin ab.",
     ("meeting", ["Olaf Scholz", "Wladimir Putin"], "negated", None, None, None)),
    ("Ein Treffen zwischen Joe Biden und Xi Jinping könnte im November stattfinden.",
     ("meeting", ["Joe Biden", "Xi Jinping"], "possible", "2022-11", None, None)),
    ("Außenminister Sergej Lawrow brachte ein Treffen zwischen Joe Biden und Wladimir Putin aufs Tableau.",
     ("meeting", ["Joe Biden", "Wladimir Putin"], "proposed", None, None, "Sergej Lawrow")),
    ("Seither haben Antony Blinken und Sergej Lawrow nicht mehr miteinander gesprochen.",
     ("talk", ["Antony Blinken", "Sergej Lawrow"], "negated", None, None, None)),
    # initiator cues
    ("Auf Initiative von Emmanuel Macron telefonierten Macron und Olaf Scholz am Montag.",
     ("call", ["Emmanuel Macron", "Olaf Scholz"], "occurred", "2022-10-24", "Emmanuel Macron", None)),
    ("Emmanuel Macron war Anfang Oktober von Xi Jinping in Peking empfangen worden.",
     ("meeting", ["Emmanuel Macron", "Xi Jinping"], "occurred", "2022-10", "Xi Jinping", None)),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_events_from_sentences(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text)]
    assert expected in found, found


def test_events_twice_with_two_dates_are_two_events(extractor):
    text = ("US-Verteidigungsminister Lloyd Austin und sein russischer Kollege Sergei Schoigu telefonierten "
            "am Freitag (21. Oktober) und dann nochmal am Sonntag (23. Oktober) miteinander.")
    found = sorted(summary(e)[3] for e in events(extractor, text, "2022-10"))
    assert found == ["2022-10-21", "2022-10-23"]


def test_events_one_act_per_partner_for_plural_calls(extractor):
    text = ("Verteidigungsminister Sergei Schoigu führte einige Telefonate mit den Amtskollegen aus Frankreich "
            "(Sébastien Lecornu), Großbritannien (Ben Wallace) und der Türkei (Hulusi Akar).")
    pairs = sorted(tuple(summary(e)[1]) for e in events(extractor, text))
    assert pairs == [("Ben Wallace", "Sergei Schoigu"), ("Hulusi Akar", "Sergei Schoigu"),
                     ("Sergei Schoigu", "Sébastien Lecornu")]


def test_events_headline_and_body_mentions_merge(extractor):
    text = ("date 2022-10-24 Scholz telefoniert mit Macron\n\n"
            "Bundeskanzler Olaf Scholz hat am Freitag mit dem französischen Präsidenten Emmanuel Macron telefoniert. "
            "Das Telefonat dauerte eine Stunde.")
    evs = events(extractor, text, None)
    assert len(evs) == 1
    assert len(evs[0].evidence) >= 2 and evs[0].confidence > 0.7


@pytest.mark.parametrize("text", [
    "Nach teils monatelanger Pause telefonieren viele westliche Länder und Russland wieder miteinander.",
    "Der Kreml erklärte nach dem Telefonat lediglich, es sei um Sicherheit gegangen.",
    "Scholz sprach über die Lage in der Ukraine.",
    "Die Gesprächsbereitschaft der Regierung in Berlin wurde gelobt.",
    "Russland und die Ukraine vereinbarten einen Gefangenenaustausch.",
    "Laut Kreml-Sprecher Dmitri Peskow ist kein Gespräch geplant.",
])
def test_events_no_event_without_identifiable_participants(extractor, text):
    assert events(extractor, text) == []


def test_events_other_clause_actors_are_not_participants(extractor):
    text = "Olaf Scholz telefonierte mit Emmanuel Macron, nachdem Joe Biden die Nato-Partner informiert hatte."
    assert [summary(e)[1] for e in events(extractor, text)] == [["Emmanuel Macron", "Olaf Scholz"]]


def test_events_clause_split_keeps_lists_and_appositions(nlp):
    doc = nlp("Schoigu führte Telefonate mit Kollegen aus Frankreich (Sébastien Lecornu), Großbritannien (Ben Wallace) "
              "und der Türkei, nachdem Biden angerufen hatte.")
    clauses = [doc[c.start:c.end].text for c in split_clauses(next(iter(doc.sents)))]
    assert len(clauses) == 2 and clauses[1].startswith("nachdem")


def test_events_verb_forms_come_from_data_not_lookup_lemmas():
    lex = trigger_lexicon()
    for form in ("sprachen", "getroffen", "trafen", "telefonierten", "anrief", "angerufen", "zusammengekommen",
                 "ausgetauscht", "empfing", "besuchte"):
        assert lex.verb(form), form
    assert weak_forms("telefonier")[:3] == ["telefoniere", "telefonieren", "telefonierst"]
    assert lex.noun("Krisentreffen").type == "meeting"
    assert lex.noun("Putin-Biden-Telefonat").type == "call"
    assert lex.noun("Gefangenenaustausch") is None


@pytest.mark.parametrize("etype,status,mode,frame,n,cameo,pmode", [
    ("call", "occurred", "phone", "symmetric", 2, "041", "phone"),
    ("meeting", "occurred", "none", "visit", 2, "042", "visit"),
    ("meeting", "occurred", "host", "host", 2, "043", "host"),
    ("meeting", "occurred", "summit", "symmetric", 3, "044", "multilateral"),
    ("talk", "occurred", "none", "symmetric", 2, "040", "unspecified"),
    ("meeting", "planned", "none", "symmetric", 2, "036", "third-party"),
    ("talk", "negated", "none", "symmetric", 2, "125", "unspecified"),
])
def test_events_cameo_and_plover_codes(etype, status, mode, frame, n, cameo, pmode):
    assert event_codes(etype, status, mode, frame, n) == (cameo, "CONSULT", pmode)


def test_events_with_model_entities_on_a_hand_built_doc(nlp):
    """The de_core_news_lg path: entities and TIGER parse set by the model, rules on top."""
    # fmt: off
    words = ["Olaf", "Scholz", "telefonierte", "am", "Freitag", "mit", "Emmanuel", "Macron", "."]
    heads = [1, 2, 2, 2, 3, 2, 7, 5, 2]
    deps = ["pnc", "sb", "ROOT", "mo", "nk", "mo", "pnc", "nk", "punct"]
    ents = ["B-PER", "I-PER", "O", "O", "O", "O", "B-PER", "I-PER", "O"]
    # fmt: on
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 7 + [False, False], heads=heads, deps=deps, ents=ents)
    doc._.published = "2022-10-24"
    for name in ("german_segmenter", "german_actors", "german_times", "contact_events"):
        doc = nlp.get_pipe(name)(doc)
    assert [(e.type, len(e.participants)) for e in doc._.events] == [("call", 2)]


def test_events_component_adds_missing_stages(nlp):
    """``nlp.add_pipe("contact_events")`` alone works: it runs segmenter, actors and times itself."""
    import spacy
    bare = spacy.blank("de")
    bare.add_pipe("contact_events")
    doc = bare("Olaf Scholz telefonierte am Montag mit Emmanuel Macron.")
    assert len(doc._.events) == 1 and doc._.actors and doc._.times is not None


# fmt: off
MORE_CASES = [
    # objects met one after the other are separate acts
    ("Am Samstag traf Annalena Baerbock zunächst Vizepräsident Han Zheng, anschließend Außenminister Wang Yi.",
     [("meeting", ["Annalena Baerbock", "Han Zheng"]), ("meeting", ["Annalena Baerbock", "Wang Yi"])]),
    # attendees named in the next sentence join the act
    ("Ein Treffen von Karin Keller-Sutter und Cornelia Amstutz-Favre ist für Ende Oktober geplant. "
     "Daran soll auch Wirtschaftsminister Guy Parmelin teilnehmen.",
     [("meeting", ["Cornelia Amstutz-Favre", "Guy Parmelin", "Karin Keller-Sutter"])]),
    # a dated act still to come is planned, even in the present tense
    ("Am Donnerstag treffen sich Olaf Scholz und Emmanuel Macron in Paris.",
     [("meeting", ["Emmanuel Macron", "Olaf Scholz"])]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", MORE_CASES)
def test_events_participants_of_separate_and_joined_acts(extractor, text, expected):
    found = sorted((s[0], s[1]) for s in map(summary, events(extractor, text)))
    assert found == sorted(expected)


def test_events_present_tense_with_future_date_is_planned(extractor):
    evs = events(extractor, "Am 27. Oktober treffen sich Olaf Scholz und Emmanuel Macron in Paris.", "2022-10-24")
    assert [(e.status, e.date.value) for e in evs] == [("planned", "2022-10-27")]


@pytest.mark.parametrize("text,status", [
    ("Eigentlich hätten sich Olaf Scholz und Emmanuel Macron längst treffen sollen.", "negated"),
    ("Gespräche mit Wladimir Putin schließt Olaf Scholz aus.", "negated"),
    ("Ein Treffen mit Wladimir Putin wollte Olaf Scholz nicht ausschließen.", "possible"),
    ("Ein Treffen zwischen Olaf Scholz und Emmanuel Macron steht noch aus.", "negated"),
])
def test_events_status_of_refusals_and_counterfactuals(extractor, text, status):
    assert [e.status for e in events(extractor, text)] == [status]


def test_events_date_referred_back_to(extractor):
    text = ("Am Mittwoch reiste Antony Blinken nach Ankara. Dort sprach er mit Außenminister Hakan Fidan. "
            "Tags darauf telefonierte Blinken mit Emmanuel Macron.")
    found = {tuple(summary(e)[1]): summary(e)[3] for e in events(extractor, text)}
    assert found[("Antony Blinken", "Hakan Fidan")] == "2022-10-19"
    assert found[("Antony Blinken", "Emmanuel Macron")] == "2022-10-20"


def test_events_initiative_named_apart_from_the_act(extractor):
    text = ("Olaf Scholz hat am Montag mit Emmanuel Macron telefoniert. "
            "Das Gespräch sei auf Initiative Macrons zustande gekommen, hieß es in Paris.")
    assert [summary(e)[4] for e in events(extractor, text)] == ["Emmanuel Macron"]


def test_events_invitation_proposed_then_accepted(extractor):
    text = ("Der iranische Präsident Ebrahim Raisi lud König Salman bin Abdulaziz zu einem Besuch nach Teheran ein. "
            "Salman bin Abdulaziz habe die Einladung angenommen, hieß es.")
    found = sorted((e.status, e.initiator, e.proposer) for e in events(extractor, text))
    assert ("proposed", "Ebrahim Raisi", "Ebrahim Raisi") in found
    assert any(status == "planned" for status, _, _ in found)


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
    # the holder of a source formula is no participant, whoever follows it is
    ("Nach Angaben des Kremls hat Wladimir Putin mit dem türkischen Präsidenten Recep Tayyip Erdoğan telefoniert. "
     "Erdoğan habe das Gespräch gesucht.",
     ("call", ["Recep Tayyip Erdoğan", "Wladimir Putin"], "occurred", None, "Recep Tayyip Erdoğan", None)),
    ("Der griechische Premier Kyriakos Mitsotakis hat nach einem Bericht der Athener Zeitung Kathimerini mit "
     "Recep Tayyip Erdoğan telefoniert.",
     ("call", ["Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"], "occurred", None, None, None)),
    # a title in quotation marks is still the holder of the formula
    ("Die Präsidentin Maia Sandu hat nach einem Bericht des Senders „TV8“ mit dem rumänischen Präsidenten "
     "Klaus Iohannis telefoniert.",
     ("call", ["Klaus Iohannis", "Maia Sandu"], "occurred", None, None, None)),
])
def test_events_source_formulas_and_sought_talks(extractor, text, expected):
    found = [summary(e) for e in events(extractor, text, "2024-03-13")]
    assert expected in found, found


@pytest.mark.parametrize("text,status,date", [
    ("Am Donnerstag treffen sich Olaf Scholz und Emmanuel Macron in Paris.", "planned", "2022-10-27"),
    ("Emmanuel Macron empfängt am Freitag Bundeskanzler Olaf Scholz im Élysée-Palast.", "planned", "2022-10-28"),
    ("Am Donnerstag haben sich Olaf Scholz und Emmanuel Macron in Paris getroffen.", "occurred", "2022-10-20"),
    ("Emmanuel Macron empfing am Freitag Bundeskanzler Olaf Scholz.", "occurred", "2022-10-21"),
])
def test_events_present_tense_with_a_weekday_announces_the_coming_one(extractor, text, status, date):
    assert [(e.status, e.date.value[:10]) for e in events(extractor, text, "2022-10-24")] == [(status, date)]


def test_events_pluperfect_act_is_an_earlier_one_than_the_story_tells(extractor):
    # "hatten bereits im März ... gesprochen": an act before the undated meeting the story reports
    text = ("Bundeskanzler Olaf Scholz empfing den französischen Präsidenten Emmanuel Macron in Berlin. "
            "Die beiden hatten bereits im März in Paris miteinander gesprochen.")
    found = sorted((e.type, e.date.value if e.date else "") for e in events(extractor, text, "2022-10-24"))
    assert found == [("meeting", ""), ("talk", "2022-03")]


def test_events_back_reference_joins_the_act_told_in_the_pluperfect(extractor):
    text = ("Bereits im Juni hatte Olaf Scholz mit Emmanuel Macron telefoniert. "
            "Das Telefonat dauerte eine Stunde.")
    evs = events(extractor, text, "2022-10-24")
    assert [(e.type, e.date.value, len(e.evidence)) for e in evs] == [("call", "2022-06", 2)]


@pytest.mark.parametrize("word,participle", [
    ("gesprochen", True), ("stattgefunden", True), ("zusammengekommen", True), ("telefoniert", True),
    ("ausgetauscht", True), ("konstruktiv", False), ("putin", False), ("gut", False), ("gestern", False),
])
def test_events_participles_are_known_by_their_form(word, participle):
    from extractor.components.events import looks_participle
    assert looks_participle(word) is participle


@pytest.mark.parametrize("words,verb", [
    (["das", "treffen", "hatte", "in", "rom", "stattgefunden"], "stattgefunden"),
    (["nachdem", "sie", "telefoniert", "hatten"], "telefoniert"),
    ([], ""),
])
def test_events_right_bracket_is_the_verb_at_the_clause_end(words, verb):
    from extractor.components.events import right_bracket
    assert right_bracket(words) == verb


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


def test_events_negotiation_rounds_are_talks(extractor):
    text = ("Der Arbeitgeberverband Chemie Süd (ACS) hat die für den 12. Juni angesetzte Verhandlungsrunde mit der "
            "Gewerkschaft Bahn und Verkehr (GBV) abgesagt.")
    assert [summary(e)[:4] for e in events(extractor, text, "2025-06-06")] == [
        ("talk", ["Arbeitgeberverband Chemie Süd", "Gewerkschaft Bahn und Verkehr"], "negated", "2025-06-12")]


def test_events_letter_as_means_has_the_object_as_recipient(extractor):
    text = ("Der Arbeitgeberverband Chemie Süd (ACS) lehnte ab. Ihre Forderungen hatte die Gewerkschaft Bahn und "
            "Verkehr (GBV) dem Verband schon Ende März in einem Schreiben übermittelt.")
    assert [summary(e)[:5] for e in events(extractor, text, "2025-06-06")] == [
        ("correspondence", ["Arbeitgeberverband Chemie Süd", "Gewerkschaft Bahn und Verkehr"], "occurred", "2025-03",
         "Gewerkschaft Bahn und Verkehr")]


def test_events_a_numeral_after_a_noun_is_no_group(extractor):
    text = ("Vereinschef Frank Ahlers, Managerin Jana Berg und Präsident Reinhard Molitor berieten sich per "
            "Videokonferenz. Am Sonntag empfängt der Verein den Tabellenführer, ein Sieg würde Platz drei bedeuten.")
    assert [summary(e)[0] for e in events(extractor, text, "2024-10-02")] == ["call"]


def test_events_a_date_with_nothing_known_dates_no_act(extractor):
    # without a publication date "aus dem Vorjahr" is "XXXX": no date for the talks
    text = ("Der UN-Gesandte Lars Nyberg sprach mit dem omanischen Außenminister Badr al-Busaidi. "
            "Die Gespräche knüpfen an Bemühungen aus dem Vorjahr an.")
    assert [(summary(e)[0], summary(e)[3]) for e in events(extractor, text, None)] == [("talk", None)]


@pytest.mark.parametrize("text,date", [
    # vague recency dates an act (the month, approximately); a vague prospect does not
    ("In den vergangenen Tagen hat Olaf Scholz mit Emmanuel Macron telefoniert.", "2024-02"),
    ("Olaf Scholz könnte in den kommenden Wochen mit Emmanuel Macron telefonieren.", None),
])
def test_events_vague_prospects_give_no_date(extractor, text, date):
    assert [summary(e)[3] for e in events(extractor, text, "2024-02-10")] == [date]


@pytest.mark.parametrize("text,expected", [
    # "ins Gespräch bringen" proposes the act; the "Gespräch" of the idiom is no talk
    ("Bundeskanzler Olaf Scholz brachte ein Treffen mit Emmanuel Macron ins Gespräch.", [("meeting", "proposed")]),
    ("Bundeskanzler Olaf Scholz hat ein Treffen mit Emmanuel Macron ins Gespräch gebracht.", [("meeting", "proposed")]),
    # "ins Gespräch kommen" is a talk
    ("Olaf Scholz und Emmanuel Macron kamen am Rande des Gipfels ins Gespräch.", [("talk", "occurred")]),
])
def test_events_ins_gespraech_bringen_is_a_proposal(extractor, text, expected):
    assert [(summary(e)[0], summary(e)[2]) for e in events(extractor, text, "2024-05-08")] == expected
