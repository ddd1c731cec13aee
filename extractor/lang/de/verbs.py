"""Verbs: auxiliaries, modals, subjunctive forms, the verb forms the rules name, separable
particles and the morphology of weak verbs (lower case)."""
from __future__ import annotations

# --- auxiliaries and modals ----------------------------------------------------------------------

# "soll ... initiiert haben": sollen with a perfect infinitive reports the past.
PERFECT_AUX = frozenset({"haben", "sein", "worden"})
SOLLEN_FORMS = frozenset({"soll", "sollen", "solle"})
# "vereinbarten bei einem Telefonat ein Treffen": plan cues told as done; the act they set the
# scene with lies behind, unlike "will bei ihrem Treffen die Frage ansprechen"
PLAN_TOLD_DONE = frozenset({"vereinbarte", "vereinbarten", "verabredete", "verabredeten", "kündigte", "kündigten",
                            "beschloss", "beschlossen"})
# "das am Montag geplante Treffen", "die für Mai angesetzten Gespräche": participles that set an
# act's day, so a date in their attribute is the act's (stems, without the adjective ending)
SCHEDULE_PARTICIPLES = frozenset({"geplant", "angesetzt", "anberaumt", "vorgesehen", "stattfindend", "terminiert",
                                  "avisiert", "angepeilt", "bevorstehend", "anstehend"})
# "Die lange geplanten Gespräche fanden am Montag statt", "eröffnete die vereinbarten Gespräche":
# past forms of the verbs that carry out an act named by a noun (its support verbs)
ACT_CARRIED_OUT = frozenset({"fand", "fanden", "stattgefunden", "begann", "begannen", "begonnen", "startete",
                             "starteten", "gestartet", "führte", "führten", "geführt", "eröffnete", "eröffneten",
                             "eröffnet", "abgehalten", "zustande"})
# "die geplanten Gespräche": participles of a plan, as attributes of the act's noun
PLAN_PARTICIPLES = frozenset({"geplant", "vereinbart", "verabredet", "angekündigt", "vorgesehen", "angesetzt",
                              "anberaumt"})
# ", hatte López Obrador anschließend ... berichtet": a reporting clause starting with its auxiliary
REPORT_AUX = frozenset({"hatte", "hat", "hatten", "haben", "hätte", "habe"})
# "sei ... nicht zustande gekommen": reported speech
KONJUNKTIV_I = frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "wolle", "solle", "dürfe"})
# ", Österreich werde ... unterstützen": the finite verb of reported speech
REPORTED_FINITE = frozenset(
    "werde werden habe haben sei seien wolle wollen könne können müsse müssen solle sollen dürfe "
    "hätte hätten wäre wären".split())
FINITE_AUXILIARIES = frozenset("hatte hatten habe haben wurde wurden werde werden sei seien wollte wollten "
                               "sollte sollten könnte könnten müsste müssten dürfte dürften würde würden".split())
PAST_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "ist", "sind", "war",
                              "waren", "wurde", "wurden", "worden", "sei", "seien", "gewesen"})
# "Yoon und Kishida hatten bereits im November miteinander gesprochen": the pluperfect
# (hatte/war + participle) places an act before the one the story tells.
PLUPERFECT_AUXILIARIES = frozenset({"hatte", "hatten", "hattest", "hattet", "war", "waren", "warst", "wart"})
# Finite auxiliaries and modals of the singular and of the plural: "will ... diskutieren" has one
# subject, "wollen ... diskutieren" may have two ("X und Y wollen diskutieren").
SINGULAR_AUXILIARIES = frozenset("hat hatte habe ist war sei wird wurde werde will wollte wolle soll sollte solle "
                                 "kann konnte könne muss musste müsse möchte darf durfte dürfe würde hätte wäre "
                                 "könnte müsste".split())
PLURAL_AUXILIARIES = frozenset("haben hatten sind waren seien werden wurden wollen wollten sollen sollten können "
                               "konnten müssen mussten möchten dürfen durften würden hätten wären könnten "
                               "müssten".split())
# both numbers: the finite auxiliary or modal before a clause-final participle or infinitive
FINITE_VERB_AUXILIARIES = SINGULAR_AUXILIARIES | PLURAL_AUXILIARIES
# "war von Xi empfangen worden": the passive names the agent with "von"
PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "worden", "war", "waren"})
# "wurde von X empfangen", "war von X empfangen worden": only these are surely the passive
# ("war" also makes the pluperfect active: "war eingetroffen")
WERDEN_PASSIVE = frozenset({"wurde", "wurden", "worden"})
# "in Verhandlung nehmen": a parliament takes up a report, no talk
NEHMEN_FORMS = frozenset({"nehmen", "nimmt", "nehmt", "nahm", "nahmen", "genommen", "nähme", "nähmen"})
# the forms of "sein": "ist im Film zu sehen", "war auf Bildern zu sehen", "wird zu sehen sein"
SEIN_FORMS = frozenset({"sein", "bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart", "sei", "seien",
                        "wäre", "wären", "gewesen"})
# "hätten sich längst treffen sollen": hätte + modal infinitive, it did not happen
COUNTERFACTUAL_AUX = frozenset({"hätte", "hätten"})
# "befindet sich in Verhandlungen", "steht in Gesprächen mit", "ist in Kontakt mit": "in" + a contact
# noun with a present form of these is the progressive of news, an act going on at publication
PROGRESSIVE_STATE_VERBS = frozenset("ist sind sei seien steht stehen stehe befindet befinden befinde steckt stecken "
                                    "stecke".split())
# "würde(n)" + infinitive: the conditional, and in indirect speech the stand-in for "werde(n)"
# where Konjunktiv I equals the indicative ("sie werden" -> "sie würden"): a reported future.
WUERDE_FORMS = frozenset({"würde", "würden"})
MODAL_INFINITIVES = frozenset({"sollen", "müssen", "können", "dürfen"})

# --- verb forms ----------------------------------------------------------------------------------

# "Ein Treffen käme infrage": a contact verb in Konjunktiv II is only possible
CONTACT_SUBJUNCTIVE_II = frozenset({"käme", "kämen", "träfe", "träfen", "spräche", "sprächen"})
TAKE_PART = frozenset({"teilnehmen", "teilnahm", "teilnahmen", "teilgenommen", "teilnimmt", "teilzunehmen"})
# "Mit dabei sind auch Vertreter der Weltbank", "Auch der Premier war dabei": "dabei sein" is
# to take part, when "mit", "auch" or "ebenfalls" goes before "dabei" or "dabei" ends the clause
# (not "Dabei ist klar, ...")
PRESENT_AT = "dabei"
PRESENT_AT_BEFORE = frozenset({"mit", "auch", "ebenfalls"})
# "nahm ... teil": the separated forms, with "teil" at the clause end
TAKE_PART_SEPARATED = frozenset({"nahm", "nahmen", "nimmt", "nehmen"})
# "Putin habe die Einladung angenommen"
INVITATION_ACCEPTED = frozenset({"angenommen", "annahm", "nahm", "nahmen", "annehmen"})
# "folgte der Einladung", "nahm die Einladung an" (any accepting form but the infinitive)
INVITATION_TAKEN = frozenset({"folgte", "folgten", "gefolgt", "folgt", "folgen"}) | (INVITATION_ACCEPTED - {"annehmen"})
# "Erdoğan habe das Gespräch gesucht"
SOUGHT = frozenset({"gesucht", "suchte", "suchten", "sucht"})
# "trifft im Viertelfinale auf den Titelverteidiger": contact verbs (lemmas of contact_verbs.tsv)
# that with "auf" mean to face or come across someone
ENCOUNTER_VERBS = frozenset({"treffen", "zusammentreffen"})
# Participles that, before a contact noun, name who arranged or announced it, not who took
# part: "ein von der Regionalorganisation angekündigtes Treffen der beiden Generäle",
# "die von Katar vermittelten Gespräche" (stems; an adjective ending follows).
ARRANGING_PARTICIPLES = frozenset({"angekündigt", "geplant", "vorgeschlagen", "vermittelt", "organisiert",
                                   "arrangiert", "angeregt", "angestrebt", "ermöglicht", "gefordert"})
# Participles of doing the act itself: before a contact noun their "von" names a side ("der von X
# geschriebene Brief", "die von X geführten Gespräche"); any other participle's "von" names who
# confirmed, criticised or welcomed it ("das von X als echt bestätigte Schreiben").
ACT_PARTICIPLES = frozenset({"geschrieben", "verfasst", "unterzeichnet", "unterschrieben", "geschickt", "verschickt",
                             "übermittelt", "gesandt", "gesendet", "geführt", "abgehalten", "einberufen",
                             "initiiert", "ausgerichtet", "veranstaltet", "geleitet", "angestoßen"})
# more prefixes of participles without "ge-" (besides INSEPARABLE_PREFIXES): "überarbeitet", "unterstützt"
PARTICIPLE_PREFIXES = ("über", "unter", "wider", "hinter")
# Verbs whose object is a place ("besuchte Berlin", "verließ Moskau").
PLACE_VERBS = frozenset({"besuchen", "besucht", "besuchte", "besuchten", "bereisen", "bereiste",
                         "verlassen", "verließ", "erreichen", "erreichte", "anfliegen",
                         "betreten", "durchqueren"})
# Visit words: a place they govern is the visited side when no host is named (guidelines,
# "Visits": "Die Präsidentin reist nach Chile", "bei ihrem Besuch in Ottawa").
VISIT_WORDS = frozenset({"besuchen", "besucht", "besuchte", "besuchten", "besuchst", "besuche", "bereisen", "bereiste",
                         "bereist", "reist", "reiste", "reisten", "reisen", "gereist", "besuch", "besuchs", "besuches",
                         "staatsbesuch", "staatsbesuchs", "arbeitsbesuch", "arbeitsbesuchs", "kurzbesuch",
                         "blitzbesuch", "antrittsbesuch", "reise", "visite"})
# Forms of "reisen" that close a verb-final clause after the destination: "werde im Herbst
# nach Chile reisen", "ist nach Kiew gereist", "als sie nach Peking reiste".
TRAVEL_VERBS_FINAL = frozenset({"reisen", "reist", "reiste", "reisten", "gereist"})
# Travel words: a contact only as the visit of a place ("reist nach Chile"); "reiste mit ihrem
# Kollegen" names a companion, not a side.  (Lemmas of contact_verbs.tsv/contact_nouns.tsv.)
VISIT_ONLY = frozenset({"reisen", "Reise"})
# Travel verbs (contact_verbs.tsv, frame travel) that tell a coming visit only in the passive:
# "Der Minister wird am Freitag in Moskau erwartet"; "Die Ministerin erwartet in Wien Regen" is none.
PASSIVE_TRAVEL = frozenset({"erwarten"})
# the forms of "werden" that make the passive ("wird ... erwartet", "wurde ... erwartet")
WERDEN_FORMS = frozenset({"wird", "werden", "wurde", "wurden", "werde", "würde", "würden"})
# the present forms of "werden": with an infinitive the future ("Sie wird im Mai reisen"), with a
# participle the present passive ("Der Brief wird im Mai verschickt")
WERDEN_PRESENT = frozenset({"wird", "werden", "werde", "wirst", "werdet"})
# verbs whose stem begins with "ge": their infinitive looks like a participle ("Sie wird dem Vorstand
# angehören", "wird den Fehler zugestehen")
GE_STEMS = ("gehör", "gesteh", "gewinn", "genieß", "gesell", "gewöhn", "gewähr", "geleit", "gefall", "gerat",
            "gestalt", "gebrauch", "geling", "gedenk", "gehorch")

# --- particles and morphology --------------------------------------------------------------------

SEPARABLE_PARTICLES = frozenset(
    "ab an auf aus ein zu vor nach zurück weg fest dar her hin los bei um durch zusammen statt".split())
INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
# Prefixes of participles without "ge": the inseparable ones and "über", "unter", "hinter",
# "wider" where they are not separable ("übergangen", "unterschätzt", "hintergangen").
NO_GE_PREFIXES = INSEPARABLE_PREFIXES + ("über", "unter", "hinter", "wider")
# Stems after which German inserts an -e- before -st/-t ("redest", "begegnete").
E_INSERTION_ENDINGS = ("d", "t", "gn", "chn", "ffn", "dm", "tm")
# endings: an infinitive ("treffen", "ändern", "handeln"); a plural finite verb ("boten", "handeln")
INFINITIVE_ENDINGS = ("en", "ern", "eln")
PLURAL_VERB_ENDINGS = ("en", "ln", "rn")
# "getroffen", "telefoniert"
PARTICIPLE_ENDINGS = ("t", "en")

# "sprach von Rubio": verbs of speaking, a talk only with a partner word.
SPEAKING_VERBS = frozenset({"sprechen", "reden"})
# Verbs of informing: to inform the public or the press ("informierte die Öffentlichkeit", "unterrichtete
# die Medien", "bei einer Pressekonferenz") is a statement, no contact.
INFORMING_VERBS = frozenset({"informieren", "unterrichten", "inkenntnissetzen", "benachrichtigen",
                             "warnen", "vorwarnen", "aufmerksammachen"})
# "warnen" in the active is mostly a public admonition ("X warnte Y vor weiteren Schritten"); only a
# warning received, told in the passive ("Y war vor dem Angriff nicht gewarnt worden"), reaches Y.
PASSIVE_ONLY_CONTACT_VERBS = frozenset({"warnen"})
# Summoning (the guidelines' initiator cue): "bestellte den Botschafter ein", "zitierte den Botschafter
# ins Ministerium". "zitieren" summons only with the house the summoned is called to ("ins Ministerium",
# "zu sich"); without it, it quotes ("zitierte den Minister mit den Worten ..."). Told in the passive
# without an agent, that house is the summoning side: "Der Botschafter wurde ins Außenministerium
# zitiert".
SUMMONS_VERBS = frozenset({"einbestellen", "zitieren"})
DESTINATION_ONLY_CONTACT_VERBS = frozenset({"zitieren"})
# Verbs that inform only with a topic ("unterrichtete Paris über den Plan"); without one they teach.
TOPIC_ONLY_CONTACT_VERBS = frozenset({"unterrichten"})
# Conferring at a person's place is being there with the host: "Am Samstag beraten die Minister
# beim Präsidenten in Paris" is a meeting (the guidelines' co-presence); "bei X intervenieren" or
# "bei X werben" can be done by letter or phone and stays a talk.
HOSTED_CONFERRING_VERBS = frozenset({"beraten", "konferieren", "tagen", "verhandeln"})
# "unterhält seit Jahren Kontakte zu X": a standing tie, not an act.
RELATIONSHIP_VERBS = frozenset({"unterhält", "unterhalten", "unterhielt", "pflegt", "pflegen", "pflegte"})
# "nahm Kontakt zu X auf", "hat Kontakt zum Minister aufgenommen": taking up contact is an act;
# the split forms count with their particle "auf" in the clause.
TAKING_UP_JOINED = frozenset({"aufnehmen", "aufgenommen", "aufzunehmen", "aufnahm", "aufnahmen", "aufnimmt"})
TAKING_UP_SPLIT = frozenset({"nimmt", "nehmen", "nehme", "nahm", "nahmen", "nähme", "nähmen"})

# "machte sich in Idomeni ein Bild von der Lage": the news idiom of a visit to see for oneself;
# "Bild" is a contact noun only with reflexive "machen"
MACHEN_FORMS = frozenset({"mache", "machst", "macht", "machen", "machte", "machten", "machtet", "gemacht"})

# Verbs by which a work tells its story: "Der Film erzählt, wie X Y trifft", "Der Roman schildert,
# wie ...", "Die Serie handelt davon, wie ...": the clause after them is the plot, no news (with the
# verbs of saying of press_words.tsv: "erzählt", "zeigt")
NARRATING_VERBS = frozenset({"erzählen", "schildert", "schildern", "schilderte",
                             "zeigen", "beschreibt", "beschreiben", "beschrieb", "handelt", "handeln",
                             "handelte", "porträtiert", "thematisiert", "dokumentiert", "verfolgt", "begleitet"})
# The "zu" inside the infinitive of a verb with a separable particle ("einzuführen", "abzuschaffen")
ZU_INFINITIVE_INFIX = "zu"
