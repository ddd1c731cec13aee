"""Prepositions (and contractions such as "im", "beim"), named by what they mark (lower case)."""
from __future__ import annotations

PREPOSITIONS = frozenset(
    "mit zwischen an ans bei beim von vom gegenüber über laut für gegen ohne in im aus nach zum zur ins bis durch "
    "unter neben vor hinter seit während wegen trotz".split())

# --- places ---------------------------------------------------------------------------------------

# Actor stage: a place after these is a location, not an actor ("in Paris", "nahe Kiew").
LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei", "beim", "nahe", "vor",
                                   "bis", "ab", "durch", "zu", "zum", "zur", "um"})
# Event stage: a place or an origin, no participant ("in Paris", "aus Frankreich").
PLACE_PREPS = frozenset({"in", "im", "aus", "nach", "vom", "zum", "ins", "bis", "durch", "auf", "am", "nahe"})
# "Besuch in Ottawa", "reist nach Chile", "besuchte Peking", "zu Besuch in Kuba"; islands take
# "auf" ("reiste auf die Insel", "Besuch auf Malta").
DESTINATION_PREPS = frozenset({"in", "nach", "im", "auf"})
# Those of them that take a town's or island's name without an article ("in Holguin",
# "nach Santiago", "auf Lampedusa"; not "im", which holds one).
BARE_DESTINATION_PREPS = DESTINATION_PREPS - {"im"}
# A state after a role: "der Präsident von Frankreich", "die Amtskollegen aus Frankreich".
ORIGIN_PREPOSITIONS = frozenset({"von", "aus"})
# "Amtskollegen aus Frankreich (Sébastien Lecornu)": "aus Frankreich" modifies the noun
# before it, so the mention's governing preposition is the one before that noun.
NOUN_MODIFIER_PREPS = frozenset({"aus"})
DIRECTION_WORDS = frozenset({"westlich", "östlich", "nördlich", "südlich", "nahe", "unweit", "vor", "bei"})

# --- case ------------------------------------------------------------------------------------------

# Prepositions governing the genitive or dative: "der" with a masculine role noun after them
# is a plural ("trotz der Finanzminister"); a singular would take "des" or "dem".
CASE_GOVERNING_PREPOSITIONS = frozenset({"von", "mit", "bei", "zwischen", "unter", "trotz", "wegen", "laut",
                                         "seitens", "gegenüber", "nach", "aus", "zu", "vor"})

# --- participants ------------------------------------------------------------------------------------

PARTNER_PREPS = frozenset({"mit", "zwischen", "an", "bei", "von", "gegenüber"})
# "telefonierte mit X", "ein Brief an X", "bei X" ("beim Präsidenten X"), "gegenüber X": the other side
PARTNER_MARKERS = frozenset({"mit", "an", "bei", "beim", "gegenüber"})
# "ein Treffen zwischen X und Y", "ein Telefonat mit X", "eine Einladung von X": participants follow
PARTICIPANT_PREPS = frozenset({"zwischen", "mit", "von"})
# "laut X", "über X", "gegen X", "für X", "ohne X", "wegen X": a source, topic, opponent or cause,
# no participant
NON_PARTICIPANT_PREPS = frozenset({"laut", "über", "gegen", "für", "ohne", "wegen"})
# "laut Faymann gab es ein Gespräch mit X": the source of a report, who speaks
SOURCE_PREPS = frozenset({"laut"})
# "in einem Schreiben", "per Brief", "mit einem Brief", "via E-Mail"
MEANS_PREPS = frozenset({"in", "per", "mit", "via"})
# the house a summons calls to: "ins Außenministerium", "in das Kanzleramt"; or "zu sich"
SUMMONS_HOUSE_OPENERS = (("ins",), ("in", "das"))
SUMMONS_TO_SELF = "zu sich"
# "auf Wunsch", "nach Anregung"
INITIATIVE_PREPS = frozenset({"auf", "nach"})
# "im Gespräch mit der Zeitung", "in einem Gespräch mit": the word before a talk noun of the
# press formula
PRESS_FORMULA_OPENERS = frozenset({"im", "einem"})
# "als Nachfolger im Gespräch", "für den Posten im Gespräch": considered for a post
CONSIDERED_FOR = frozenset({"als", "für"})
# a medium that shows or prints a talk: "Gespräche mit X auf ORF III", "im Radiosender Y", "in der Zeitung"
SHOWN_PREPS = frozenset({"in", "im", "auf"})
# Prepositions that set what a clause tells inside a work or a programme: "Im Film trifft sich X
# mit Y", "sprach in der Pressestunde mit X", "beim Talk mit X".
FRAME_PREPS = SHOWN_PREPS | frozenset({"bei", "beim"})

# --- time ------------------------------------------------------------------------------------------

# "seit Beginn ... im Februar 2022", "bis Ende März": a period, not the date of an act
PERIOD_WORDS = frozenset({"seit", "seitdem", "bis"})
# "vor der Wahl am Sonntag", "im Vorfeld des Gipfels am Montag": words that place an act before
# or after another event; a day joined to that event's noun ("am", "vom") is the event's day
ORDER_WORDS = frozenset({"vor", "nach", "vorfeld", "vorabend"})
DAY_JOINERS = frozenset({"am", "vom"})
# Before a contact noun they place the contact in the past or present of its clause, whatever
# the clause's modality: "Nach einem Treffen mit X will Y ..." (the meeting took place), "Beim
# Gespräch soll es um ... gegangen sein".
PAST_CONTACT_PREPOSITIONS = frozenset({"nach", "nachdem", "beim", "bei", "während", "seit"})

# "vor/nach/bei dem Treffen mit X", "seit dem Telefonat mit X": an act framing another act of the
# clause in time; its own "mit" partner is its side, not the other act's
FRAMING_ACT_PREPS = PAST_CONTACT_PREPOSITIONS | frozenset({"vor", "vorher"})

# "bei ihrem Treffen", "während des Besuchs": something placed during an act; the act's status
# is then the clause's (a plan makes it planned), unlike "nach" (done).
SETTING_PREPS = frozenset({"bei", "beim", "während"})
# "bei dem Telefonat", "beim Treffen": contracted with the article
CONTRACTED_SCENE_PREPS = frozenset({"beim", "im"})
# "ein Treffen für Dienstag vereinbaren", "auf Mai verschoben": the date a plan aims at
PLAN_TARGET_PREPS = frozenset({"für", "auf", "bis"})
# Words that open a list of names: "zwischen Hoeneß, Rummenigge und ...", "mit Merkel, Macron und ...".
LIST_OPENERS = frozenset({"zwischen", "mit", "von", "an", "bei", "und"})
# Prepositions of place: a person does not stand after them ("in Jackson Hole").
PERSONLESS_PREPS = frozenset({"in", "im", "nach", "nahe", "vom", "zum", "ins"})
# What makes "sprechen"/"reden" a talk: "sprach mit X", "miteinander", "zwischen X und Y".
TALK_PARTNER_WORDS = frozenset({"mit", "miteinander", "zwischen"})
# "zu" and its contractions: "Kontakte zur Führung", "zum Vorstand".
ZU_FORMS = frozenset({"zu", "zur", "zum"})
# What an accession noun joins a body with: "Beitritt zur EU", Austrian "Beitritt in die EU".
JOINING_PREPS = ZU_FORMS | frozenset({"in"})
# "wurde von Macron empfangen", "war vom Innenministerium informiert worden": the passive's agent
AGENT_PREPS = frozenset({"von", "vom"})
# A preposition and its forms contracted with the article: "beim Minister", "ans Ministerium".
CONTRACTIONS = {"bei": ("beim",), "an": ("ans",), "von": ("vom",), "zu": ("zum", "zur")}
# "bei" and its contraction: the one lobbied ("warb bei den Ländern für den Plan"; "wirbt mit
# Rabatten" advertises), the host at whose place one confers ("berieten beim Präsidenten")
BEI_FORMS = frozenset({"bei", "beim"})
# "befindet sich in Verhandlungen", "ist im Gespräch mit": the preposition of the progressive of news
PROGRESSIVE_PREPS = frozenset({"in", "im"})
# "bei dem Telefonat", "beim Treffen", "im Gespräch": a phrase that sets the scene of another act
SCENE_PREPS = SETTING_PREPS | PROGRESSIVE_PREPS

# What one is told about: "unterrichtete X über den Plan", "davon/darüber in Kenntnis"; "unterrichten"
# without it is teaching ("unterrichtet Philosophie", "unterrichtet die Klasse").
TOPIC_WORDS = frozenset({"über", "darüber", "davon", "worüber", "wovon"})
# "das Außenministerium unter Sebastian Kurz", "die Behörde unter ihrer Chefin X": the preposition
# that names who leads a body
LEADER_PREP = "unter"
