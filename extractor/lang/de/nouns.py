"""Nouns the rules name: speaker, representative, group and source nouns, nouns of federalism
and of places, the mode of a talk, weekdays."""
from __future__ import annotations

from .verbs import SOUGHT

# --- people and sides (lower case) ----------------------------------------------------------------

GROUP_NOUNS = frozenset({"seiten", "parteien", "politiker", "politikerinnen", "minister", "ministerinnen",
                         "chefdiplomaten", "staatschefs", "regierungschefs", "präsidenten", "männer", "frauen"})
# "beide Seiten", "beide Parteien": often organisations or states, not people
SIDE_NOUNS = frozenset({"seiten", "parteien"})
# "beider Vereine", "zwischen beiden Konzernen", "die Regierungen beider Länder": plural nouns of
# organisations and states (also the heads of compounds, "beider Nachbarländer", "beider Autokonzerne"),
# nominative/genitive and dative forms.
BODY_PLURALS = ("seiten", "parteien", "unternehmen", "konzerne", "konzernen", "firmen", "länder", "ländern",
                "staaten", "regierungen", "vereine", "vereinen", "klubs", "clubs", "banken", "gewerkschaften",
                "verbände", "verbänden", "delegationen", "städte", "städten", "gemeinden", "fraktionen",
                "ministerien", "behörden", "organisationen", "institutionen",
                "airlines", "fluglinien", "hersteller", "herstellern", "kammern")
# Of these, the plurals whose members are organisations, never states or towns: "die
# Verhandlungen beider Vereine" are between two clubs, not a club and its city
ORGANISATION_PLURALS = ("parteien", "unternehmen", "konzerne", "konzernen", "firmen", "vereine", "vereinen",
                        "klubs", "clubs", "banken", "gewerkschaften", "verbände", "verbänden", "fraktionen",
                        "organisationen", "airlines", "fluglinien", "hersteller", "herstellern", "kammern")
# "die Regierungschefs der drei baltischen Staaten", "der EU-Mitgliedsländer", "der Visegrád-Staaten":
# endings (lower case) of plural nouns whose members are states, the class a role's holders come from
STATE_PLURAL_ENDINGS = ("staaten", "länder", "ländern", "nationen")
# "die Koalitionsparteien", "mit den Regierungsparteien": the parties of the government, named before
COALITION_NOUNS = frozenset({"koalitionsparteien", "regierungsparteien", "koalitionspartnern", "regierungspartnern"})
# "Verhandlungen zum Kauf der X", "über die Übernahme von X": what is bought is the other side of
# takeover talks ("Verkauf" is not: the thing sold has no say)
ACQUISITION_NOUNS = frozenset({"kauf", "übernahme", "erwerb", "komplettübernahme", "mehrheitsübernahme"})
# the talk words that negotiate a takeover ("sprach über die Übernahme" is a statement)
NEGOTIATION_STEMS = ("verhand", "gespräch")
# "Vertreter der Gewerkschaft Verdi": those who speak for an organisation stand for it.
REPRESENTATIVE_NOUNS = frozenset(
    "vertreter vertreterinnen vertretern delegation delegationen delegierte unterhändler abgesandte "
    "spitzen spitze führung leitung verhandlungsführer gesandte gesandten agent agenten mitarbeiter mitarbeitern "
    "beamte beamten "
    # the leadership of a company, party or club: "die Geschäftsführung des Unternehmens"
    "geschäftsführung konzernführung konzernleitung konzernspitze unternehmensführung unternehmensleitung "
    "unternehmensspitze parteiführung parteispitze vereinsführung vereinsspitze vorstand".split())
# A speaker speaks for someone, no side of a talk (capitalised: role names of roles.tsv).
SPEAKER_ROLES = ("Sprecher", "Sprecherin", "Regierungssprecher", "Regierungssprecherin")
SOURCE_NOUNS = frozenset({"worten", "angaben", "informationen", "darstellung", "einschätzung", "ansicht", "auskunft",
                          "bericht", "berichten", "meldung", "meldungen", "medienberichten"})

# --- initiative and sequence (lower case) ----------------------------------------------------------

# "auf Initiative von X", "auf Einladung der CDU", "einer Einladung Putins"
INITIATIVE_VON = frozenset({"initiative", "wunsch", "einladung", "betreiben", "veranlassung", "anregung", "bitte"})
INITIATIVE_VON_HEADS = INITIATIVE_VON | {"einer"}
INITIATIVE_WORDS = SOUGHT | INITIATIVE_VON
# "ein Folgetreffen", "das Nachfolgetreffen"
FOLLOW_UP_PREFIXES = ("folge", "nachfolge")
# "in gleicher Runde", "in dieser Besetzung"
ROUND_NOUNS = frozenset({"runde", "besetzung", "konstellation", "zusammensetzung"})

# "Im Mittelpunkt des Treffens standen die Verhandlungen mit X", "Thema der Gespräche war ...": the noun
# whose genitive is an act names what that act was about
TOPIC_FRAME_NOUNS = frozenset({"mittelpunkt", "thema", "themen", "gegenstand", "schwerpunkt", "schwerpunkte",
                               "fokus", "hauptthema"})

# --- the mode of a talk (lower case) ---------------------------------------------------------------

# "sprachen am Telefon", "per Videoschalte": a call
CALL_WORDS = frozenset({"telefonisch", "fernmündlich", "telefon", "videoschalte", "videokonferenz", "video", "telefonat",
                        "videotelefonat"})
# "vereinbarten bei einem Telefonat ein Treffen": a call noun beside another contact noun names an
# act of its own, not the other's mode
CALL_ACT_NOUNS = frozenset({"telefonat", "videotelefonat"})
# "wandte sich schriftlich an den Minister", "brieflich", "postalisch": a letter; "tauschten sich per
# SMS aus", "kommunizierte über das Internet mit X", "im Chat": written messages
WRITTEN_WORDS = frozenset({"schriftlich", "brieflich", "postalisch", "brief", "briefen", "schreiben", "e-mail",
                           "e-mails", "mail", "mails", "sms", "chat", "internet", "kurznachricht", "kurznachrichten"})
# "sprachen persönlich", "ein Vier-Augen-Gespräch": a meeting
IN_PERSON_WORDS = frozenset({"persönlich", "vier-augen-gespräch"})

# --- German federalism and places (capitalised) -----------------------------------------------------

FEDERAL_NOUNS = frozenset({"Bund", "Bundes"})
STATE_LEVEL_NOUNS = frozenset({"Länder", "Ländern"})
FEDERAL_WORDS = FEDERAL_NOUNS | STATE_LEVEL_NOUNS
# "Bund" opening a name: "Bund der Steuerzahler", "Bund für Umwelt", "Bund Deutscher Architekten".
FEDERAL_NAME_CONTINUATIONS = frozenset({"der", "für", "deutscher", "Deutscher"})
GOVERNED_PLACE_NOUNS = frozenset({"Kanton", "Stadt", "Gemeinde", "Landkreis", "Bezirk", "Freistaat", "Bundesland",
                                 "Bundesstaat", "US-Bundesstaat"})

# --- roles (capitalised) -------------------------------------------------------------------------------

# Prefixes of a role that keep the role ("Ex-Präsident", "Vize-Kanzler", "Ko-Vorsitzende").
OFFICE_PREFIXES = frozenset({"Ex", "Vize", "Ober", "Interims", "Ko", "Co"})
# A compound whose last part is one of these is not a role although it ends like one.
NOT_ROLES = frozenset({"Lautsprecher", "Chefsache"})

# --- time (lower case) -----------------------------------------------------------------------------------

WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
# a time of day or of the week: "traf am Abend Peter Resetarits" names no genitive of it
DAY_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "wochenende")

# Nouns of a relation between two sides, which take a "zwischen X und Y" pair: "der Streit zwischen
# Kanzler und Vizekanzler" is no contact between them.
RELATION_NOUNS = frozenset({"streit", "konflikt", "konflikte", "konflikten", "spannungen", "beziehungen",
                            "verhältnis", "krieg", "differenzen", "unterschied", "unterschiede", "abkommen",
                            "pakt", "vertrag", "grenze", "zusammenarbeit", "rivalität", "kluft", "machtkampf",
                            "fehde", "stillstand", "eiszeit", "zwist", "zerwürfnis"})
# "bei einer Pressekonferenz mit seinem Kollegen X": a joint appearance shows co-presence only
# with the partner named after "mit"; a press conference alone is a statement (guidelines, "Press")
JOINT_APPEARANCE_NOUNS = ("pressekonferenz", "pressekonferenzen")  # and compounds: "Antrittspressekonferenz"
# "antwortete mit einem eigenen Schreiben", "ihr Antwortschreiben": a reply, an act of its own
# whose other side is the one who wrote first
REPLY_STARTS = ("antwort", "geantwortet")
# "die Regierungen in Lissabon, Helsinki und Dublin": the places after them stand for their governments
GOVERNMENT_NOUNS = frozenset({"regierung", "regierungen", "landesregierung", "landesregierungen", "stadtregierung",
                              "behörden", "führung"})
# "Sein Land werde protestieren, sagte der Außenminister": the state of the possessor.
OWN_STATE_NOUNS = frozenset({"land", "heimatland"})
# Details of an arrangement: negated, they leave the act planned, not denied ("Der Termin für das
# Treffen steht noch nicht fest", "Einen Ort für die Gespräche gibt es noch nicht").
ARRANGEMENT_NOUNS = frozenset({"termin", "datum", "zeitpunkt", "ort", "austragungsort", "tagungsort", "tagesordnung"})

# Endings of the day and part-of-day nouns that stand capitalised right before a place in
# "besuchte am Montag Graz", "besucht kommende Woche Tirol" (lower case): such a word is no
# part of the place's name.
TIME_NOUN_ENDINGS = ("tag", "woch", "woche", "monat", "jahr", "abend", "morgen", "mittag", "nacht", "früh")
