"""Word tests on the token table that several steps share: verb form, adjective, noun, "zu"."""
from __future__ import annotations

from typing import Optional

from ..tokens import TokenTable
from ...resources import german_lemma_table, word_cache
from ...lang.de.conjunctions import ADDITIVE_AFTER_NEGATION, CONTRASTED_NEGATIONS, CONTRASTIVE
from ...lang.de.determiners import DETERMINERS
from ...lang.de.endings import ADJECTIVE_ENDINGS
from ...lang.de.verbs import FINITE_AUXILIARIES, INFINITIVE_ENDINGS, PLURAL_AUXILIARIES, SINGULAR_AUXILIARIES


def has_zu_infinitive(toks: TokenTable, start: int, end: int) -> bool:
    return any(toks.lower[j] == "zu" or "zu" in toks.lower[j][2:6] for j in range(start, min(end, start + 12)))


@word_cache(maxsize=65536)
def is_verb_form(word: str) -> bool:
    """A finite or infinitive verb form by the lookup lemmas: its lemma is an infinitive (asked
    of many words of every clause, so each word is looked up once)."""
    lemma = german_lemma_table().get(word)
    return lemma is not None and lemma != word and lemma.endswith(INFINITIVE_ENDINGS) and not lemma.endswith("chen") \
        or word in FINITE_AUXILIARIES or word in SINGULAR_AUXILIARIES or word in PLURAL_AUXILIARIES


def noun_before(toks: TokenTable, j: int, clause_start: int) -> bool:
    """Is there a capitalised noun right before token j+1 (skipping adjectives)?"""
    return toks.text[j][:1].isupper() and toks.is_alpha[j] and toks.lower[j] not in DETERMINERS


def adjective_like(word: str) -> bool:
    """A lower-case inflected adjective ("amerikanischen"), not a verb ("hat", "wollte")."""
    return word.islower() and word.endswith(ADJECTIVE_ENDINGS) and not is_verb_form(word)


def inflected_lowercase(toks: TokenTable, k: int) -> bool:
    """A lower-case word with an adjective ending ("letzten", "russischen"), verbs not excluded."""
    return toks.is_alpha[k] and toks.text[k][:1].islower() and toks.lower[k].endswith(ADJECTIVE_ENDINGS)


# for stripping the ending a word has: "geplanten" -> "geplant", not "geplante"
ADJECTIVE_ENDINGS_LONGEST_FIRST = tuple(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True))


def attributive_stem(word: str) -> Optional[str]:
    """The word without its adjective ending ("geplanten" -> "geplant"), or None without one."""
    ending = next((x for x in ADJECTIVE_ENDINGS_LONGEST_FIRST if word.endswith(x)), None)
    return word[:-len(ending)] if ending else None



def before_noun_phrase(toks: TokenTable, i: int, start: int) -> int:
    """The position before the determiners and inflected words that open the noun at ``i``
    ("bei dem gestrigen Treffen": "bei"), or ``start - 1``."""
    j = i - 1
    while j >= start and (toks.lower[j] in DETERMINERS or inflected_lowercase(toks, j)):
        j -= 1
    return j


def noun_preposition(toks: TokenTable, i: int, start: int) -> str:
    """The preposition that governs the noun at ``i`` ("bei dem Treffen", "in einem Brief"), or ""."""
    j = before_noun_phrase(toks, i, start)
    return toks.lower[j] if j >= start else ""


def denied_alternative(toks: TokenTable, clause_start: int, clause_end: int) -> Optional[tuple[int, int]]:
    """(negation, "sondern") of "nicht mit X, sondern mit Y": the negation denies only the phrase
    up to "sondern", and what follows holds instead; None without such a pair."""
    neg = next((k for k in range(clause_start, clause_end) if toks.lower[k] in CONTRASTED_NEGATIONS), None)
    if neg is None or neg + 1 < clause_end and toks.lower[neg + 1] in ADDITIVE_AFTER_NEGATION:
        return None  # "nicht nur mit X, sondern auch mit Y": both hold
    turn = next((k for k in range(neg + 1, clause_end) if toks.lower[k] == CONTRASTIVE), None)
    return (neg, turn) if turn is not None else None
