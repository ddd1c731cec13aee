"""Particles inside names and the glue words of abbreviations."""
from __future__ import annotations

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
# Particles that are also prepositions of set phrases with a German noun: "war bei X zu Gast",
# "zu Besuch", "zu Beginn"; before a German word they open no name (but "zu Guttenberg").
IDIOM_PARTICLES = frozenset({"zu"})
# Hyphen-attached particles: "al-Assad", "el-Sisi".
ATTACHED_PARTICLES = ("al-", "el-", "as-", "ad-", "ar-", "asch-", "an-", "at-")
# Words inside a name that give no letter to its abbreviation ("Bund für Umwelt und Naturschutz
# Deutschland (BUND)")
ABBREVIATION_GLUE = frozenset({"und", "für", "der", "des", "die", "von", "zur", "zum", "im", "in", "&"})
# The preposition that joins an institution's purpose to its head noun, a part of its name
# ("Bundesamt für Gesundheit", "Institut für Höhere Studien").
NAME_PURPOSE_PREPS = frozenset({"für"})
