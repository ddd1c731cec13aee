"""Verb forms that the time and the event stage both read: a past participle by its form, which
tells "werden" + participle (the present passive) from "werden" + infinitive (the future)."""
from __future__ import annotations

from ..lang.de.verbs import GE_STEMS, INSEPARABLE_PREFIXES, PARTICIPLE_PREFIXES, SEPARABLE_PARTICLES

# "gegeben" (7 letters) is a participle, "gehen", "geben", "gelten" are infinitives
SHORTEST_GE_EN = 7


def is_participle(word: str) -> bool:
    """A past participle by its (lower-case) form alone: ge-...-t/-en after an optional separable
    particle ("gemacht", "angerufen", "zusammengekommen"), -iert ("informiert"), or a weak one of a
    verb with an inseparable prefix ("verschickt", "übermittelt").  A form in -en without ge- may
    be the infinitive as well ("Er wird Gäste empfangen"), and so may one whose ge- begins the stem
    ("Sie wird dem Vorstand angehören"): those are no participle here."""
    if not word.isalpha() or not word.islower():
        return False
    if word.endswith("iert"):
        return True
    stem = next((word[len(p):] for p in SEPARABLE_PARTICLES if word.startswith(p + "ge") and len(word) > len(p) + 4), word)
    if stem.startswith("ge") and not stem.startswith(GE_STEMS):
        return stem.endswith("t") and len(stem) > 4 or stem.endswith("en") and len(stem) >= SHORTEST_GE_EN
    return word.endswith("t") and len(word) > 5 and word.startswith(INSEPARABLE_PREFIXES + PARTICIPLE_PREFIXES)
