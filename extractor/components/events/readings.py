"""Step 3b: contact words in another sense.

- Sport: a match report uses the words of meetings for play: "traf in der 48. Minute",
  "trifft im Viertelfinale auf den Titelverteidiger", "(65.)" minute marks, "2:1" scores.
  The guidelines count no sports match as a contact event.
- "treffen auf": "auf jemanden treffen" is to come across or face someone, not to meet
  by arrangement ("Dann trifft er auf Maggie", "trifft am Freitag auf den Russen"), also with a
  participle phrase before the name ("trifft auf die erst kürzlich genesene X"); "auf" with a
  dative article ("auf dem Gipfel") or of "sich treffen" is the meeting's place.
- "schreiben" is a letter only to an addressee ("schrieb an die Kommission"); with a
  written work as its object it is authorship ("hat ein Buch geschrieben"), and after a
  comma it attributes a quote (", schreibt die Zeitung").
- "sich sehen" is a meeting ("sahen sich in Genf"), not with a predicate: "sehen sich in
  ihrem Kurs bestätigt", "sah sich gezwungen", any past participle closing the clause ("sieht
  sich entmachtet", "sahen sich übergangen"); "zu sehen sein" is to be shown ("ist im Film zu
  sehen", "wie auf Bildern zu sehen war").
- "treffen" with a noun of deciding or arranging ("eine Entscheidung treffen", "Vorkehrungen
  treffen", "mit X eine Vereinbarung getroffen") is to make it, no meeting;
- "treffen" with a thing as its subject ("Dieses Gebot trifft den Bund und die Länder") is to
  affect: a clause that opens with a noun phrase naming no actor right before "trifft" and has
  no "sich";
- "sprechen von X" / "reden von X" speaks of X; only "mit", "miteinander" or "zwischen"
  make it a talk ("Trump sprach von Rubio als Leichtgewicht").
- "einen Gerichtshof / den Sicherheitsrat anrufen" is an appeal, not a call; "informieren" (or
  "unterrichten", "warnen", ...) of the public or at a press conference is a statement.
- "warnen" in the active is a public admonition ("warnte Moskau vor weiteren Schritten"); only the
  passive ("Y war vor dem Angriff nicht gewarnt worden") tells of a warning that reached Y;
  "unterrichten" informs only of something ("über", "davon"): "unterrichtet Philosophie" teaches.
- "niemand habe Russland informiert": a contact nobody had has no second side.
- "Kontakte zu X unterhalten/pflegen" names a relationship, not an act; "Kontakt mit X" or
  "zwischen X und Y" is one.
- a press conference is a statement (guidelines, "Press"), a meeting only as a joint
  appearance "mit" a partner ("bei einer Pressekonferenz mit seinem Kollegen X");
- talks about an accession ("Verhandlungen über den Beitritt zur EU") are the process of joining, as
  the compound "Beitrittsverhandlungen" (no contact word at all), unless "mit" or "zwischen" name
  who negotiates, or a genitive names whose accession it is ("die Verhandlungen Finnlands über den
  Beitritt zur Nato": Finland's talks with the Nato);
- "beraten" without "mit", "miteinander" or "zwischen" is advice when one advises ("der ...
  Jobs und Page beriet", a singular verb with objects) or is advised ("sei schlecht beraten
  worden"); "berieten über die Lage" (plural), "beriet mit X" and "berät beim Präsidenten X" (a
  person as host) are talks;
- "antworten" is a letter only when written ("antwortete schriftlich", "mit einem Schreiben");
  otherwise it attributes a quote (", antwortete Scholz");
- idioms of talk nouns: "ist als Nachfolger im Gespräch" (considered for a post), "nahm die
  Berichte in Verhandlung" (a parliament takes them up);
- "werben" is lobbying someone only "bei" them ("warb bei den Ländern für den Plan"); "wirbt
  mit X", "wirbt um X" or "für X" advertise or court.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lang.de.conjunctions import INFINITIVE_CONJUNCTIONS
from ...lang.de.adverbs import (COUNTED_BY_PLACE, HABIT_COMPARISON, HABITUAL_PHRASES, HABITUAL_WORDS, PLURAL_ACT_NOUNS,
                               POSSESSIVE_PLURALS)
from ...lang.de.determiners import (AUF_ACCUSATIVE_DETERMINERS, DEFINITE_ARTICLES, DETERMINERS, GENITIVE_ARTICLES,
                                     LOCATIVE_DATIVE_DETERMINERS, NOBODY, ROLE_DETERMINERS, THING_PRONOUNS)
from ...lang.de.numerals import GENERIC_QUANTIFIERS, PLURAL_WORDS
from ...lang.de.nouns import GROUP_NOUNS, JOINT_APPEARANCE_NOUNS, REPRESENTATIVE_NOUNS, WRITTEN_WORDS
from ...lang.de.prepositions import (AGENT_PREPS, BEI_FORMS, CONSIDERED_FOR, JOINING_PREPS, FRAME_PREPS, PREPOSITIONS,
                                     SUMMONS_HOUSE_OPENERS, SUMMONS_TO_SELF, TALK_PARTNER_WORDS, TOPIC_WORDS, ZU_FORMS)
from ...lang.de.verbs import (NARRATING_VERBS, ZU_INFINITIVE_INFIX, DESTINATION_ONLY_CONTACT_VERBS, ENCOUNTER_VERBS, INFORMING_VERBS, MACHEN_FORMS, NEHMEN_FORMS,
                              FINITE_VERB_AUXILIARIES, PASSIVE_AUXILIARIES, PLURAL_VERB_ENDINGS,
                              PASSIVE_ONLY_CONTACT_VERBS, RELATIONSHIP_VERBS, SEIN_FORMS, SPEAKING_VERBS,
                              TAKING_UP_JOINED, TAKING_UP_SPLIT, TOPIC_ONLY_CONTACT_VERBS)
from ...resources import folder_cache, load_table, per_folder
from ..actors import role_of
from ..actors.lexicon import PLACE_KINDS, lexicon
from ..triggers import TriggerLexicon
from .clauses import clause_final_word
from .press import press_words
from ..verb_forms import looks_participle_or_prefixed
from .triggers import TriggerAt
from .view import DocView, Sentence
from .words import adjective_like

#: A minute mark "(65.)" or a score "2:1" (not a clock time: "20:15 Uhr").
SCORE = re.compile(r"^\d{1,2}:\d{1,2}$")
MINUTE = re.compile(r"^\d{1,3}\.$")
#: Words between a press conference and its "mit" ("Pressekonferenz am Montag mit ...").
JOINT_GAP = 4
#: Words between "sprach" and its "von" ("spricht auch von ...", "sprach er von ...").
VON_GAP = 3
#: Words from a talk noun to the accession it is about ("Gespräche über einen raschen EU-Beitritt").
ACCESSION_REACH = 4
#: Words between "auf" and the one met: articles, adjectives ("auf den kroatischen Champion").
AUF_GAP = 4
#: Words between "auf" + an accusative article and the one met: a participle phrase can stand
#: between ("auf den erst vor kurzem aus Japan zurückgekehrten Meister").
AUF_PHRASE_GAP = 10
#: Words from a setting preposition to the noun of its work or programme ("in seinem neuen Podcast").
FRAME_GAP = 3
#: Cues that make "auf" an adverbial of initiative ("Auf Initiative von X", "auf Einladung").
AUF_ADVERBIAL_CUES = frozenset({"initiative", "invitation", "proposal"})


@per_folder
def reading_words(root) -> dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]]:
    """reading -> (whole words, word starts, compound ends), from ``other_readings.tsv``."""
    out: dict[str, tuple[set, list, list]] = {}
    for row in load_table("other_readings.tsv", key="word", root=root):
        whole, starts, ends = out.setdefault(row["reading"], (set(), [], []))
        w = row["word"].lower()
        if w.endswith("~"):
            starts.append(w[:-1])
        elif w.startswith("~"):
            ends.append(w[1:])
        else:
            whole.add(w)
    return {k: (frozenset(a), tuple(b), tuple(c)) for k, (a, b, c) in out.items()}


def is_reading(reading: str, word: str) -> bool:
    """Is the (lower-case) word one of a reading's words in ``other_readings.tsv``?"""
    return _is(reading, word)


@folder_cache(maxsize=65536)
def _is(reading: str, word: str) -> bool:
    whole, starts, ends = reading_words()[reading]
    return word in whole or (starts and word.startswith(starts)) or (ends and word.endswith(ends))


def sport_report(view: DocView, sent: Sentence) -> bool:
    """The sentence reports a match: a sports word, a score or a minute mark "(65.)"."""
    known = view.sport_memo.get(sent.start)
    if known is None:
        known = view.sport_memo[sent.start] = _sport_report(view, sent)
    return known


#: What a word alone tells of a match (``_sport_cue``).
SPORT_WORD, SCORE_CUE, MINUTE_CUE = 1, 2, 3


@folder_cache(maxsize=65536)
def _sport_cue(low: str) -> int:
    """A (lower-case) word's own sign of a match, read once per word and not per token: a sports
    word, a score ("2:1") or a minute mark ("65."); 0 for none."""
    if _is("sport", low):
        return SPORT_WORD
    if SCORE.match(low):
        return SCORE_CUE
    return MINUTE_CUE if MINUTE.match(low) else 0


def _sport_report(view: DocView, sent: Sentence) -> bool:
    toks = view.toks
    for k, cue in enumerate(map(_sport_cue, toks.lower[sent.start:sent.end]), sent.start):
        if not cue:
            continue
        if cue == SPORT_WORD or (cue == SCORE_CUE and (k + 1 >= sent.end or toks.lower[k + 1] != "uhr")):
            return True  # a score, but not a time of day ("um 10:30 Uhr")
        if cue == MINUTE_CUE and k > sent.start and toks.text[k - 1] == "(" and k + 1 < sent.end \
                and toks.text[k + 1] == ")":
            return True
    return False


def other_reading(view: DocView, lex: TriggerLexicon, sent: Sentence, at: TriggerAt) -> bool:
    """The trigger at ``at`` is no contact here (see the module docstring)."""
    toks, trig, clause, i = view.toks, at.trigger, at.clause, at.token
    if sport_report(view, sent):
        return True
    settings = frame_readings(view, clause)
    if "fiction" in settings or (trig.type == "talk" and ("broadcast" in settings or "forum" in settings)) \
            or narrated(view, sent, clause):
        return True  # "Im Film trifft sich X mit Y", "sprach in der Pressestunde mit X"
    if any(toks.lower[k] in NOBODY for k in range(clause.start, clause.end)) or habitual(toks, clause) \
            or (trig.pos != "verb" and ones_acts(toks, clause, i)):
        return True
    if trig.lemma in COURT_CONTACT_WORDS and toks.lower[i] in COURT_CONTACT_WORDS[trig.lemma] \
            and any(_is("court", toks.lower[k]) for k in range(clause.start, clause.end)):
        return True  # "Bei der Verhandlung am Landesgericht war auch X": a trial
    if trig.frame == "host" and thing_received(view, clause, i):
        return True  # "empfing die Glückwünsche von X": a thing received, no guest
    if trig.frame == "visit" and attended(view, clause, i):
        return True  # "besuchte eine Wahlveranstaltung in Graz": attending it, no visit of Graz
    if trig.pos != "verb":
        if noun_idiom(toks, clause, i) or accession_talks(view, clause, i):
            return True
        if toks.lower[i].endswith(JOINT_APPEARANCE_NOUNS):
            return not any(toks.lower[k] == "mit" for k in range(i + 1, min(clause.end, i + 1 + JOINT_GAP)))
        return trig.lemma == "Kontakt" and _relationship(view, at)
    words = [toks.lower[k] for k in range(clause.start, clause.end)]
    if trig.lemma == "sehen":
        if i > clause.start and toks.lower[i - 1] == "zu" and SEIN_FORMS.intersection(words):
            return True  # "ist im Film zu sehen", "wie auf Bildern zu sehen war": shown, not met
        return any(_is("predicate", w) for w in words) or _participle_predicate(view, at)
    if trig.lemma == "treffen" and any(_is("decision", w) for w in words) and "sich" not in words:
        return True  # "trafen eine Entscheidung", "hat mit X eine Vereinbarung getroffen": to make, no meeting
    if trig.lemma in ENCOUNTER_VERBS and (_auf_partner(view, lex, at) or _thing_subject(view, at, words)):
        return True
    if trig.lemma in SPEAKING_VERBS and not TALK_PARTNER_WORDS.intersection(words) and _von_actor(view, at):
        return True
    if trig.lemma == "beraten" and not TALK_PARTNER_WORDS.intersection(words) and not person_host(view, at) \
            and (not toks.lower[i].endswith(PLURAL_VERB_ENDINGS) or PASSIVE_AUXILIARIES.intersection(words)):
        return True  # "beriet den Gründer", "war schlecht beraten worden": advice, not a talk
    if trig.lemma == "antworten" and not WRITTEN_WORDS.intersection(words):
        return True  # ", antwortete er auf die Frage": a statement
    if trig.lemma == "werben" and not BEI_FORMS.intersection(words):
        return True  # "wirbt mit Rabatten", "warb um die Wähler": no one lobbied
    if trig.lemma == "anrufen" and (any(_is("appeal", w) for w in words) or _appeal_to_act(view, sent, i)):
        return True
    if trig.lemma in INFORMING_VERBS and any(_is("public", w) for w in words):
        return True  # "wollen in einer Pressekonferenz informieren": a statement
    if trig.lemma in PASSIVE_ONLY_CONTACT_VERBS and not PASSIVE_AUXILIARIES.intersection(words):
        return True  # "warnte Moskau vor weiteren Schritten": an admonition, said in public
    if trig.lemma in DESTINATION_ONLY_CONTACT_VERBS and not summoned_to(view, clause.start, clause.end):
        return True  # "zitierte den Minister mit den Worten ...": a quote, no summons
    if trig.lemma in TOPIC_ONLY_CONTACT_VERBS and not TOPIC_WORDS.intersection(words):
        return True  # "unterrichtet Philosophie": teaching
    if trig.lemma == "schreiben":
        if i > 0 and toks.text[i - 1] == ",":
            return True  # ", schreibt die Zeitung": a quote's source
        if "an" not in words:
            return True  # no addressee: "schreibt seit Jahren über die Partei"
        return any(_is("work", w) for w in words)
    return False


def habitual(toks, clause) -> bool:
    """"wo er sie oft besuchte", "die beiden telefonieren fast täglich", "bei ihren regelmäßigen
    Treffen": an adverb of frequency makes the contact a habit, no one act; "wie so oft" and "wie
    schon häufig" compare one act with it."""
    low = toks.lower
    for k in range(clause.start, clause.end):
        if low[k] in HABITUAL_WORDS:
            if not any(low[j] in HABIT_COMPARISON for j in range(max(clause.start, k - 2), k)):
                return True
        elif low[k] in HABITUAL_PHRASE_STARTS and any(tuple(low[k:k + len(p)]) == p and k + len(p) <= clause.end
                                                      for p in HABITUAL_PHRASES):
            return True
    return False


#: The first words of HABITUAL_PHRASES ("immer wieder", "jeden Tag").
HABITUAL_PHRASE_STARTS = frozenset(p[0] for p in HABITUAL_PHRASES)


#: The forms of a talk word that a court word around makes a trial: the singular noun (talks are
#: "Verhandlungen") and the verb ("Am Landesgericht wird weiter verhandelt").
COURT_CONTACT_WORDS = {"Verhandlung": frozenset({"verhandlung"}),
                       "verhandeln": frozenset({"verhandelt", "verhandeln", "verhandelte", "verhandelten"})}


def thing_received(view: DocView, clause, i: int) -> bool:
    """"Der Papst empfing am Sonntag die Glückwünsche von X", "empfing die Nachricht vom Sieg": a
    thing after "empfangen" (not in a prepositional phrase) is received; no one is hosted."""
    toks = view.toks
    for k in range(i + 1, clause.end):
        if _is("received", toks.lower[k]):
            j = k - 1
            while j > i and (toks.lower[j] in DETERMINERS or adjective_like(toks.text[j])):
                j -= 1
            return toks.lower[j] not in PREPOSITIONS
    return False


def attended(view: DocView, clause, i: int) -> bool:
    """"besuchte am Sonntag eine Wahlveranstaltung in Graz", "besucht eine HTL in Linz", "der
    Besuch der Ausstellung": an event, a course or a school as the object of "besuchen" is
    attended; the city after it is only where it is.  The noun's phrase has no preposition before
    it ("nach dem Konzert besuchte er X" places the visit after the concert) and is no genitive of
    another noun ("auf Einladung der Universität reiste X nach Y"), only of the visit's own noun.
    With a partner ("besuchte mit X das Spiel") the two were there together: a meeting."""
    toks = view.toks
    if any(toks.lower[k] in TALK_PARTNER_WORDS for k in range(clause.start, clause.end)):
        return False  # "besuchte mit Merkel das Spiel in Paris": there together, a meeting
    for k in range(clause.start, clause.end):
        if not _is("attendance", toks.lower[k]):
            continue
        j = k - 1
        while j >= clause.start and (toks.lower[j] in DETERMINERS or adjective_like(toks.text[j])
                                     or toks.lower[j] in PLURAL_WORDS or toks.lower[j] in GENERIC_QUANTIFIERS):
            j -= 1
        genitive = toks.text[j][:1].isupper() and toks.lower[j + 1] in GENITIVE_ARTICLES
        if j < clause.start or j == i or not (toks.lower[j] in PREPOSITIONS or genitive):
            return True
    return False


def _appeal_to_act(view: DocView, sent: Sentence, i: int) -> bool:
    """"Erdoğan rief Österreich und die EU an, die Visafreiheit einzuführen": "anrufen" with an
    infinitive clause after its particle is to call upon someone to act (as "aufrufen"), no phone
    call; "rief X an, um ihm zu gratulieren" is a call made for a purpose."""
    toks = view.toks
    k = next((j for j in range(i + 1, sent.end - 1) if toks.lower[j] == "an" and toks.text[j + 1] == ","), None)
    if k is None or k + 2 >= sent.end or toks.lower[k + 2] in INFINITIVE_CONJUNCTIONS:
        return False
    end = next((j for j in range(k + 2, sent.end) if toks.is_punct[j]), sent.end)
    last = end - 1
    if last <= k + 2 or not toks.text[last].islower():
        return False
    return toks.lower[last - 1] == "zu" or (ZU_INFINITIVE_INFIX in toks.lower[last][2:6] and toks.lower[last].endswith("n"))


def ones_acts(toks, clause, i: int) -> bool:
    """"Bei seinen Besuchen verübt er Grausamkeiten", "ihre Telefonate mit der Mutter": a
    possessive before the plural of an act tells of someone's acts in general, a habit; "seine
    Besuche in Moskau und Peking" name and count them."""
    if toks.lower[i] not in PLURAL_ACT_NOUNS or i - 1 < clause.start or toks.lower[i - 1] not in POSSESSIVE_PLURALS:
        return False
    return not (i + 1 < clause.end and toks.lower[i + 1] in COUNTED_BY_PLACE)


#: The readings of other_readings.tsv that name a work or a programme a clause can be set in.
FRAME_READINGS = ("fiction", "broadcast", "forum")


def frame_readings(view: DocView, clause) -> frozenset[str]:
    """The readings (``FRAME_READINGS``) of the works and programmes the clause sets what it tells
    in: "in"/"bei" and, within a few words, its noun ("Im Spielfilm trifft sich ...", "In seinem
    Podcast unterhielt sich X mit Y", "sprach im Ö1-Morgenjournal mit X").  The first capitalised
    word after the preposition is the phrase's noun: "in der Folge" or "im Drama um die Geiseln"
    set nothing, as no row names them."""
    toks = view.toks
    found: set[str] = set()
    for k in range(clause.start, clause.end):
        if toks.lower[k] not in FRAME_PREPS or _noun_attribute(view, clause, k):
            continue
        seen = 0
        for j in range(k + 1, clause.end):
            if toks.text[j][:1].isupper():
                found.update(r for r in FRAME_READINGS if _is(r, toks.lower[j]))
            if view.in_mention_at[j]:
                continue  # the maker's name before the work: "In Michael Hanekes neuem Film"
            if toks.text[j][:1].isupper():
                break
            seen += 1
            if seen >= FRAME_GAP:
                break
    return frozenset(found)


def _noun_attribute(view: DocView, clause, k: int) -> bool:
    """"Nach der Debatte im Nationalrat sprach X mit Y": a phrase right after a noun (no name) is
    that noun's attribute, not where the clause is set."""
    toks = view.toks
    j = k - 1
    return j > clause.start and toks.text[j][:1].isupper() and toks.is_alpha[j] and not view.in_mention_at[j]


#: Words from a sentence's start to the work that tells its plot ("Der neue Film", "Die zweite Staffel der Serie").
WORK_SUBJECT_GAP = 3


def narrated(view: DocView, sent: Sentence, clause) -> bool:
    """"Die Serie erzählt, wie X den Y trifft", "Der Roman schildert, wie ...", "Der Film handelt
    davon, wie ...": a work of fiction opening the sentence as the subject of a verb of telling
    makes the clause after it its plot."""
    toks = view.toks
    if clause.start <= sent.start:
        return False
    opens = any(_is("fiction", toks.lower[k]) for k in range(sent.start, min(clause.start, sent.start + WORK_SUBJECT_GAP)))
    saying = press_words()[0]  # "Der Film erzählt, wie ...", "Die Serie zeigt, wie ..."
    return opens and any(toks.lower[k] in NARRATING_VERBS or toks.lower[k] in saying for k in range(sent.start, clause.start))


def _participle_predicate(view: DocView, at: TriggerAt) -> bool:
    """"sieht sich durch den Beschluss entmachtet", "die sich übergangen sehen": a past participle
    in the right bracket of "sich sehen" is a predicate (to feel so), no meeting.  It closes the
    clause after the finite verb, or stands right before a verb at the clause's end; the verb's
    own "gesehen" ("haben sich gesehen") is no predicate."""
    toks, clause, i = view.toks, at.clause, at.token
    final = clause_final_word(toks, i, clause)
    k = next((j for j in range(clause.end - 1, i, -1) if toks.lower[j] == final), None) if final else None
    if k is None and i - 1 >= clause.start:
        k = i - 1  # "..., die sich übergangen sehen"
    if k is None or not (toks.is_alpha[k] and toks.text[k].islower()) or toks.lower[k] in PREPOSITIONS:
        return False
    word = toks.lower[k]
    return looks_participle_or_prefixed(word)


def _auf_partner(view: DocView, lex: TriggerLexicon, at: TriggerAt) -> bool:
    """"trifft ... auf X": an "auf" in the clause a few words before an actor mention, or before a
    noun of response ("trifft in Berlin auf Widerstand", "auf starke Konkurrenz"), with no
    cue between ("Auf Initiative von X trafen sich ..." is a meeting).  After "auf" with an
    accusative article the noun phrase may hold a whole participle phrase before the name
    ("trifft auf die vor kurzem genesene X"); a dative article is a place ("auf dem Gipfel"), and
    so is any "auf" of reflexive "sich treffen".  An "auf" opening the clause is an adverbial
    ("Auf die Bitte von X hin ..."), so only a short gap counts there."""
    toks, clause = view.toks, at.clause
    if any(toks.lower[k] == "sich" for k in range(clause.start, clause.end)):
        return False  # "trafen sich auf den Bahamas mit X": "sich treffen" is a meeting, "auf" its place
    for k in range(clause.start, clause.end):
        if toks.lower[k] != "auf":
            continue
        if any(_is("reception", toks.lower[j]) for j in range(k + 1, min(clause.end, k + 1 + AUF_GAP))):
            return True  # "trifft in Berlin auf Widerstand": a response met with, no one met
        after = toks.lower[k + 1] if k + 1 < clause.end else ""
        if after in LOCATIVE_DATIVE_DETERMINERS:
            continue  # "traf auf der Konferenz die Ministerin": a place
        gap = AUF_GAP
        if after in AUF_ACCUSATIVE_DETERMINERS and k > clause.start:
            gap = _phrase_reach(toks, k + 1, min(clause.end, k + 1 + AUF_PHRASE_GAP)) - k - 1
        found = view.mentions_starting(k + 1, min(clause.end, k + 1 + gap))
        if found and not any(c.kind in AUF_ADVERBIAL_CUES for m in range(k + 1, found[0][0])
                             for c in lex.cue(toks.lower[m])):
            return True
    return False


def _phrase_reach(toks, start: int, end: int) -> int:
    """The end of the words a noun phrase may span from ``start``: up to a punctuation mark."""
    for k in range(start, end):
        if toks.is_punct[k]:
            return k
    return end


def _von_actor(view: DocView, at: TriggerAt) -> bool:
    """"sprach von Rubio", "von der Ministerin": "von" with an actor right after it (an article
    between); or "von" right after the verb, whatever follows ("Man spricht von wilden Kriegen")."""
    toks, clause, i = view.toks, at.clause, at.token
    for k in range(i + 1, min(clause.end, i + 1 + VON_GAP)):
        if toks.lower[k] == "von":
            return True
        if not toks.text[k][:1].islower():
            break  # "sprachen Vertreter von Verdi und KAV": "von" of a noun
    for k in range(clause.start, clause.end):
        if toks.lower[k] == "von":
            after = k + 2 if k + 1 < clause.end and toks.lower[k + 1] in DEFINITE_ARTICLES else k + 1
            if view.mentions_starting(after, after + 1):
                return True
    return False


#: Words between "bei" and the host's name: articles, adjectives, a role ("beim französischen Präsidenten X").
HOST_GAP = 5


def person_host(view: DocView, at: TriggerAt) -> bool:
    """"berät am Samstag bei Präsident X in Paris": "bei" before a person is the host of the
    talks (one is advised "bei der Reform", and advises "bei Siemens" as a firm's consultant)."""
    toks, clause = view.toks, at.clause
    for k in range(clause.start, clause.end):
        if toks.lower[k] not in BEI_FORMS:
            continue
        for s, e, m in view.mentions_starting(k + 1, min(clause.end, k + 1 + HOST_GAP)):
            if not any(toks.is_punct[j] for j in range(k + 1, s)):
                return view.actors[m.actor_id].kind == "person"
            break
    return False


def _relationship(view: DocView, at: TriggerAt) -> bool:
    """"unterhält seit Jahren Kontakte zur Führung der Hamas": contacts as a standing tie."""
    toks, clause, i = view.toks, at.clause, at.token
    words = {toks.lower[k] for k in range(clause.start, clause.end)}
    if takes_up(words):
        return False  # "nahm Kontakt zur Botschaft auf": an act
    return (i + 1 < clause.end and toks.lower[i + 1] in ZU_FORMS) or bool(words & RELATIONSHIP_VERBS)


def takes_up(words: set[str]) -> bool:
    """"Kontakt aufnehmen": a joined form of "aufnehmen", or a split one with its "auf"."""
    return bool(words & TAKING_UP_JOINED) or (bool(words & TAKING_UP_SPLIT) and "auf" in words)


def _thing_subject(view: DocView, at: TriggerAt, words: list[str]) -> bool:
    """"Dieses Gebot trifft den Bund und die Länder", "Die neue Regel trifft vor allem die Bauern",
    "Das trifft ...": with a thing as its subject "treffen" is to affect.  The subject opens the
    clause right before the finite verb: a pronoun of things, or an article, adjectives and a noun
    that name no actor, role or delegation, perhaps with an actor as its attribute ("Die Kritik von
    X traf Y nicht", "Die Sanktionen der EU treffen Z").  The finite verb is "treffen" itself or the
    auxiliary of its perfect or future ("Die Krise hat X und Y hart getroffen", "Die Obergrenze wird
    X treffen").  The state passive is always to be hit: "Von der Dürre sind X und Y getroffen"
    (people who met "haben sich getroffen")."""
    toks, clause, i = view.toks, at.clause, at.token
    if "sich" in words:
        return False
    if at.trigger.lemma == "treffen" and toks.lower[i] == AFFECTED_PARTICIPLE \
            and any(toks.lower[k] in SEIN_FORMS and not view.in_mention_at[k] for k in range(clause.start, i)):
        return True  # not the "bin" of a name ("Chalid bin Salman")
    v = _finite_verb(toks, clause, i)
    end = _before_attribute(view, clause, v)
    if end - 1 < clause.start or view.in_mention_at[end - 1]:
        return False
    word, low = toks.text[end - 1], toks.lower[end - 1]
    if end - 1 == clause.start:
        return end == v and low in THING_PRONOUNS
    if toks.lower[clause.start] not in ROLE_DETERMINERS or view.mentions_in(clause.start, end, clause):
        return False
    return all(toks.text[k][:1].isupper() or adjective_like(toks.text[k]) for k in range(clause.start + 1, end)) \
        and word[:1].isupper() and toks.is_alpha[end - 1] and role_of(word) is None \
        and low not in REPRESENTATIVE_NOUNS and low not in GROUP_NOUNS and not _person_noun(word)


#: The participle of "treffen" that with "sein" is its state passive ("sind schwer getroffen").
AFFECTED_PARTICIPLE = "getroffen"
#: The non-finite forms of "treffen" that an auxiliary before them makes a perfect or a future.
TREFFEN_NONFINITE = frozenset({"getroffen", "treffen"})


def _finite_verb(toks, clause, i: int) -> int:
    """The finite verb of the clause of "treffen" at ``i``: an auxiliary or modal before a participle
    or infinitive ("Die Krise hat ... getroffen", "wird ... treffen"), else ``i`` itself."""
    if toks.lower[i] not in TREFFEN_NONFINITE:
        return i
    for k in range(clause.start + 1, i):
        if toks.lower[k] in FINITE_VERB_AUXILIARIES:
            return k
    return i


def _before_attribute(view: DocView, clause, v: int) -> int:
    """Where the subject's head noun ends when an actor attribute follows it up to the verb at
    ``v``: "Die Kritik von Strache", "Die Sanktionen der EU" (the attribute is "von" or a genitive
    article, adjectives, then the mention); ``v`` when none does."""
    toks = view.toks
    for s, e, _m in view.mentions_in(clause.start, v, clause):
        if e != v:
            continue
        j = s - 1
        while j > clause.start and toks.lower[j] not in DETERMINERS and adjective_like(toks.text[j]) \
                and toks.text[j][:1].islower():
            j -= 1
        if j > clause.start and toks.lower[j] in GENITIVE_ARTICLES | AGENT_PREPS:
            if toks.lower[j] in GENITIVE_ARTICLES and toks.lower[j - 1] in AGENT_PREPS:
                j -= 1  # "von der Ministerin"
            return j
    return v


def _person_noun(word: str) -> bool:
    """A noun of a person ("Die Sängerin trifft ...", "Der Gastgeber traf ..."): a person meets."""
    lex = lexicon()
    return word in lex.person_nouns or word in lex.person_anaphors


def accession_talks(view: DocView, clause, i: int) -> bool:
    """"nach jahrelangen Verhandlungen den Beitritt zur WTO ermöglicht", "Gespräche über einen
    EU-Beitritt": talks about joining a body are the accession process, no contact act, as the
    compound "Beitrittsverhandlungen" is not; "Verhandlungen mit X über den Beitritt" and
    "zwischen X und Y" name who negotiates, and so does a side of the noun's own whose accession it
    is, with the body it joins ("die Verhandlungen Österreichs über den Beitritt zur EU")."""
    toks = view.toks
    for k in range(i + 1, min(clause.end, i + 1 + ACCESSION_REACH)):
        low = toks.lower[k]
        if low in TALK_PARTNER_WORDS or toks.is_punct[k]:
            return False
        if _is("accession", low):
            return accession_partner(view, clause, i) is None
    return False


#: Words between a talk noun and the name of its genitive side ("der neuen Regierung Polens").
GENITIVE_SIDE_GAP = 3


def genitive_side(view: DocView, clause, i: int) -> Optional[str]:
    """"die Verhandlungen Österreichs", "die Gespräche der Türkei": a name in the genitive right
    after a talk noun is whose talks they are (the subject of "verhandeln", made a noun)."""
    toks = view.toks
    for s, e, m in view.mentions_starting(i + 1, min(clause.end, i + 1 + GENITIVE_SIDE_GAP)):
        if s == i + 1:
            return m.actor_id if toks.text[e - 1].endswith("s") else None
        if toks.lower[i + 1] in GENITIVE_ARTICLES and all(adjective_like(toks.text[k]) for k in range(i + 2, s)):
            return m.actor_id
        return None
    return None


def accession_partner(view: DocView, clause, i: int) -> Optional[str]:
    """The body a side joins, as the other side of its talks: "die Verhandlungen Österreichs zum
    Beitritt in die Europäische Union" are Austria's with the Union.  Only when the talk noun has
    a genitive side of its own and the accession none ("über den Beitritt Serbiens zur EU" would
    make the talks someone else's)."""
    side = genitive_side(view, clause, i)
    if side is None:
        return None
    for s, e, m in view.mentions_in(i + 1, clause.end, clause):
        if m.actor_id != side and view.actors[m.actor_id].kind != "person" and joined_body(view.toks, s, clause):
            return m.actor_id
    return None


#: Words between the "zu" of an accession and the body's mention ("zur Europäischen Union (EU)").
JOINED_GAP = 5


def joined_body(toks, s: int, clause) -> bool:
    """"nach Verhandlungen über den Beitritt zur Europäischen Union": the body after the "zu" (or
    Austrian "in") of an accession noun is what is joined, not who negotiates (as in
    "Beitrittsverhandlungen"); a body named with "mit" or "zwischen" ("verhandelt mit der EU über
    den Beitritt") is a side."""
    j = s - 1
    # over articles, adjectives and the full name before a bracketed short one ("zur Welthandels-
    # organisation (WTO)")
    while j > clause.start and s - j <= JOINED_GAP and (toks.lower[j] in DETERMINERS or adjective_like(toks.text[j])
                                                        or toks.text[j] == "(" or toks.text[j][:1].isupper()):
        j -= 1
    return toks.lower[j] in JOINING_PREPS and j - 1 >= clause.start and _is("accession", toks.lower[j - 1])


def noun_idiom(toks, clause, i: int) -> bool:
    """"sind X und Y (als Nachfolger) im Gespräch": considered for a post, unless "mit", "über" or
    "zwischen" name a talk; "nahm die Berichte in Verhandlung": a parliament takes them up; "Bild"
    is a visit only in "sich (vor Ort) ein Bild machen"."""
    words = {toks.lower[k] for k in range(clause.start, clause.end)}
    low, before = toks.lower[i], toks.lower[i - 1] if i > clause.start else ""
    if low == "gespräch" and before == "im" and CONSIDERED_FOR & words \
            and not (TALK_PARTNER_WORDS & words or "über" in words):
        return True
    if low.endswith(VIEW_NOUN) and not (low == VIEW_NOUN and "sich" in words and MACHEN_FORMS & words):
        return True  # "das Bild der Woche", "ein Lagebild": only "sich ein Bild machen" is a visit
    return low == "verhandlung" and before == "in" and bool(NEHMEN_FORMS & words)


#: The noun of "sich ein Bild machen" (lower case).
VIEW_NOUN = "bild"

#: Words from an aid noun to the "für" of its receiver ("einen Kredit von 3 Milliarden für").
AID_GAP = 5


def aid_receiver(view: DocView, clause, i: int) -> Optional[str]:
    """"die Verhandlungen über ein Hilfspaket für Irland": the state that receives the aid the
    talks at ``i`` are about negotiates it, so it is a side (the lenders are the other)."""
    toks = view.toks
    for k in range(i + 1, clause.end):
        if toks.lower[k] != "über":
            continue
        aid = next((a for a in range(k + 1, min(clause.end, k + 1 + AID_GAP)) if _is("aid", toks.lower[a])), None)
        if aid is None:
            return None
        fuer = next((f for f in range(aid + 1, min(clause.end, aid + 1 + AID_GAP)) if toks.lower[f] == "für"), None)
        if fuer is None:
            return None
        for s, e, m in view.mentions_starting(fuer + 1, min(clause.end, fuer + 3)):
            if view.actors[m.actor_id].kind == "country" and all(toks.lower[j] in DETERMINERS for j in range(fuer + 1, s)):
                return m.actor_id
        return None
    return None


def summoned_to(view: DocView, start: int, end: int) -> bool:
    """The clause names the house someone is called to: a body or an institution noun after
    "ins"/"in das" ("ins Außenministerium", "ins Ministerium"), or "zu sich"."""
    toks = view.toks
    if summoned_house(view, start, end) is not None:
        return True
    institutions = lexicon().institutions
    to_self = tuple(SUMMONS_TO_SELF.split())
    for k in range(start, end):
        if tuple(toks.lower[k:k + len(to_self)]) == to_self:
            return True
        for opener in SUMMONS_HOUSE_OPENERS:
            n = len(opener)
            if tuple(toks.lower[k:k + n]) == opener and k + n < end and toks.text[k + n] in institutions:
                return True
    return False


def summoned_house(view: DocView, start: int, end: int) -> Optional[tuple[int, str]]:
    """(token, actor) of the body named right after "ins"/"in das": the house someone is called to
    ("ins Außenministerium"); not a place ("ins Spital", "ins Land")."""
    toks = view.toks
    for s, _e, m in view.mentions_in(start, end):
        kind = view.actors[m.actor_id].kind
        if kind == "person" or kind in PLACE_KINDS:
            continue
        if any(s - len(o) >= start and tuple(toks.lower[s - len(o):s]) == o for o in SUMMONS_HOUSE_OPENERS):
            return s, m.actor_id
    return None
