"""Noun phrases that refer back to a named person without naming or titling them: a
nominalised age ("Franziskus landete in Havanna. Am Dienstag fliegt der 78-Jährige weiter.")
and the nouns of ``person_anaphors.tsv`` ("Osterkamp rief den Wahlsieger an").  The grammar
of such a phrase (article, ending, what stands around it) and the choice of its antecedent;
the resolver makes the mention."""
from __future__ import annotations

from typing import Callable, Iterable, NamedTuple, Optional, TypeVar

from ...lang.de.determiners import (DEFINITE_FEMININE_SINGULAR, DEFINITE_MASCULINE_SINGULAR, GENITIVE_ARTICLES,
                                    GENITIVE_POSSESSIVES, INDEFINITE_ARTICLES, ROLE_DETERMINERS, WEAK_NOMINAL_SEX)
from ...lang.de.endings import AGE_ADJECTIVE, WEAK_ENDINGS
from ...lang.de.prepositions import ORIGIN_PREPOSITIONS
from ...lang.de.punctuation import CLAUSE_PUNCTUATION, SENTENCE_END
from .document import ScanState
from .words import _cap, _known_word, _nameish, role_of

#: Adverbs a nominalised age may have after its article: "der mittlerweile 33-Jährige",
#: "des erst 18-Jährigen".
MAX_ADVERBS = 2
#: Sentences before its own a nominalised age looks back in for its antecedent.
ANAPHOR_WINDOW = 3
#: What may follow a nominalised age written in lower case ("die 54-jährige, die ...").
PHRASE_ENDS = CLAUSE_PUNCTUATION | SENTENCE_END

P = TypeVar("P")


class Anaphor(NamedTuple):
    """A phrase that refers back to one person: its tokens, the sex it gives and how its
    antecedent is chosen."""
    start: int                # its first token (the article)
    end: int                  # the token after its noun
    female: Optional[bool]    # True: a woman, False: a man, None: either
    lone: bool                # its meaning fits a person, not its nearness: only a lone candidate
    age: Optional[int] = None  # "der 78-Jährige": 78


def age_of(text: str) -> Optional[tuple[int, str]]:
    """The number and ending of a word of the age adjective ("78-Jährige" -> (78, "e"),
    "31-jähriger" -> (31, "er")), or None."""
    number, sep, rest = text.partition("-")
    if not sep or not number.isdigit() or len(number) > 3 or not rest.lower().startswith(AGE_ADJECTIVE):
        return None
    return int(number), rest[len(AGE_ADJECTIVE):]


def possible_anaphors(texts: list[str], nouns: dict) -> list[int]:
    """A cheap first test on every token: a listed noun or a word with the age adjective
    (its first letter left out: "78-Jährige" and "78-jährige"); one comprehension, no call per token."""
    age = AGE_ADJECTIVE[1:]
    return [i for i, text in enumerate(texts) if text in nouns or age in text]


def anaphor_at(sc: ScanState, i: int, names: set[int]) -> Optional[Anaphor]:
    """The anaphor whose noun is token i, or None; ``names``: tokens where a person's name
    starts."""
    age = age_of(sc.t(i))
    if age is not None:
        return _age_phrase(sc, i, age, names)
    noun = sc.lex.person_anaphors.get(sc.t(i))
    if noun is None or i == 0 or sc.sent_first[i]:
        return None
    det = sc.t(i - 1).lower()
    if noun.feminine:
        articles = DEFINITE_FEMININE_SINGULAR
    else:
        articles = frozenset({"des"}) if noun.genitive else DEFINITE_MASCULINE_SINGULAR - {"des"}
    if det not in articles or (det == "der" and not noun.feminine and _after_noun(sc, i - 1)):
        return None  # "die Zahl der Besucher": a genitive plural
    if _named_or_qualified(sc, i + 1, names):
        return None  # "der Gastgeber Emmanuel Macron", "der Vermittler der Afrikanischen Union"
    return Anaphor(i - 1, i + 1, noun.female, True)


def _age_phrase(sc: ScanState, i: int, age: tuple[int, str], names: set[int]) -> Optional[Anaphor]:
    """"der 78-Jährige", "des mittlerweile 61-Jährigen": a weak ending after a definite
    article.  Before a common noun the word is an adjective, also when written with a capital
    ("der 78-jährige Papst", "Der 46-Jährige Lenker"); in lower case it is a noun only before
    punctuation ("die 54-jährige, die ...")."""
    number, ending = age
    text, nxt = sc.t(i), sc.t(i + 1)
    if ending not in WEAK_ENDINGS:
        return None  # "ein 36-Jähriger": the strong ending introduces someone new
    if text[len(str(number)) + 1].islower() and nxt not in PHRASE_ENDS:
        return None
    if _cap(nxt) and _known_word(nxt) and role_of(nxt) is None and i + 1 not in names:
        return None
    k = i - 1
    while k >= 0 and i - 1 - k < MAX_ADVERBS and sc.t(k).isalpha() and sc.t(k).islower() \
            and sc.t(k) not in ROLE_DETERMINERS and not sc.sent_first[k]:
        k -= 1  # "der mittlerweile 33-Jährige"
    if k < 0 or sc.sent_of[k] != sc.sent_of[i]:
        return None
    det = sc.t(k).lower()
    female = WEAK_NOMINAL_SEX.get((det, ending))
    if female is None or (det == "der" and ending == "en" and _after_noun(sc, k)):
        return None  # "die Eltern der 17-Jährigen": a genitive, perhaps plural
    return Anaphor(k, i + 1, female, False, number)


def _after_noun(sc: ScanState, k: int) -> bool:
    """Does a noun stand right before token k (a genitive attribute: "die Rede der
    Ministerin")?  A capital that opens the sentence is no sign of one ("Mit der 55-Jährigen")."""
    return k > 0 and not sc.sent_first[k] and not sc.sent_first[k - 1] and _cap(sc.t(k - 1)) \
        and sc.t(k - 1).isalpha()


def _named_or_qualified(sc: ScanState, j: int, names: set[int]) -> bool:
    """Does a name, a genitive or an origin follow at token j ("der Gast aus Paris")?  A role
    after it is the next phrase ("traf der Gast Kanzlerin Merkel"), not an apposition."""
    nxt = sc.t(j)
    return j in names or nxt in GENITIVE_ARTICLES or nxt in GENITIVE_POSSESSIVES or nxt in ORIGIN_PREPOSITIONS \
        or (_nameish(nxt) and not _known_word(nxt) and role_of(nxt) is None)


def unnamed_ages(sc: ScanState, hits: Iterable[int]) -> dict[int, int]:
    """The ages of persons brought in with an indefinite article ("Ein 31-jähriger Mann stürzte
    ab.", "eine 55-Jährige"), each with the token of its first such mention; ``hits``: the tokens
    that may hold the age adjective.  A later "der 31-Jährige" resumes that unnamed person."""
    out: dict[int, int] = {}
    for k in hits:
        age = age_of(sc.t(k))
        if age is not None and sc.t(k - 1).lower() in INDEFINITE_ARTICLES:
            out.setdefault(age[0], k)
    return out


def stated_age(sc: ScanState, start: int, end: int) -> Optional[int]:
    """The age a text gives a person at the mention over tokens start..end: "Holmes (27)",
    "die 83-jährige Mutter Gao Ying", "der 61-jährige Bürgermeister Heinz Schaden"."""
    if sc.t(end) == "(" and sc.t(end + 1).isdigit() and sc.t(end + 2) == ")":
        return int(sc.t(end + 1))
    for k in (start - 1, start - 2):
        if k >= 0 and sc.sent_of[k] == sc.sent_of[start] and (age := age_of(sc.t(k))) is not None:
            return age[0]
    return None


def clause_start(sc: ScanState, i: int) -> int:
    """The first token of the clause token i stands in (after the last comma, colon or bracket
    of its sentence before it)."""
    k = i - 1
    while k >= 0 and sc.sent_of[k] == sc.sent_of[i] and sc.t(k) not in CLAUSE_PUNCTUATION:
        k -= 1
    return k + 1


def binding_start(sc: ScanState, start: int) -> int:
    """From which token on a person named before the phrase starting at token ``start`` is its
    co-argument, and so not what it refers to: the start of its clause ("Maas traf den
    Minister").  A genitive attribute is bound by no one ("Oberländer und Hessling kamen auf
    Einladung des Landrats zusammen": the Landrat is Hessling), so for it: the phrase itself."""
    det = sc.t(start).lower()
    if det == "des" or (det == "der" and _after_noun(sc, start)):
        return start
    return clause_start(sc, start)


class PersonFacts(NamedTuple):
    """What the resolver knows of a person, for choosing an antecedent."""
    female: Callable[[object], Optional[bool]]   # the person's sex, None: not known
    ages: Callable[[object], set[int]]           # the ages the text gives the person
    certain: Callable[[object], bool]            # named as a person for sure (may be the result)


def antecedent(a: Anaphor, sent: int, bound_from: int, earlier: Iterable[tuple[int, int, P]],
               facts: PersonFacts) -> Optional[P]:
    """The person an anaphor refers back to, from the person mentions ``earlier`` ((token,
    sentence, person), in text order, all before the anaphor).  A person named from token
    ``bound_from`` on (``binding_start``) is a co-argument, never its antecedent ("Castro
    empfing den 78-Jährigen"); the others must agree in sex, and in age when the text gives
    theirs (a person of unknown sex competes, but is not taken for a phrase that gives one:
    "die 54-Jährige" needs a person the text has called a woman).  A lone anaphor takes the one candidate named before it in the article ("den
    Wahlsieger": what it says picks the person, and nearness does not); an age takes the
    person the text gave that age, else the one named in the nearest sentence of the window;
    two candidates there: nobody.  A candidate not named as a person for sure (an unnamed
    role's holder, a capitalised pair that may be a place) competes but is not taken."""
    latest: dict[int, tuple[int, P]] = {}
    co_arguments: set[int] = set()
    for tok, s, person in earlier:
        if s < sent - ANAPHOR_WINDOW and not a.lone:
            continue
        if tok >= bound_from:
            co_arguments.add(id(person))
            continue
        sex = facts.female(person)
        if a.female is not None and sex is not None and sex is not a.female:
            continue
        ages = facts.ages(person)
        if a.age is not None and ages and a.age not in ages:
            continue  # "die 83-jährige Mutter" is not "der 58-Jährige"
        latest[id(person)] = (s, person)
    for key in co_arguments:
        latest.pop(key, None)
    aged = [p for _, p in latest.values() if a.age is not None and a.age in facts.ages(p)]
    if aged:
        found = aged
    elif a.lone:
        found = [p for _, p in latest.values()]
    elif latest:
        nearest = max(s for s, _ in latest.values())
        found = [p for s, p in latest.values() if s == nearest]
    else:
        return None
    if len(found) != 1 or not facts.certain(found[0]):
        return None
    if a.female is not None and facts.female(found[0]) is not a.female:
        return None  # the text never said the person is of the sex the phrase gives
    return found[0]
