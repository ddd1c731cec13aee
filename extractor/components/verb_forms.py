"""Verb forms that the time and the event stage both read: a past participle by its form, which
tells "werden" + participle (the present passive) from "werden" + infinitive (the future), and
the looser tests the event stage uses where a participle is all a slot can hold."""
from __future__ import annotations

from ..lang.de.endings import ADJECTIVE_ENDINGS
from ..lang.de.determiners import ARTICLES, DEMONSTRATIVES, POSSESSIVES
from ..lang.de.prepositions import PREPOSITIONS

from ..lang.de.verbs import (GE_STEMS, INFINITIVE_ENDINGS, INSEPARABLE_PREFIXES, NO_GE_PREFIXES, PARTICIPLE_ENDINGS,
                             PARTICIPLE_PREFIXES, PERFECT_AUX, PLURAL_VERB_ENDINGS, SEPARABLE_PARTICLES, SINGULAR_AUXILIARIES)
from ..resources import word_cache

# closed-class words whose forms the lookup lemmas share with a verb ("ein": einen)
NOT_VERBS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | PREPOSITIONS
# "gegeben" (7 letters) is a participle, "gehen", "geben", "gelten" are infinitives
SHORTEST_GE_EN = 7
# letters at least of a participle with a prefix and no ge- ("entmachtet", "übergangen"); shorter
# words of that shape are adverbs ("erneut", "bereit")
PREFIXED_PARTICIPLE_LENGTH = 8


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


def looks_participle(word: str) -> bool:
    """A past participle by its form: ge-...-t/-en, with a separable particle before the ge
    ("stattgefunden", "zusammengekommen"), or -iert ("telefoniert").  Looser than
    ``is_participle``: for the right bracket of a clause, where an infinitive cannot stand."""
    if not word.isalpha() or not word.endswith(PARTICIPLE_ENDINGS):
        return False
    return word.endswith("iert") or "ge" in word[:-3] and word.index("ge") <= len("zusammen")


def looks_participle_or_prefixed(word: str) -> bool:
    """``looks_participle``, or one without ge- after an inseparable prefix ("entmachtet",
    "übergangen", "verärgert")."""
    return looks_participle(word) or word.startswith(NO_GE_PREFIXES) and word.endswith(PARTICIPLE_ENDINGS) \
        and len(word) >= PREFIXED_PARTICIPLE_LENGTH


def has_perfect_infinitive(words: list[str]) -> bool:
    """A participle followed by "haben", "sein" or "worden": the perfect infinitive after a modal
    ("Sie soll ihn im März getroffen haben", "Er will sie angerufen haben") or a verb-final perfect
    ("..., dass sie telefoniert haben").  Either tells an act in the past, whatever the modal."""
    return any(b in PERFECT_AUX and is_participle(a) for a, b in zip(words, words[1:]))


@word_cache(maxsize=65536)
def singular_finite(word: str) -> bool:
    """"war", "sagte", "plädiert", "erzählt": a finite verb of the third person singular by the
    lookup lemmas (its lemma an infinitive), not a plural or infinitive in -en/-ln/-rn and not an
    adjective form ("offene", "eigenes"); the weak past in -te stays ("sagte", "arbeitete")."""
    if word in SINGULAR_AUXILIARIES:
        return True
    if word in NOT_VERBS:
        return False  # "ein": the lookup lemmas read it as a form of "einen"
    if not word.isalpha() or not word.islower() or word.endswith(PLURAL_VERB_ENDINGS) \
            or word.endswith(ADJECTIVE_ENDINGS) and not word.endswith("te"):
        return False
    from ..resources import german_lemma_table
    lemma = german_lemma_table().get(word)
    return lemma is not None and lemma != word and lemma.endswith(INFINITIVE_ENDINGS)


@word_cache(maxsize=16384)
def weak_preterite(word: str) -> bool:
    """A weak verb's preterite by the lemma table: the form is no lemma of its own and its lemma
    is an infinitive ("stattete" -> statten, "forderten" -> fordern); an adjective's lemma is no
    infinitive ("gute" -> gut, "bekannte" -> bekannt), a present plural is its own lemma
    ("arbeiten")."""
    from ..resources import german_lemma_table
    lemma = german_lemma_table().get(word)
    return lemma is not None and lemma != word and lemma.endswith("n") and lemma[:1].islower() \
        and word[:len(word) - (3 if word.endswith("ten") else 2)].startswith(lemma[:2])
