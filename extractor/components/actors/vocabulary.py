"""Closed German word classes the actor stage reads (grammar, not lexicon), named by class:
articles and determiners, numerals, conjunctions, prepositions, particles of names, endings
of nouns and adjectives, punctuation.

Open classes (names, roles, states, organisations) are data under ``resources/de``; see
``lexicon.py``.  Sets that are parts of a larger class are written as that part, so that no
word list is written twice.
"""
from __future__ import annotations

# --------------------------------------------------------------------------
# Articles and determiners

DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
ARTICLE_WORDS = DEFINITE_ARTICLES | INDEFINITE_ARTICLES
# Determiners that open a role phrase: articles, possessives, demonstratives, "dessen"/"deren".
DETERMINERS = ARTICLE_WORDS | frozenset("""
    sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres dessen deren
    unser unsere unseren unserem dieser diese diesen diesem dieses jener jene""".split())
# Determiners that mark a feminine singular role noun ("die Vorsitzende", "seine Kollegin").
FEMALE_DETERMINERS = frozenset({"die", "eine", "ihre", "seine", "diese", "jene", "unsere"})
# A state in the genitive: "Präsident der Ukraine", "Regierung des Iran".
GENITIVE_ARTICLES = frozenset({"der", "des"})
# After "für": "der UN-Sondergesandte für den Jemen".
ACCUSATIVE_ARTICLES = frozenset({"den", "die", "das"})
# Before a state in a list after "von"/"aus": "von Russland und der USA", "aus den USA".
STATE_LIST_ARTICLES = frozenset({"der", "den", "dem", "die"})
# Between a locative preposition and a place: "in der Ukraine", "aus dem Iran".
LOCATIVE_ARTICLES = DEFINITE_ARTICLES - {"des"}
# A plural noun after these refers to several ("die Gewerkschaften", "den Verbänden").
PLURAL_ARTICLES = frozenset({"die", "den"})
# Articles that make "Bund" the federal level ("der Bund", "vom Bund", "beim Bund").
FEDERAL_ARTICLES = GENITIVE_ARTICLES | {"dem", "vom", "beim", "zum"}

# --------------------------------------------------------------------------
# Numerals and quantifiers

PLURAL_WORDS = frozenset({"beiden", "beide", "zwei", "drei", "vier", "fünf", "mehrere",
                          "alle", "allen", "einige", "einigen", "viele", "vielen"})
PAIR_WORDS = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}

# --------------------------------------------------------------------------
# Conjunctions

CONJUNCTIONS = frozenset({"und", "sowie", "oder"})
# Words that open a list of names: "zwischen Hoeneß, Rummenigge und ...", "mit Merkel, Macron und ...".
LIST_OPENERS = frozenset({"zwischen", "mit", "von", "an", "bei", "und"})
COORDINATORS = CONJUNCTIONS | {","}
# A plural introducing noun lists several: "die Gewerkschaften PRO-GE und GPA".
ADDITIVE_CONJUNCTIONS = frozenset({"und", "sowie"})
# Between a truncated compound and the word whose head it shares: "Staats- und Parteichef".
ELISION_CONJUNCTIONS = frozenset({"und", "oder"})

# --------------------------------------------------------------------------
# Prepositions

LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei", "beim", "nahe", "vor",
                                   "bis", "ab", "durch", "zu", "zum", "zur", "um"})
# Prepositions governing the genitive or dative: "der" with a masculine role noun after them
# is a plural ("trotz der Finanzminister"); a singular would take "des" or "dem".
CASE_GOVERNING_PREPOSITIONS = frozenset({"von", "mit", "bei", "zwischen", "unter", "trotz", "wegen", "laut",
                                         "seitens", "gegenüber", "nach", "aus", "zu", "vor"})
# A state after a role: "der Präsident von Frankreich", "die Amtskollegen aus Frankreich".
ORIGIN_PREPOSITIONS = frozenset({"von", "aus"})

# --------------------------------------------------------------------------
# Verbs

# Verbs whose object is a place ("besuchte Berlin", "verließ Moskau").
# Visit words: a place they govern is the visited side when no host is named (guidelines,
# "Visits": "Die Präsidentin reist nach Chile", "bei ihrem Besuch in Ottawa").
VISIT_WORDS = frozenset({"besuchen", "besucht", "besuchte", "besuchten", "besuchst", "besuche", "bereisen", "bereiste",
                         "bereist", "reist", "reiste", "reisten", "reisen", "gereist", "besuch", "besuchs", "besuches",
                         "staatsbesuch", "staatsbesuchs", "arbeitsbesuch", "arbeitsbesuchs", "kurzbesuch",
                         "blitzbesuch", "antrittsbesuch", "reise", "visite"})
VISIT_REACH = 6  # "reist nächste Woche nach Chile"
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "–", "—", "(", ")"})
PLACE_VERBS = frozenset({"besuchen", "besucht", "besuchte", "besuchten", "bereisen", "bereiste",
                         "verlassen", "verließ", "erreichen", "erreichte", "anfliegen",
                         "betreten", "durchqueren"})
# Words that end like inflected adjectives but are not ("zwischen", "gegen").
NOT_ADJECTIVES = frozenset({"zwischen", "gegen", "wegen", "neben", "binnen", "oben", "unten",
                            "haben", "hatte", "hatten", "werden", "wurde", "wurden", "sagte",
                            "sagten", "erklärte", "erklärten", "sollen", "wollen", "können",
                            "müssen", "dürfen", "seien", "waren", "eben"})

# --------------------------------------------------------------------------
# Particles of names

# Particles inside names ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"von", "van", "de", "di", "da", "del", "della", "der", "den",
                            "du", "des", "le", "la", "bin", "ibn", "ben", "al", "el", "zu",
                            "ter", "dos", "do", "y", "Van", "Von", "De", "Di", "Da",
                            "Le", "La", "Al", "El", "Bin", "Abu", "abu", "Ibn", "Del",
                            "Mac", "St."})
# Particles that cannot open a particle run: "von der Leyen", but not "Zielband der X".
ARTICLE_PARTICLES = frozenset({"der", "den", "des"})
# Capitalised particles that stay particles right after a role ("Kommissionschefin Von der
# Leyen"); the others ("Abu", "Bin", "Mac") are a name's first word there.
CAPITALISED_PARTICLES = frozenset({"Van", "Von", "De", "Di", "Da", "Le", "La", "El", "Al"})
# One of these alone before a capitalised word is a qualifier, not a name: "Bürgermeister von Lyon".
QUALIFYING_PARTICLES = frozenset({"von", "aus", "de", "der", "den", "des"})
# Hyphen-attached particles: "al-Assad", "el-Sisi".
ATTACHED_PARTICLES = ("al-", "el-", "as-", "ad-", "ar-", "asch-", "an-", "at-")

# --------------------------------------------------------------------------
# Endings and parts of words

# Endings of German abstract/common nouns: such a token is no unknown name.
NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen",
                "sion", "tät", "täten", "ismus", "nis", "nisse", "tum", "ment", "mente",
                "ität", "ie", "ien", "ik", "ei", "eien", "chen", "lein", "gespräch",
                "gespräche", "krieg", "kriegs", "telefonat", "treffen", "ische", "ischen",
                "isch", "lich", "liche", "lichen", "ig", "ige", "igen")
# Endings of a masculine role noun ("Minister", "Ministers", "Ministern") and of a feminine
# one ("Ministerin", "Ministerinnen").
NOUN_SUFFIXES = ("", "s", "es", "e", "en", "n")
FEMALE_SUFFIXES = ("", "nen")
# A role held by a woman: "Ministerin", "Ministerinnen".
FEMALE_ROLE_ENDINGS = ("in", "innen")
# Endings of inflected adjectives; their last letters differ, so at most one fits a word.
ADJ_ENDINGS = ("e", "er", "en", "es", "em")
ADJ_ENDING_LETTERS = "nmrse"
# The strong nominative ending by the gender of the noun: "Kommunaler Arbeitgeberverband".
ADJ_NOMINATIVE = {"m": "er", "f": "e", "n": "es", "pl": "e"}
# An adjective of a name before a capitalised noun: "Fachverband Metalltechnische Industrie".
NAME_ADJ_ENDINGS = ("e", "er", "es", "en")
# Plural endings of an introducing noun, which may list several names ("die Gewerkschaften
# PRO-GE und GPA").
PLURAL_NOUN_ENDINGS = ("en", "er")
# A place adjective before a state: "im russischen Moskau".
PLACE_ADJ_ENDINGS = ("ischen", "ische")
# Genitive endings of a noun: "Arbeitgeberverband(s|es)"; "Fanbündnis(ses)" (longest first).
GENITIVE_ENDINGS = ("", "s", "es")
GENITIVE_ENDINGS_LONGEST_FIRST = ("ses", "es", "s")
# Genders whose genitive takes -s ("des Verbands", "des Bündnisses").
GENITIVE_S_GENDERS = frozenset({"m", "n"})
# States written without an article or with "der" take a genitive -s ("Russlands", "des Irans").
GENITIVE_S_ARTICLES = ("", "der")
# Letters after which the genitive is an apostrophe or -es ("Scholz'", "des Roten Kreuzes").
SIBILANTS = "sßxz"
# Prefixes of a role that keep the role ("Ex-Präsident", "Vize-Kanzler", "Ko-Vorsitzende").
OFFICE_PREFIXES = frozenset({"Ex", "Vize", "Ober", "Interims", "Ko", "Co"})
# A compound whose last part is one of these is not a role although it ends like one.
NOT_ROLES = frozenset({"Lautsprecher", "Chefsache"})
DEUMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})

# --------------------------------------------------------------------------
# Nouns of German federalism and of places

FEDERAL_NOUNS = frozenset({"Bund", "Bundes"})
STATE_LEVEL_NOUNS = frozenset({"Länder", "Ländern"})
FEDERAL_WORDS = FEDERAL_NOUNS | STATE_LEVEL_NOUNS
# "Bund" opening a name: "Bund der Steuerzahler", "Bund für Umwelt", "Bund Deutscher Architekten".
FEDERAL_NAME_CONTINUATIONS = frozenset({"der", "für", "deutscher", "Deutscher"})
GOVERNED_PLACE_NOUNS = frozenset({"Kanton", "Stadt", "Gemeinde", "Landkreis", "Bezirk", "Freistaat", "Bundesland"})

# --------------------------------------------------------------------------
# Punctuation

APOSTROPHES = ("'", "’")
OPEN_QUOTES = frozenset({"«", "„", '"', "»", "‚"})
CLOSE_QUOTES = frozenset({"»", "“", '"', "«", "‘"})
# What may follow the place names of a dateline: "Moskau/Washington – ...".
DATELINE_ENDS = frozenset({"–", "-", "—", "("})
# What may follow a name in apposition: "der Kremlsprecher, Dmitri Peskow, sagte".
APPOSITION_ENDS = frozenset({",", "(", ")", "–", "-", "."})
# Characters a name's comparison key leaves out.
FOLD_IGNORED = "-'’ ."

# Words inside a name that give no letter to its abbreviation ("Bund für Umwelt und Naturschutz
# Deutschland (BUND)")
ABBREVIATION_GLUE = frozenset({"und", "für", "der", "des", "die", "von", "zur", "zum", "im", "in", "&"})
