"""Endings of German nouns, adjectives and names, and words that end like them but are not."""
from __future__ import annotations

# --- nouns ----------------------------------------------------------------------------------------

# Endings of German abstract/common nouns: such a token is no unknown name.
NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen",
                "sion", "tät", "täten", "ismus", "nis", "nisse", "tum", "ment", "mente",
                "ität", "ie", "ien", "ik", "ei", "eien", "chen", "lein", "gespräch",
                "gespräche", "krieg", "kriegs", "telefonat", "treffen", "ische", "ischen",
                "isch", "lich", "liche", "lichen", "ig", "ige", "igen")
# Noun endings that foreign names share ("Vytenis", "Janik", "Kowalczyk" does not): two unknown
# capitalised words ending so may still be a name.
NAME_LIKE_NOUN_ENDINGS = ("nis", "ie", "ik", "ei", "ig")
# Endings of a masculine role noun ("Minister", "Ministers", "Ministern") and of a feminine
# one ("Ministerin", "Ministerinnen").
NOUN_SUFFIXES = ("", "s", "es", "e", "en", "n")
# Case and plural endings of common nouns besides the genitive -s, which names take too
# ("des Anfanges", "die Hilfen", "die Kinder"; but "Millers")
DECLENSION_ENDINGS = ("e", "en", "n", "er", "es")
FEMALE_SUFFIXES = ("", "nen")
# A role held by a woman: "Ministerin", "Ministerinnen".
FEMALE_ROLE_ENDINGS = ("in", "innen")
# Plural endings of an introducing noun, which may list several names ("die Gewerkschaften
# PRO-GE und GPA").
PLURAL_NOUN_ENDINGS = ("en", "er")
# Unstressed last syllables: a masculine noun ending so takes the genitive -s, never -es
# ("des Gastgebers", "des Onkels"; but "des Gastes").
UNSTRESSED_ENDINGS = ("er", "el", "en")
# Genitive endings of a noun: "Arbeitgeberverband(s|es)"; "Fanbündnis(ses)" (longest first).
GENITIVE_ENDINGS = ("", "s", "es")
GENITIVE_ENDINGS_LONGEST_FIRST = ("ses", "es", "s")
# The genitive of a name: "Chinas", "Macrons'", "Alexis'"
NAME_GENITIVE_ENDINGS = ("s", "'")
# Genders whose genitive takes -s ("des Verbands", "des Bündnisses").
GENITIVE_S_GENDERS = frozenset({"m", "n"})
# States written without an article or with "der" take a genitive -s ("Russlands", "des Irans").
GENITIVE_S_ARTICLES = ("", "der")
# Letters after which the genitive is an apostrophe or -es ("Scholz'", "des Roten Kreuzes").
SIBILANTS = "sßxz"
# German inflects what the time tables list in base form: adjectives (-e/-en/-er/
# -es/-em: "vergangenen"), nouns (-e/-en/-n/-s/-es: "Tagen", "Jahres").
INFLECTIONS = ("s", "n", "r", "e", "en", "es", "er", "em", "ns", "ens")

# --- adjectives -------------------------------------------------------------------------------------

# Endings of inflected adjectives ("amerikanischen"); their last letters differ, so at most
# one fits a word.
ADJECTIVE_ENDINGS = ("e", "er", "en", "es", "em")
ADJ_ENDING_LETTERS = "nmrse"
# The strong nominative ending by the gender of the noun: "Kommunaler Arbeitgeberverband".
ADJ_NOMINATIVE = {"m": "er", "f": "e", "n": "es", "pl": "e"}
# An adjective of a name before a capitalised noun: "Fachverband Metalltechnische Industrie".
NAME_ADJ_ENDINGS = ("e", "er", "es", "en")
# A place adjective before a state: "im russischen Moskau".
PLACE_ADJ_ENDINGS = ("ischen", "ische")
# Words that end like inflected adjectives but are not ("zwischen", "gegen").
NOT_ADJECTIVES = frozenset({"zwischen", "gegen", "wegen", "neben", "binnen", "oben", "unten",
                            "haben", "hatte", "hatten", "werden", "wurde", "wurden", "sagte",
                            "sagten", "erklärte", "erklärten", "sollen", "wollen", "können",
                            "müssen", "dürfen", "seien", "waren", "eben"})

# --- nominalised ages ------------------------------------------------------------------------------

# "der 78-Jährige", "des 61-Jährigen": a number, a hyphen, the adjective "jährig" and a weak
# ending, standing for a person of that age ("der 78-jährige Papst": the same adjective before a noun).
AGE_ADJECTIVE = "jährig"
WEAK_ENDINGS = ("e", "en")

# Letters a name's comparison key folds: "Köln" ~ "Koln".
DEUMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
# Nouns and names whose own nominative ends in -s, so that the -s is no genitive: Latin and
# Greek endings ("Lotus", "Fokus", "Kulturheros"), "-nis" ("Zerwürfnis"), "-haus" ("Elternhaus").
NOMINATIVE_S_ENDINGS = ("us", "os", "nis", "haus")
