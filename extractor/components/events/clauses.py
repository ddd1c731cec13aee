"""Step 1, clauses: a sentence cut into the clauses whose mentions, times and cues belong together.

A contact verb's participants, date and status are read inside its clause: "Olaf Scholz
telefonierte mit Emmanuel Macron, nachdem Joe Biden die Nato-Partner informiert hatte" has
Biden in another clause.  Commas inside lists and appositions do not cut.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span

from ..tokens import TokenTable, token_table
from ..triggers import TriggerLexicon, trigger_lexicon
from ...lang.de.adverbs import FIRST_WORDS, SCENE_WORDS, SEQUENCE_WORDS
from ...lang.de.conjunctions import CONJUNCTIONS, CONTRASTIVE, COORD_CLAUSE, INFINITIVE_CONJUNCTIONS, LIST_GLUE, SUBORDINATORS
from ...lang.de.determiners import CLAUSE_SUBJECT_PRONOUNS, DETERMINERS, RELATIVE
from ...lang.de.prepositions import PREPOSITIONS
from ...lang.de.punctuation import CLAUSE_BREAKS, DASHES
from ...lang.de.verbs import (FINITE_AUXILIARIES, PARTICIPLE_ENDINGS, PLURAL_AUXILIARIES, REPORTED_FINITE, REPORT_AUX,
                              SEPARABLE_PARTICLES, SINGULAR_AUXILIARIES)
from .words import has_zu_infinitive, inflected_lowercase, is_verb_form


#: Adverbs that open a further main clause after a comma ("..., zunächst führte er ...").
CLAUSE_ADVERBS = FIRST_WORDS | SEQUENCE_WORDS | SCENE_WORDS


@dataclass
class Clause:
    """Tokens [start, end) of one clause of the sentence [sent_start, sent_end), minus its holes."""
    start: int  # token index
    end: int
    sent_start: int
    sent_end: int
    holes: tuple[tuple[int, int], ...] = ()  # embedded clauses ("Ruto hatte Daglo, der ..., empfangen")

    def tokens(self) -> list[int]:
        if not self.holes:
            return list(range(self.start, self.end))
        return [j for j in range(self.start, self.end) if not any(a <= j < b for a, b in self.holes)]

    def covers(self, j: int) -> bool:
        return self.start <= j < self.end and not (self.holes and any(a <= j < b for a, b in self.holes))


def _is_verb_final_end(toks: TokenTable, j: int) -> bool:
    """A lower-case word before a comma usually closes a verb-final clause ("..., dass X kam, ...")."""
    return toks.is_alpha[j] and toks.text[j][:1].islower() and toks.text[j] not in DETERMINERS


def split_clauses(sent: Span, lex: Optional[TriggerLexicon] = None) -> list[Clause]:
    """Clauses of a sentence (a Span); see ``clauses_of``."""
    return clauses_of(token_table(sent.doc), sent.start, sent.end, lex)


def clauses_of(toks: TokenTable, sent_start: int, sent_end: int,
               lex: Optional[TriggerLexicon] = None) -> list[Clause]:
    """Clauses of the sentence [sent_start, sent_end): subordinate clauses, clause breaks
    (; : –), adversative coordination, and reporting clauses (", sagte Scholz", ", Österreich
    werde ...").

    Commas inside lists and appositions do not split ("mit den Amtskollegen aus
    Frankreich (Sébastien Lecornu), Großbritannien (Ben Wallace) und ...";
    "Erdoğan, der schwedische Ministerpräsident Ulf Kristersson und ...").
    """
    lex = lex or trigger_lexicon()
    bounds = [sent_start]
    in_sub = False
    listed = _dashed_lists(toks, sent_start, sent_end)
    for i in range(sent_start, sent_end):
        text = toks.text[i]
        has_next = i + 1 < sent_end
        if text in CLAUSE_BREAKS and has_next and i not in listed:
            bounds.append(i + 1)
            in_sub = False
            continue
        if text == "," and has_next:
            if _starts_subclause(toks, i + 1, sent_end) or _starts_report(toks, i + 1, sent_end, lex):
                bounds.append(i + 1)
                in_sub = True
            elif _starts_main_clause(toks, i + 1, sent_end):
                bounds.append(i + 1)
                in_sub = False
            elif in_sub and i > sent_start and _is_verb_final_end(toks, i - 1) \
                    and not _continues_contrast(toks, i + 1, sent_end):
                bounds.append(i + 1)
                in_sub = False
        if i == sent_start and toks.lower[i] in SUBORDINATORS:
            in_sub = True
    bounds.append(sent_end)
    clauses = [Clause(a, b, sent_start, sent_end) for a, b in zip(bounds, bounds[1:]) if b > a]
    return _rejoin_interrupted(toks, clauses, lex)


def _dashed_lists(toks: TokenTable, sent_start: int, sent_end: int) -> set[int]:
    """The dashes around a list of names in apposition ("die Regierungschefs der drei Staaten –
    Estland, Lettland und Litauen – treffen sich"): a pair of dashes that encloses only
    capitalised words, commas and conjunctions inserts no clause."""
    dashes = [i for i in range(sent_start, sent_end) if toks.text[i] in DASHES]
    out: set[int] = set()
    for a, b in zip(dashes, dashes[1:]):
        inner = range(a + 1, b)
        if len(inner) >= 3 and any(toks.lower[k] in CONJUNCTIONS for k in inner) and all(
                toks.text[k] == "," or toks.lower[k] in CONJUNCTIONS or toks.text[k][:1].isupper()
                for k in inner):
            out.update((a, b))
    return out


def _rejoin_interrupted(toks: TokenTable, clauses: list[Clause], lex: TriggerLexicon) -> list[Clause]:
    """"Ruto hatte Daglo, der auch ... bekannt ist, vergangene Woche empfangen": the main clause
    goes on after the relative clause; its two parts are one clause with a hole.  A reporting
    clause after it is no such rest ("Man werde X schreiben, weil ..., sagte der Minister")."""
    out: list[Clause] = []
    k = 0
    while k < len(clauses):
        c = clauses[k]
        if k + 2 < len(clauses) and _is_embedded(toks, clauses[k + 1]) and not _is_embedded(toks, clauses[k + 2]) \
                and not _is_embedded(toks, c) and _lacks_finite_start(toks, clauses[k + 2]) \
                and not _starts_report(toks, clauses[k + 2].start, clauses[k + 2].end, lex):
            sub, rest = clauses[k + 1], clauses[k + 2]
            out.append(Clause(c.start, rest.end, c.sent_start, c.sent_end, ((sub.start, sub.end),)))
            out.append(sub)
            k += 3
            continue
        out.append(c)
        k += 1
    return out


def _is_embedded(toks: TokenTable, c: Clause) -> bool:
    first = toks.lower[c.start]
    second = toks.lower[c.start + 1] if c.start + 1 < c.end else ""
    return first in RELATIVE or first in SUBORDINATORS or (first in PREPOSITIONS and second in RELATIVE)


def _lacks_finite_start(toks: TokenTable, c: Clause) -> bool:
    """The rest of a main clause starts with an adverbial or object, not with a new finite verb + subject."""
    return toks.lower[c.start] not in SUBORDINATORS and toks.lower[c.start] not in COORD_CLAUSE


def _elliptical(toks: TokenTable, j: int, end: int) -> bool:
    """From token j to the next comma or the end no verb stands: a phrase, not a clause."""
    for k in range(j, end):
        if toks.text[k] == "," or toks.text[k] in CLAUSE_BREAKS:
            return True
        if toks.is_alpha[k] and toks.text[k][:1].islower() and is_verb_form(toks.lower[k]):
            return False
    return True


def _continues_contrast(toks: TokenTable, j: int, end: int) -> bool:
    """"..., wenn er nicht mit ihnen, sondern mit Y reden würde": the word before the comma ends
    the denied phrase, not the subordinate clause, when a "sondern" phrase goes on with its verbs."""
    return toks.lower[j] == CONTRASTIVE and _contrast_closing_verb_final(toks, j + 1, end)


def _contrast_closing_verb_final(toks: TokenTable, j: int, end: int) -> bool:
    """After "sondern": a phrase that the clause's own verbs close ("..., wenn er nicht mit X,
    sondern mit Y reden würde", "versuchte, nicht mit X, sondern mit Y zu sprechen").  A new main
    clause after "sondern" has its subject or finite verb first ("sondern er sprach mit Y"); here a
    preposition or adverb opens the stretch and only verbs (or "zu") follow its first verb."""
    stop = next((k for k in range(j, end) if toks.text[k] == "," or toks.text[k] in CLAUSE_BREAKS), end)
    words = [k for k in range(j, stop) if toks.is_alpha[k]]
    if len(words) < 3 or not (toks.lower[words[0]] in PREPOSITIONS or _adverb_like(toks, words[0])):
        return False
    first_verb = next((n for n, k in enumerate(words) if toks.text[k][:1].islower() and is_verb_form(toks.lower[k])), None)
    if first_verb is None or first_verb < 2:
        return False
    return all(toks.text[k][:1].islower() and (is_verb_form(toks.lower[k]) or toks.lower[k] == "zu")
               for k in words[first_verb:])


def _adverb_like(toks: TokenTable, k: int) -> bool:
    """A lower-case word that is no determiner, pronoun or verb: "noch", "lieber", "zuerst"."""
    low = toks.lower[k]
    return toks.text[k][:1].islower() and low not in DETERMINERS and low not in RELATIVE \
        and low not in CLAUSE_SUBJECT_PRONOUNS and not is_verb_form(low)


def _starts_subclause(toks: TokenTable, j: int, end: int) -> bool:
    """After a comma: "dass ...", "kurz nachdem ...", "der sich ..." (relative), "um ... zu"."""
    low = toks.lower[j]
    if low == CONTRASTIVE and (_elliptical(toks, j + 1, end) or _contrast_closing_verb_final(toks, j + 1, end)):
        return False  # "telefonierte nicht mit X, sondern mit Y": the same predicate, another phrase
    if low in SUBORDINATORS or low in COORD_CLAUSE:
        return True
    if j + 1 < end and toks.lower[j + 1] in SUBORDINATORS and toks.is_alpha[j] and toks.text[j][:1].islower():
        return True  # "kurz nachdem", "noch bevor"
    if low in PREPOSITIONS and j + 1 < end and toks.lower[j + 1] in RELATIVE and j + 2 < end \
            and not toks.text[j + 2][:1].isupper():
        return True  # "ein Brief an X, in dem er ..."
    if low in RELATIVE:
        # "Erdoğan, der schwedische Ministerpräsident": article + adjectives + noun is an apposition.
        # A preposition or article is no adjective ("das unter dem Namen X vorgelegt wurde").
        k = j + 1
        while k < end and inflected_lowercase(toks, k) and toks.lower[k] not in PREPOSITIONS \
                and toks.lower[k] not in DETERMINERS:
            k += 1
        return not (k < end and toks.text[k][:1].isupper()) or _relative_with_noun_subject(toks, j, end)
    return low in INFINITIVE_CONJUNCTIONS and has_zu_infinitive(toks, j, end)


def _relative_with_noun_subject(toks: TokenTable, j: int, end: int) -> bool:
    """", der Hasan E. seine Hilfe anbot,", ", die Maier am Montag empfangen hatte": a relative
    pronoun before a name or noun opens a relative clause when its stretch (to the next comma or
    the end) closes with a verb and lists nobody; an apposition has no verb of its own
    (", der schwedische Ministerpräsident Ulf Kristersson,")."""
    last = None
    for k in range(j + 1, end):
        if toks.text[k] == "," or toks.text[k] in CLAUSE_BREAKS:
            break
        if toks.lower[k] in LIST_GLUE:
            return False  # "Erdoğan, der Präsident X und Y unterzeichneten": a list of sides
        if not (toks.is_punct[k] or toks.is_space[k]):
            last = k
    # a verb with "zu" closes an infinitive clause, whose subject is the main clause's
    return last is not None and toks.text[last][:1].islower() and is_verb_form(toks.lower[last]) \
        and toks.lower[last - 1] != "zu"


def _starts_main_clause(toks: TokenTable, j: int, end: int) -> bool:
    """After a comma, a further main clause: a sequence adverb and a finite verb ("Xi war am
    Dienstag eingetroffen, zunächst führte er Gespräche ...", ", danach traf sie ..."), or a
    bare name as the subject right before its finite verb ("Wir trafen uns in Wien, Lopez
    reiste danach weiter"): main clauses joined by a comma alone."""
    if j + 1 >= end or not toks.text[j + 1][:1].islower() or not is_verb_form(toks.lower[j + 1]):
        return False
    return toks.lower[j] in CLAUSE_ADVERBS or toks.text[j][:1].isupper() and toks.is_alpha[j] \
        and toks.lower[j] not in DETERMINERS


def _starts_report(toks: TokenTable, j: int, end: int, lex: TriggerLexicon) -> bool:
    """", sagte Scholz", ", teilte das Ministerium mit", ", Österreich werde ... unterstützen"."""
    if toks.lower[j] in lex.speech_verbs:
        return True
    if toks.lower[j] in REPORT_AUX and any(toks.lower[k] in lex.speech_verbs for k in range(j + 1, min(end, j + 16))):
        return True  # ", hatte López Obrador anschließend ... berichtet"
    return toks.text[j][:1].isupper() and any(toks.lower[k] in REPORTED_FINITE for k in range(j + 1, min(end, j + 4)))


def predicate_conjunct(toks: TokenTable, clause: Clause, i: int) -> tuple[int, int]:
    """The tokens [start, end) of the clause that belong to token i's predicate when "und",
    "sowie" or "oder" joins two predicates of one subject: "Die Firma hat den Fehler im Jänner
    entdeckt und den Hersteller im März informiert" (a participle closes the first), "Die Stadt
    will Geld und hat deshalb ein Gesuch gestellt" (a finite verb opens the second).  Names and
    dates joined by "und" ("am Freitag und am Sonntag") do not cut."""
    start, end = clause.start, clause.end
    for k in range(clause.start + 1, clause.end - 1):
        if toks.lower[k] in CONJUNCTIONS and _joins_predicates(toks, k):
            if k < i:
                start = k + 1
            elif k > i:
                end = k
                break
    return start, end


def is_auxiliary(word: str) -> bool:
    """A finite auxiliary or modal ("hat", "wurden", "will"): the finite verb of a predicate."""
    return word in FINITE_AUXILIARIES or word in SINGULAR_AUXILIARIES or word in PLURAL_AUXILIARIES


def _joins_predicates(toks: TokenTable, k: int) -> bool:
    """The conjunction at k closes a verb-final predicate or opens one with its finite verb."""
    before, after = toks.lower[k - 1], toks.lower[k + 1]
    if toks.text[k - 1][:1].islower() and before.endswith(PARTICIPLE_ENDINGS) and is_verb_form(before):
        return True  # "... im Jänner entdeckt und ...": a participle or infinitive closes a predicate
    if not toks.text[k + 1][:1].islower():
        return False
    if is_auxiliary(after):
        return True  # "... und hat deshalb ..."
    # "... und informierte die Telekom": a finite verb, not a participle adjective ("und geplanten")
    return is_verb_form(after) and not after.startswith("ge")


def clause_final_word(toks: TokenTable, i: int, clause: Clause) -> Optional[str]:
    for j in range(clause.end - 1, i, -1):
        if toks.is_punct[j] or toks.is_space[j]:
            continue
        return toks.lower[j]
    return None


def chunk_final_words(toks: TokenTable, i: int, clause: Clause) -> set[str]:
    """The last word before each comma after token i in the clause, and before a coordinator
    that joins a further predicate: in "rief Orbán an und sprach danach mit Fico" the particle
    "an" closes the first predicate before "und" ("ab und zu", "auf und ab" are idioms)."""
    ends, last = set(), None
    for k in range(i + 1, clause.end):
        if toks.text[k] == ",":
            if last:
                ends.add(last)
            last = None
        elif toks.lower[k] in CONJUNCTIONS and last and k + 1 < clause.end \
                and toks.lower[k + 1] not in SEPARABLE_PARTICLES and toks.lower[k + 1] != "zu":
            ends.add(last)
            last = None
        elif not (toks.is_punct[k] or toks.is_space[k]):
            last = toks.lower[k]
    if last:
        ends.add(last)
    return ends


def chunk_final_word(toks: TokenTable, j: int, clause: Clause) -> Optional[str]:
    """The last word before the next comma: where a separable particle stands ("bot an, ...")."""
    last = None
    for k in range(j + 1, clause.end):
        if toks.text[k] == ",":
            break
        if not (toks.is_punct[k] or toks.is_space[k]):
            last = toks.lower[k]
    return last
