"""Closed German word classes the actor stage reads (grammar, not lexicon): determiners,
particles of names, endings of nouns and adjectives, prepositions, quote marks.

Open classes (names, roles, states, organisations) are data under ``resources/de``; see
``lexicon.py``.
"""
from __future__ import annotations

DETERMINERS = frozenset("""der die das dem den des ein eine einen einem einer eines
    sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres dessen deren
    unser unsere unseren unserem dieser diese diesen diesem dieses jener jene""".split())
FEMALE_DETERMINERS = frozenset({"die", "eine", "ihre", "seine", "diese", "jene", "unsere"})
PLURAL_WORDS = frozenset({"beiden", "beide", "zwei", "drei", "vier", "fünf", "mehrere",
                          "alle", "allen", "einige", "einigen", "viele", "vielen"})
PAIR_WORDS = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}
COORDINATORS = frozenset({"und", "sowie", "oder", ","})
LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei", "beim", "nahe", "vor",
                                   "bis", "ab", "durch", "zu", "zum", "zur", "um"})
# Verbs whose object is a place ("besuchte Berlin", "verließ Moskau").
PLACE_VERBS = frozenset({"besuchen", "besucht", "besuchte", "besuchten", "bereisen", "bereiste",
                         "verlassen", "verließ", "erreichen", "erreichte", "anfliegen",
                         "betreten", "durchqueren"})
# Particles inside names ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"von", "van", "de", "di", "da", "del", "della", "der", "den",
                            "du", "des", "le", "la", "bin", "ibn", "ben", "al", "el", "zu",
                            "ter", "dos", "do", "y", "Van", "Von", "De", "Di", "Da",
                            "Le", "La", "Al", "El", "Bin", "Abu", "abu", "Ibn", "Del",
                            "Mac", "St."})
# Particles that cannot open a particle run: "von der Leyen", but not "Zielband der X".
ARTICLE_PARTICLES = frozenset({"der", "den", "des"})
# Hyphen-attached particles: "al-Assad", "el-Sisi".
ATTACHED_PARTICLES = ("al-", "el-", "as-", "ad-", "ar-", "asch-", "an-", "at-")
APOSTROPHES = ("'", "’")
# Endings of German abstract/common nouns: such a token is no unknown name.
NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen",
                "sion", "tät", "täten", "ismus", "nis", "nisse", "tum", "ment", "mente",
                "ität", "ie", "ien", "ik", "ei", "eien", "chen", "lein", "gespräch",
                "gespräche", "krieg", "kriegs", "telefonat", "treffen", "ische", "ischen",
                "isch", "lich", "liche", "lichen", "ig", "ige", "igen")
# A compound whose last part is one of these is not a role although it ends like one.
NOT_ROLES = frozenset({"Lautsprecher", "Chefsache"})
ADJ_ENDINGS = ("e", "er", "en", "es", "em")
# Words that end like inflected adjectives but are not ("zwischen", "gegen").
NOT_ADJECTIVES = frozenset({"zwischen", "gegen", "wegen", "neben", "binnen", "oben", "unten",
                            "haben", "hatte", "hatten", "werden", "wurde", "wurden", "sagte",
                            "sagten", "erklärte", "erklärten", "sollen", "wollen", "können",
                            "müssen", "dürfen", "seien", "waren", "eben"})
NOUN_SUFFIXES = ("", "s", "es", "e", "en", "n")
DEUMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
FEDERAL_WORDS = frozenset({"Bund", "Bundes", "Länder", "Ländern"})
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
GOVERNED_PLACE_NOUNS = frozenset({"Kanton", "Stadt", "Gemeinde", "Landkreis", "Bezirk", "Freistaat", "Bundesland"})
OPEN_QUOTES = frozenset({"«", "„", '"', "»", "‚"})
CLOSE_QUOTES = frozenset({"»", "“", '"', "«", "‘"})
ARTICLE_WORDS = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"})
ADJ_NOMINATIVE = {"m": "er", "f": "e", "n": "es", "pl": "e"}
# Words inside a name that give no letter to its abbreviation ("Bund für Umwelt und Naturschutz
# Deutschland (BUND)")
ABBREVIATION_GLUE = frozenset({"und", "für", "der", "des", "die", "von", "zur", "zum", "im", "in", "&"})
