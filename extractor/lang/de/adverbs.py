"""Adverbs, particles and fixed phrases the event rules read (lower case)."""
from __future__ import annotations

# "daran soll auch X teilnehmen"
ATTENDANCE_WORDS = frozenset({"daran", "ebenfalls", "auch"})
# "ein weiteres Treffen", "das nächste Gespräch": another act of the same kind
CONTINUATION_WORDS = frozenset({"weiteres", "weitere", "weiteren", "erneutes", "erneute", "nächste", "nächstes",
                                "nächsten", "zweites", "zweite", "folgende", "anschließende"})
# "in dieser Runde", "in gleicher Besetzung"
SAME_GROUP = frozenset({"dieser", "gleicher", "derselben", "selber", "selben", "gleichen", "dieselbe"})
SEQUENCE_WORDS = frozenset({"anschließend", "danach", "später", "dann", "daraufhin", "zuvor"})
FIRST_WORDS = frozenset({"zunächst", "zuerst"})
# "Dort sprach er mit ...", "Dabei traf sie ...": the scene of the sentence before goes on.
SCENE_WORDS = frozenset({"dort", "dabei", "anschließend", "danach", "hier"})
SAME_DAY_PHRASES = (("an", "diesem", "tag"), ("am", "selben", "tag"), ("am", "gleichen", "tag"),
                    ("am", "selben", "abend"), ("am", "gleichen", "abend"), ("noch", "am", "selben"))
NEXT_DAY_PHRASES = (("tags", "darauf"), ("am", "tag", "darauf"), ("einen", "tag", "später"), ("am", "folgetag"),
                    ("am", "folgenden", "tag"))
# "in den kommenden Wochen": a vague prospect, no date yet
VAGUE_FUTURE_WORDS = ("kommenden", "nächsten", "folgenden")
# A time expression that points ahead by its words, whatever the publication date: "Anfang der
# kommenden Woche", "am nächsten Montag" (word stems, lower case)
FUTURE_DEICTIC_STEMS = ("kommend", "nächst")

# An act still going on at publication: "verhandelt derzeit", "seit Monaten", "im Moment".  The
# words of now name the time of writing whatever the word class of the contact ("Derzeit laufen
# Gespräche mit X"); "gerade", "weiterhin" go with a past verb as well ("traf gerade X").
NOW_WORDS = frozenset({"derzeit", "zurzeit", "momentan", "aktuell", "gegenwärtig"})
ONGOING_WORDS = NOW_WORDS | frozenset({"gerade", "weiterhin"})
ONGOING_SPANS = frozenset({"monaten", "wochen", "tagen", "jahren", "langem", "längerem", "einiger", "geraumer"})
# "seit einem Jahr", "seit drei Wochen": a counted span's unit in months or weeks (the start of an
# act going on at publication lies that far back)
SPAN_UNITS = {"jahrzehnt": ("months", 120), "jahrzehnten": ("months", 120), "jahr": ("months", 12),
              "jahren": ("months", 12), "monat": ("months", 1), "monaten": ("months", 1),
              "woche": ("weeks", 1), "wochen": ("weeks", 1)}
# An act shortly before the report, no day named: "hatten zuvor miteinander gesprochen".
EARLIER_WORDS = frozenset({"zuvor", "vorher", "davor"})
# "gemeinsam mit X", "zusammen mit X": before "mit" they make X a companion of the subject
COMPANION_ADVERBS = frozenset({"gemeinsam", "zusammen"})

# --- adverbs by their form (for the actor stage: no name has these shapes) ------------------------

# Endings of adverbs formed from other words: "normalerweise", "erstmals", "neuerdings",
# "rückwärts", "andererseits", "gegebenenfalls"; at the start of a sentence they stand capitalised.
ADVERB_ENDINGS = ("weise", "mals", "dings", "wärts", "seits", "falls")
# Pronominal adverbs: "da"/"wo"/"hier" + a preposition ("damit", "wobei", "hierzu"), with an "r"
# before a vowel ("daran", "worauf"): "Daran änderte das nichts".  "Daum" (da + um without the r)
# is none.
PRONOMINAL_ADVERB_HEADS = ("da", "wo", "hier")
# prepositions that form pronominal adverbs besides prepositions.PREPOSITIONS ("dazu", "darauf")
ADVERB_PREPOSITIONS = frozenset({"zu", "auf", "um", "neben"})

# A repeated or customary act: "besuchte sie oft", "treffen sich regelmäßig", "telefonieren fast
# täglich", "die regelmäßigen Gespräche": a habit, no one act (the guidelines count acts).  Not
# "mehrmals", "wiederholt", "zweimal": those count acts the text may go on to date.
HABITUAL_WORDS = frozenset({"oft", "öfter", "öfters", "oftmals", "häufig", "häufiger", "regelmäßig", "täglich",
                            "wöchentlich", "allwöchentlich", "monatlich", "allmonatlich", "stets", "ständig", "meist",
                            "meistens", "gewöhnlich", "jedesmal", "allabendlich",
                            "regelmäßige", "regelmäßigen", "regelmäßiger", "regelmäßigem", "häufige", "häufigen",
                            "tägliche", "täglichen", "wöchentliche", "wöchentlichen", "monatliche", "monatlichen"})
HABITUAL_PHRASES = (("immer", "wieder"), ("jedes", "mal"), ("des", "öfteren"), ("jeden", "tag"), ("jede", "woche"),
                    ("jedes", "wochenende"), ("jeden", "sonntag"), ("jeden", "abend"))
# "wie so oft", "wie schon häufig": a comparison with the habit tells of one act
HABIT_COMPARISON = frozenset({"wie", "so"})
# "Bei seinen Besuchen quält er ...", "ihre Telefonate": a possessive before the plural of an act
# tells of one's acts in general, a habit; named places after it ("seine Besuche in Moskau und
# Peking") count the acts
POSSESSIVE_PLURALS = frozenset({"seine", "seinen", "ihre", "ihren", "deren", "dessen"})
PLURAL_ACT_NOUNS = frozenset({"besuche", "besuchen", "telefonate", "telefonaten", "anrufe"})
COUNTED_BY_PLACE = frozenset({"in", "im", "nach"})
