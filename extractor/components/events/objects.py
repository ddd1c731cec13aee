"""Step 3c: an encounter or visit verb whose object is nobody and no place in particular.

"treffen" with a bare plural or an indefinite noun as its object ("wollen noch Gleichgesinnte
treffen", "trafen am Wochenende alte Freunde", "hat dort viele Kollegen getroffen") names no
partner: the clause tells that its subject met people, not whom.  The names elsewhere in the
clause are the ones who met them (or someone else entirely), never the two sides of one act.
Only "sich", "einander", "mit" or "zwischen" would make those names meet each other.

"besuchen" with a common noun as its object ("besuchten die Insel", "hat das Dorf besucht")
visits a place the clause does not name: no side may come from a later name of the sentence
("..., im selben Jahr fand mit X ein Fest statt"); only the visitors remain.
"""
from __future__ import annotations

from typing import Optional

from ..actors import role_of
from ..tokens import TokenTable
from ...lang.de.conjunctions import COORDINATORS
from ...lang.de.determiners import (ACCUSATIVE_INDEFINITES, AUF_ACCUSATIVE_DETERMINERS, DETERMINERS,
                                   GENITIVE_ARTICLES, RECIPROCAL)
from ...lang.de.nouns import BODY_PLURALS, GROUP_NOUNS, REPRESENTATIVE_NOUNS
from ...lang.de.numerals import GENERIC_QUANTIFIERS
from ...lang.de.prepositions import PLACE_PREPS, PREPOSITIONS, TALK_PARTNER_WORDS, ZU_FORMS
from ...lang.de.verbs import ENCOUNTER_VERBS
from .clauses import Clause
from .triggers import TriggerAt
from .view import DocView
from .words import adjective_like, is_verb_form


def generic_object(view: DocView, at: TriggerAt) -> bool:
    """Does the encounter verb at ``at`` have a generic noun phrase as its object?"""
    toks, clause, i = view.toks, at.clause, at.token
    if at.trigger.pos != "verb" or at.trigger.lemma not in ENCOUNTER_VERBS:
        return False
    final = _verb_final(toks, i, clause.end)
    # a verb at the end has its "sich" or "mit" before it; what follows it is another predicate's
    words = {toks.lower[k] for k in range(clause.start, i if final else clause.end)}
    if "sich" in words or words & RECIPROCAL or words & TALK_PARTNER_WORDS:
        return False
    if final:
        j = i - 1
        # "neue Leute kennenlernen und treffen": the object before a coordinated infinitive
        if j - 1 > clause.start and toks.lower[j] in COORDINATORS and toks.text[j - 1].islower() \
                and toks.lower[j - 1].endswith("en"):
            j -= 2
        return j >= clause.start and _generic_phrase(view, j, clause.start)
    # "trafen X und Y am Wochenende alte Freunde": after the verb and after every name
    start = max([i + 1] + [e for s, e, _ in view.mentions_in(clause.start, clause.end, clause)])
    for k in range(start, clause.end):
        if toks.is_alpha[k] and toks.text[k][:1].isupper() and not view.in_time_at[k]:
            return _generic_phrase(view, k, start)
    return False


def _verb_final(toks: TokenTable, i: int, end: int) -> bool:
    """"... treffen", "... getroffen haben", "treffen wollen X und Y": the verb closes its phrase."""
    return i + 1 >= end or toks.is_punct[i + 1] or (toks.text[i + 1].islower() and is_verb_form(toks.lower[i + 1]))


def _generic_phrase(view: DocView, k: int, lo: int) -> bool:
    """Is the noun at ``k`` the head of an unnamed, undetermined phrase: a bare noun, or one after
    adjectives, a quantifier or an indefinite article ("Gleichgesinnte", "viele neue Kollegen",
    "einen alten Freund"), not in a prepositional phrase ("zu einem Gespräch treffen"), a bracket
    nor a list with a name?"""
    toks = view.toks
    word, low = toks.text[k], toks.lower[k]
    if not (toks.is_alpha[k] and word[:1].isupper() and word[1:].islower()) or view.in_mention_at[k] \
            or view.in_time_at[k]:
        return False  # a common noun: "Fans", not "SPD" nor a name
    if low in REPRESENTATIVE_NOUNS or low in GROUP_NOUNS or low in BODY_PLURALS:
        return False  # "Minister", "Vertreter der SPÖ", "Länder": they may stand for someone named
    j = k - 1
    while j >= lo and (_adjective(toks, j) or toks.lower[j] in GENERIC_QUANTIFIERS):
        j -= 1
    if j >= lo and toks.lower[j] in ACCUSATIVE_INDEFINITES:
        j -= 1
    if j < lo:
        return True
    before = toks.lower[j]
    return toks.is_alpha[j] and not (before in DETERMINERS or before in PREPOSITIONS or before in PLACE_PREPS
                                     or before in ZU_FORMS or before in COORDINATORS)


def unnamed_place_end(view: DocView, at: TriggerAt) -> Optional[int]:
    """Where the visit's object phrase ends when the visit verb at ``at`` has a common noun as its
    object ("besuchte das Dorf, ..."), with no name in apposition ("die Stadt Linz") nor an owner
    after it ("das Haus von X"); None otherwise.  The sides of that visit stand before this end."""
    toks, clause, i = view.toks, at.clause, at.token
    if at.trigger.pos != "verb" or at.trigger.frame != "visit" or at.trigger.particle:
        return None
    if any(toks.lower[k] == "sich" for k in range(clause.start, clause.end)):
        return None  # "besuchten sich gegenseitig": a mutual visit
    if _verb_final(toks, i, clause.end):
        objects = [i - 1]  # "als sie die Insel besuchte"
    else:  # the capitalised words after the verb up to the first punctuation: names, nouns
        objects = [k for k in range(i + 1, _phrase_end(toks, i + 1, clause.end)) if toks.text[k][:1].isupper()]
    k = next((k for k in objects if k > clause.start and _accusative_phrase(view, k, clause.start)), None)
    if k is None:
        return None
    after = k + 1
    if after < clause.end and (toks.lower[after] in GENITIVE_ARTICLES or toks.lower[after] == "von"
                               or toks.text[after][:1].isupper()):
        return None  # "das Dorf des Bürgermeisters X", "die Insel Jamaika": a name goes with it
    end = _phrase_end(toks, after, clause.end)
    if any(view.in_mention_at[m] for m in range(after, end)):
        return None  # "besuchte die Stadt und Olaf Scholz"
    return max(end, i + 1)


def without_unnamed_place(view: DocView, at: TriggerAt) -> TriggerAt:
    """The trigger with its clause cut after a common-noun place visited ("besuchten die Insel,
    im selben Jahr fand mit X ein Fest statt": X is no side of the visit)."""
    end = unnamed_place_end(view, at)
    if end is None or end >= at.clause.end:
        return at
    c = at.clause
    return at._replace(clause=Clause(c.start, end, c.sent_start, c.sent_end, c.holes))


def _adjective(toks: TokenTable, j: int) -> bool:
    """"alte", "kleinen": an adjective of the phrase, not its article ("die", "einen")."""
    return adjective_like(toks.text[j]) and toks.lower[j] not in DETERMINERS


def _phrase_end(toks: TokenTable, start: int, end: int) -> int:
    return next((m for m in range(start, end) if toks.is_punct[m]), end)


def _accusative_phrase(view: DocView, k: int, lo: int) -> bool:
    """"die Insel", "das kleine Dorf": a common noun after an accusative article and adjectives, not
    in a prepositional phrase ("unter großem Jubel", "für die Bauern") nor a list ("Paris und die Insel")."""
    toks = view.toks
    if not _common_noun(view, k):
        return False
    j = k - 1
    while j > lo and _adjective(toks, j):
        j -= 1
    return toks.lower[j] in AUF_ACCUSATIVE_DETERMINERS and not (
        j > lo and (toks.lower[j - 1] in PREPOSITIONS or toks.lower[j - 1] in COORDINATORS))


def _common_noun(view: DocView, k: int) -> bool:
    """"Insel", "Dorf": a capitalised word in lower case after its first letter, naming no actor."""
    word = view.toks.text[k]
    return view.toks.is_alpha[k] and word[1:].islower() and not view.in_mention_at[k] and not view.in_time_at[k] \
        and word.lower() not in REPRESENTATIVE_NOUNS and word.lower() not in GROUP_NOUNS and role_of(word) is None
