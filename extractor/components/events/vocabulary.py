"""The German words the event rules look for, by word class (lower case unless marked).

Every set of words the stage tests against is defined here once; the rule modules import
them by name.  The contact verbs and nouns themselves and the status cues are data
(``resources/de/contact_verbs.tsv``, ``contact_nouns.tsv``, ``event_cues.tsv``).
"""
from __future__ import annotations

# --- conjunctions and clause punctuation ------------------------------------------------------

SUBORDINATORS = frozenset(
    "dass weil nachdem als wenn ob obwohl obgleich während bevor ehe damit sodass da wie wo seit seitdem "
    "bis falls indem sofern solange sobald zumal nachdem wobei weshalb weswegen worauf wonach woraufhin".split())
COORD_CLAUSE = frozenset("aber doch sondern denn jedoch".split())
# "traf Neuendorf Faeser und sprach ... mit Čeferin": the conjunction before a further contact verb
COORDINATORS = frozenset({"und", "sowie", "oder"})
LIST_GLUE = frozenset({",", "und", "sowie", "oder", "(", ")", "/", "&"})
# "zunächst X, anschließend Y": a sequence word glued to the list by a comma or "und"
SEQUENCE_GLUE = frozenset({",", "und"})
# "um ... zu", "ohne ... zu", "statt ... zu": a comma before them opens an infinitive clause
INFINITIVE_CONJUNCTIONS = frozenset({"um", "ohne", "statt"})
CLAUSE_BREAKS = frozenset({";", ":", "–", "—"})
QUOTATION_MARKS = frozenset({'"', "„", "“", "”", "«", "»", "‚", "‘", "’", "'"})

# --- articles, determiners and pronouns ---------------------------------------------------------

RELATIVE = frozenset("der die das dem den deren dessen denen welche welcher welches welchem welchen".split())
DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner seines ihr ihre "
    "ihren ihrem ihrer ihres dessen deren beide beiden beider".split())
# "die Gespräche", "dieses Treffen": a definite noun phrase refers back to an act told before
DEFINITE_DETERMINERS = frozenset({"die", "das", "dem", "den", "der", "diese", "dieses", "diesem"})
# "am Rande des Gipfels", "der Chefunterhändler der Huthi-Miliz"
GENITIVE_ARTICLES = frozenset({"der", "des"})
# "... will X die Aufnahme dem Parlament vorlegen": a dative object
DATIVE_ARTICLES = frozenset({"dem", "einem"})
# "in einem Schreiben", "per ihrem Brief": the determiner of a means phrase
MEANS_DETERMINERS = frozenset({"einem", "einer", "seinem", "ihrem", "seiner", "ihrer"})
# "sein Telefonat mit Macron"
POSSESSIVES = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"})
# "die drei", "aller vier": only after these does a numeral stand for people
NUMERAL_GROUP_DETERMINERS = frozenset({"die", "der", "den", "alle", "allen", "diese", "dieser", "diesen"})
PRONOUNS_MASC = frozenset({"er", "ihm", "ihn"})
PRONOUNS_FEM = frozenset({"sie"})
# "empfängt er den Chefdiplomaten": a subject pronoun
SUBJECT_PRONOUNS = frozenset({"er", "sie"})
RECIPROCAL = frozenset({"miteinander", "untereinander", "einander"})

# --- prepositions --------------------------------------------------------------------------------

PREPOSITIONS = frozenset(
    "mit zwischen an bei von vom gegenüber über laut für gegen ohne in im aus nach zum zur ins bis durch "
    "unter neben vor hinter seit während wegen trotz".split())
PARTNER_PREPS = frozenset({"mit", "zwischen", "an", "bei", "von", "gegenüber"})
# "telefonierte mit X", "ein Brief an X", "bei X", "gegenüber X": the other side
PARTNER_MARKERS = frozenset({"mit", "an", "bei", "gegenüber"})
# "ein Treffen zwischen X und Y", "ein Telefonat mit X", "eine Einladung von X": participants follow
PARTICIPANT_PREPS = frozenset({"zwischen", "mit", "von"})
# "laut X", "über X", "gegen X", "für X", "ohne X": a source, topic or opponent, no participant
NON_PARTICIPANT_PREPS = frozenset({"laut", "über", "gegen", "für", "ohne"})
PLACE_PREPS = frozenset({"in", "im", "aus", "nach", "vom", "zum", "ins", "bis", "durch", "auf", "am", "nahe"})
# "Amtskollegen aus Frankreich (Sébastien Lecornu)": "aus Frankreich" modifies the noun
# before it, so the mention's governing preposition is the one before that noun.
NOUN_MODIFIER_PREPS = frozenset({"aus"})
# "in einem Schreiben", "per Brief", "mit einem Brief"
MEANS_PREPS = frozenset({"in", "per", "mit"})
# "seit Beginn ... im Februar 2022", "bis Ende März": a period, not the date of an act
PERIOD_WORDS = frozenset({"seit", "seitdem", "bis"})
# "auf Wunsch", "nach Anregung"
INITIATIVE_PREPS = frozenset({"auf", "nach"})
DIRECTION_WORDS = frozenset({"westlich", "östlich", "nördlich", "südlich", "nahe", "unweit", "vor", "bei"})

# --- auxiliaries and modals ----------------------------------------------------------------------

# "soll ... initiiert haben": sollen with a perfect infinitive reports the past.
PERFECT_AUX = frozenset({"haben", "sein", "worden"})
SOLLEN_FORMS = frozenset({"soll", "sollen", "solle"})
# ", hatte López Obrador anschließend ... berichtet": a reporting clause starting with its auxiliary
REPORT_AUX = frozenset({"hatte", "hat", "hatten", "haben", "hätte", "habe"})
# ", Österreich werde ... unterstützen": the finite verb of reported speech
REPORTED_FINITE = frozenset(
    "werde werden habe haben sei seien wolle wollen könne können müsse müssen solle sollen dürfe "
    "hätte hätten wäre wären".split())
FINITE_AUXILIARIES = frozenset("hatte hatten habe haben wurde wurden werde werden sei seien wollte wollten "
                               "sollte sollten könnte könnten müsste müssten dürfte dürften würde würden".split())
# "sei ... nicht zustande gekommen": reported speech
KONJUNKTIV_I = frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "wolle", "solle", "dürfe"})
PAST_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "ist", "sind", "war",
                              "waren", "wurde", "wurden", "worden", "sei", "seien", "gewesen"})
# "Yoon und Kishida hatten bereits im November miteinander gesprochen": the pluperfect
# (hatte/war + participle) places an act before the one the story tells.
PLUPERFECT_AUXILIARIES = frozenset({"hatte", "hatten", "hattest", "hattet", "war", "waren", "warst", "wart"})
# "war von Xi empfangen worden": the passive names the agent with "von"
PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "worden", "war", "waren"})
# "hätten sich längst treffen sollen": hätte + modal infinitive, it did not happen
COUNTERFACTUAL_AUX = frozenset({"hätte", "hätten"})
MODAL_INFINITIVES = frozenset({"sollen", "müssen", "können", "dürfen"})

# --- verb forms ----------------------------------------------------------------------------------

# "Ein Treffen käme infrage": a contact verb in Konjunktiv II is only possible
CONTACT_SUBJUNCTIVE_II = frozenset({"käme", "kämen", "träfe", "träfen", "spräche", "sprächen"})
TAKE_PART = frozenset({"teilnehmen", "teilnahm", "teilnahmen", "teilgenommen", "teilnimmt", "teilzunehmen"})
# "nahm ... teil": the separated forms, with "teil" at the clause end
TAKE_PART_SEPARATED = frozenset({"nahm", "nahmen", "nimmt", "nehmen"})
INVITATION_TAKEN = frozenset({"folgte", "folgten", "gefolgt", "folgt", "folgen", "angenommen", "annahm", "nahm",
                              "nahmen"})
# "Putin habe die Einladung angenommen"
INVITATION_ACCEPTED = frozenset({"angenommen", "annahm", "nahm", "nahmen", "annehmen"})
# "Erdoğan habe das Gespräch gesucht"
SOUGHT = frozenset({"gesucht", "suchte", "suchten", "sucht"})
# endings: an infinitive ("treffen", "ändern", "handeln"); a plural finite verb ("boten", "handeln")
INFINITIVE_ENDINGS = ("en", "ern", "eln")
PLURAL_VERB_ENDINGS = ("en", "ln", "rn")
# "getroffen", "telefoniert"; a genitive "Chinas", "Macrons'", "Alexis'"
PARTICIPLE_ENDINGS = ("t", "en")
GENITIVE_ENDINGS = ("s", "'")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
SEPARABLE_PARTICLES = frozenset(
    "ab an auf aus ein zu vor nach zurück weg fest dar her hin los bei um durch zusammen statt".split())

# --- nouns ---------------------------------------------------------------------------------------

# "die beiden", "beide Seiten", "der drei Minister": how many actors a group word stands for
GROUP_WORDS = {"beide": 2, "beiden": 2, "beider": 2, "drei": 3, "vier": 4}
NUMERALS_AFTER_ARTICLE = ("drei", "vier")
GROUP_NOUNS = frozenset({"seiten", "parteien", "politiker", "politikerinnen", "minister", "ministerinnen",
                         "chefdiplomaten", "staatschefs", "regierungschefs", "präsidenten", "männer", "frauen"})
# "beide Seiten", "beide Parteien": often organisations or states, not people
SIDE_NOUNS = frozenset({"seiten", "parteien"})
SPEAKER_ROLES = ("Sprecher", "Sprecherin", "Regierungssprecher", "Regierungssprecherin")
# "Vertreter der Gewerkschaft Verdi": those who speak for an organisation stand for it.
REPRESENTATIVE_NOUNS = frozenset(
    "vertreter vertreterinnen vertretern delegation delegationen delegierte unterhändler abgesandte "
    "spitzen spitze führung leitung verhandlungsführer gesandte".split())
SOURCE_NOUNS = frozenset({"worten", "angaben", "informationen", "darstellung", "einschätzung", "ansicht", "auskunft",
                          "bericht", "berichten", "meldung", "meldungen", "medienberichten"})
# "auf Initiative von X", "auf Einladung der CDU", "einer Einladung Putins"
INITIATIVE_VON = frozenset({"initiative", "wunsch", "einladung", "betreiben", "veranlassung", "anregung", "bitte"})
INITIATIVE_VON_HEADS = INITIATIVE_VON | {"einer"}
INITIATIVE_WORDS = SOUGHT | INITIATIVE_VON
# "ein Folgetreffen", "das Nachfolgetreffen"
FOLLOW_UP_PREFIXES = ("folge", "nachfolge")
# "in gleicher Runde", "in dieser Besetzung"
ROUND_NOUNS = frozenset({"runde", "besetzung", "konstellation", "zusammensetzung"})

# --- adverbs and particles -----------------------------------------------------------------------

# "daran soll auch X teilnehmen"
ATTENDANCE_WORDS = frozenset({"daran", "ebenfalls", "auch"})
CONTINUATION_WORDS = frozenset({"weiteres", "weitere", "weiteren", "erneutes", "erneute", "nächste", "nächstes",
                                "nächsten", "zweites", "zweite", "folgende", "anschließende"})
SAME_GROUP = frozenset({"dieser", "gleicher", "derselben", "selber", "selben", "gleichen", "dieselbe"})
SEQUENCE_WORDS = frozenset({"anschließend", "danach", "später", "dann", "daraufhin", "zuvor"})
FIRST_WORDS = frozenset({"zunächst", "zuerst"})
TWICE = frozenset({"zweimal", "zwei-mal"})
# "Dort sprach er mit ...", "Dabei traf sie ...": the scene of the sentence before goes on.
SCENE_WORDS = frozenset({"dort", "dabei", "anschließend", "danach", "hier"})
SAME_DAY_PHRASES = (("an", "diesem", "tag"), ("am", "selben", "tag"), ("am", "gleichen", "tag"),
                    ("am", "selben", "abend"), ("am", "gleichen", "abend"), ("noch", "am", "selben"))
NEXT_DAY_PHRASES = (("tags", "darauf"), ("am", "tag", "darauf"), ("einen", "tag", "später"), ("am", "folgetag"),
                    ("am", "folgenden", "tag"))
# "in den kommenden Wochen": a vague prospect, no date yet
VAGUE_FUTURE_WORDS = ("kommenden", "nächsten", "folgenden")
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")

# --- words that name the mode of a talk ------------------------------------------------------------

# "sprachen am Telefon", "per Videoschalte": a call
CALL_WORDS = frozenset({"telefonisch", "telefon", "videoschalte", "videokonferenz", "video", "telefonat",
                        "videotelefonat"})
# "wandte sich schriftlich an den Minister": a letter
WRITTEN_WORDS = frozenset({"schriftlich", "brief", "briefen", "schreiben", "e-mail"})
# "sprachen persönlich", "ein Vier-Augen-Gespräch": a meeting
IN_PERSON_WORDS = frozenset({"persönlich", "vier-augen-gespräch"})

# Travel words: a contact only as the visit of a place ("reist nach Chile"); "reiste mit ihrem
# Kollegen" names a companion, not a side.
VISIT_ONLY = frozenset({"reisen", "Reise"})

# Prepositions that place something during an act ("bei ihrem Treffen", "während des Besuchs"):
# the act's status is then the clause's (a plan makes it planned), unlike "nach" (done).
SETTING_PREPS = frozenset({"bei", "beim", "während"})

# Subjects that name no side: "habe es ein Gespräch gegeben", "man spreche mit", "wir verhandeln".
IMPERSONAL_SUBJECTS = frozenset({"es", "man", "wir", "ich"})

# An act still going on at publication: "verhandelt derzeit", "seit Monaten", "im Moment".
ONGOING_WORDS = frozenset({"derzeit", "zurzeit", "momentan", "gerade", "aktuell", "weiterhin", "noch immer"})
ONGOING_SPANS = frozenset({"monaten", "wochen", "tagen", "jahren", "langem", "längerem", "einiger", "geraumer"})

# Nouns of a relation between two sides, which take a "zwischen X und Y" pair: "der Streit zwischen
# Kanzler und Vizekanzler" is no contact between them.
RELATION_NOUNS = frozenset({"streit", "konflikt", "konflikte", "konflikten", "spannungen", "beziehungen",
                            "verhältnis", "krieg", "differenzen", "unterschied", "unterschiede", "abkommen",
                            "pakt", "vertrag", "grenze", "zusammenarbeit", "rivalität", "kluft", "machtkampf",
                            "fehde", "stillstand", "eiszeit", "zwist", "zerwürfnis"})
