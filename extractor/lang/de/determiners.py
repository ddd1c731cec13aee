"""Articles, determiners and pronouns (lower case)."""
from __future__ import annotations

# --- articles ------------------------------------------------------------------------------------

DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
ARTICLES = DEFINITE_ARTICLES | INDEFINITE_ARTICLES
# A state in the genitive: "Präsident der Ukraine", "Regierung des Iran"; "am Rande des Gipfels".
GENITIVE_ARTICLES = frozenset({"der", "des"})
# After "für": "der UN-Sondergesandte für den Jemen".
ACCUSATIVE_ARTICLES = frozenset({"den", "die", "das"})
# "trifft auf den zurückgekehrten Meister", "traf auf eine junge Gegnerin": after "auf" these open
# the accusative object of "treffen auf" (to face), not a place ("auf dem Gipfel").
AUF_ACCUSATIVE_DETERMINERS = frozenset({"den", "die", "das", "einen", "eine", "ein", "seinen", "seine", "ihren", "ihre"})
# The indefinite articles of an accusative object: "traf einen alten Freund" (not "zu einem Gespräch").
ACCUSATIVE_INDEFINITES = frozenset({"ein", "eine", "einen"})
# "traf auf der Konferenz die Ministerin", "auf einem Empfang": after "auf" these make a place.
LOCATIVE_DATIVE_DETERMINERS = frozenset({"dem", "der", "einem", "einer", "seinem", "seiner", "ihrem", "ihrer"})
# "... will X die Aufnahme dem Parlament vorlegen": a dative object
DATIVE_ARTICLES = frozenset({"dem", "einem"})
# "bei dem Telefonat", "bei der Videokonferenz": the definite articles of the dative singular
DATIVE_DEFINITE_ARTICLES = frozenset({"dem", "der"})
# Before a state in a list after "von"/"aus": "von Russland und der USA", "aus den USA".
STATE_LIST_ARTICLES = frozenset({"der", "den", "dem", "die"})
# Between a locative preposition and a place: "in der Ukraine", "aus dem Iran".
LOCATIVE_ARTICLES = DEFINITE_ARTICLES - {"des"}
# The articles an organisation's name may take ("die Telekom", "mit dem Mercosur"); "den" in a
# dative slot marks a plural noun ("mit den Vermittlern"), no name.
NAME_ARTICLES = DEFINITE_ARTICLES - {"den"}
# A plural noun after these refers to several ("die Gewerkschaften", "den Verbänden").
PLURAL_ARTICLES = frozenset({"die", "den"})
# Plural determiners of a state's people standing for a business of it: "die Italiener",
# "diese Italiener"; the dative only with its own form ("den Italienern"; "den Russen" may be
# one man).  "der Italiener" is a man as often as a genitive plural.
PLURAL_NOMINATIVE = frozenset({"die", "diese"})
PLURAL_DATIVE = frozenset({"den", "diesen"})
# Articles that make "Bund" the federal level ("der Bund", "vom Bund", "beim Bund").
FEDERAL_ARTICLES = GENITIVE_ARTICLES | {"dem", "vom", "beim", "zum"}

# --- possessives and demonstratives --------------------------------------------------------------

# "sein Telefonat mit Macron"
POSSESSIVES = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"})
GENITIVE_POSSESSIVES = frozenset({"seines", "ihres"})
# "dessen Sprecher", "deren Chefin": the relative pronoun as a genitive determiner
GENITIVE_RELATIVES = frozenset({"dessen", "deren"})
FIRST_PERSON_PLURAL_POSSESSIVES = frozenset({"unser", "unsere", "unseren", "unserem"})
DEMONSTRATIVES = frozenset({"dieser", "diese", "diesen", "diesem", "dieses", "jener", "jene"})
# Standing alone, the nominative demonstrative is a pronoun for the one named last, not for the
# subject before it: "Die Grünen verhandeln mit der SPD, solange diese mit der FDP spricht" (the SPD)
DEMONSTRATIVE_PRONOUNS = frozenset({"dieser", "diese", "jener", "jene"})
# The definite determiners (articles, possessives, demonstratives) of a singular noun by
# (gender, genitive form): "der/dem/den Konzern", "des Konzerns", "die/der Partei", "das/dem
# Unternehmen", "seinem Verein", "dieses Unternehmens".  "den Unternehmen" and "die Konzerne" are
# plurals; "einen Konzern" is indefinite.
_GENITIVE_SINGULAR = frozenset({"des", "seines", "ihres", "dieses"})
SINGULAR_DEFINITE = {
    ("m", False): frozenset({"der", "dem", "den", "sein", "seinem", "seinen", "ihr", "ihrem", "ihren",
                             "dieser", "diesem", "diesen"}),
    ("m", True): _GENITIVE_SINGULAR,
    ("f", False): frozenset({"die", "der", "seine", "seiner", "ihre", "ihrer", "diese", "dieser"}),
    ("n", False): frozenset({"das", "dem", "sein", "seinem", "ihr", "ihrem", "dieses", "diesem"}),
    ("n", True): _GENITIVE_SINGULAR,
}
# The sex of the one person a definite article and a weak adjective ending give a nominalised
# adjective: "der 78-Jährige" (a man), "die 54-Jährige" (a woman), "den/dem/des 61-Jährigen" (a
# man), "der 54-Jährigen" (a woman, genitive or dative); True: a woman.  "die 60-Jährigen" is a
# plural and "das 5-Jährige" a neuter: neither names one person.
WEAK_NOMINAL_SEX = {("der", "e"): False, ("die", "e"): True, ("den", "en"): False, ("dem", "en"): False,
                    ("des", "en"): False, ("vom", "en"): False, ("beim", "en"): False, ("zum", "en"): False,
                    ("der", "en"): True, ("zur", "en"): True}
# Definite articles (and their contractions with a preposition) of one person named by a noun:
# "der/den/dem/des Gastgeber(s)", "beim Gastgeber"; "die/der Gastgeberin", "zur Gastgeberin".
DEFINITE_MASCULINE_SINGULAR = frozenset({"der", "den", "dem", "des", "vom", "beim", "zum"})
DEFINITE_FEMININE_SINGULAR = frozenset({"die", "der", "zur"})
# "beide Seiten", "der beiden Minister"
BOTH = frozenset({"beide", "beiden", "beider"})

# --- determiners by use --------------------------------------------------------------------------

_ARTICLES_AND_POSSESSIVES = ARTICLES | POSSESSIVES | GENITIVE_POSSESSIVES | GENITIVE_RELATIVES
# Determiners that open a role phrase (actor stage): articles, possessives, demonstratives,
# "dessen"/"deren".
ROLE_DETERMINERS = _ARTICLES_AND_POSSESSIVES | FIRST_PERSON_PLURAL_POSSESSIVES | DEMONSTRATIVES
# The determiners of a noun phrase the event rules step over: articles, possessives,
# "dessen"/"deren", "beide".
DETERMINERS = _ARTICLES_AND_POSSESSIVES | BOTH
# Determiners that mark a feminine singular role noun ("die Vorsitzende", "seine Kollegin").
FEMALE_DETERMINERS = frozenset({"die", "eine", "ihre", "seine", "diese", "jene", "unsere"})
# "die Gespräche", "dieses Treffen": a definite noun phrase refers back to an act told before
DEFINITE_DETERMINERS = LOCATIVE_ARTICLES | {"diese", "dieses", "diesem"}
# "in einem Schreiben", "per ihrem Brief": the determiner of a means phrase
MEANS_DETERMINERS = frozenset({"einem", "einer", "seinem", "ihrem", "seiner", "ihrer"})
# "die drei", "aller vier": only after these does a numeral stand for people
NUMERAL_GROUP_DETERMINERS = frozenset({"die", "der", "den", "alle", "allen", "diese", "dieser", "diesen"})

# --- pronouns ------------------------------------------------------------------------------------

RELATIVE = frozenset("der die das dem den deren dessen denen welche welcher welches welchem welchen".split())
# a relative pronoun that stands for its antecedent itself ("Faymann, der mit Merkel telefoniert
# hatte"), not for something of it ("Faymann, dessen Sprecher ...")
RELATIVE_SUBJECTS = RELATIVE - GENITIVE_RELATIVES
PRONOUNS_MASC = frozenset({"er", "ihm", "ihn"})
PRONOUNS_FEM = frozenset({"sie"})
# "empfängt er den Chefdiplomaten": a subject pronoun
SUBJECT_PRONOUNS = frozenset({"er", "sie"})
RECIPROCAL = frozenset({"miteinander", "untereinander", "einander"})

# Subjects that name no side: "habe es ein Gespräch gegeben", "man spreche mit", "wir verhandeln".
IMPERSONAL_SUBJECTS = frozenset({"es", "man", "wir", "ich"})
# "Ich habe X getroffen, sagte Y", "Wir haben X empfangen, sagte Y": a quote's first person is its speaker
FIRST_PERSON_SUBJECTS = frozenset({"ich", "wir"})
# Subjects of a group the speaker belongs to: a minister's "wir"/"man" is his state.
GROUP_SUBJECTS = frozenset({"man", "wir"})
# "niemand habe Russland informiert": a contact nobody had.
NOBODY = frozenset({"niemand", "niemanden", "niemandem"})
# Pronouns that stand for a thing or a fact, never for a person: "Das trifft vor allem die Bauern".
THING_PRONOUNS = frozenset({"das", "dies", "dieses", "was"})
# "mit den Bürgermeistern", "ihren Amtskollegen": determiners of a dative plural
DATIVE_PLURAL_ARTICLES = frozenset({"den", "diesen", "allen", "beiden", "ihren", "seinen", "unseren", "deren"})

# Subject pronouns that open a clause of their own after "sondern" ("..., sondern er schwieg"),
# unlike a phrase that goes on with the clause ("..., sondern mit ihr").
CLAUSE_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS | IMPERSONAL_SUBJECTS | frozenset({"du", "ihr", "wir", "ich"})
