"""Contact triggers and status/initiator cues, compiled once from the data files.

Verbs are matched by their inflected forms (the lookup lemmas are unreliable
for strong verbs: "sprachen", "getroffen" -> "triefen"), separable verbs by
their base form plus the particle that closes the clause ("rief ... an",
"kamen ... zusammen") or by their joined forms ("anrufen", "angerufen",
"anzurufen"); nouns also as the head of compounds ("Krisentreffen",
"Putin-Biden-Telefonat").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, get_args

from ..errors import Errors, ResourceError
from ..lang.de.prepositions import CONTRACTIONS, PAST_CONTACT_PREPOSITIONS
from ..lang.de.verbs import E_INSERTION_ENDINGS, INSEPARABLE_PREFIXES
from ..resources import load_lines, load_table, per_folder
from ..schema import EventType
from .tokens import WORD_MEMO_LIMIT, memoised
from .word_endings import EndingIndex

EVENT_TYPES = set(get_args(EventType))
FRAMES = {"symmetric", "object", "host", "caller", "visit", "travel", "sender"}
NOUN_MODES = {"phone", "video", "visit", "travel", "appearance", "host", "summit", "letter", "invitation", "none"}
CUE_KINDS = {"negation", "refusal", "possible", "proposal", "invitation", "plan", "future",
             "initiative", "source", "topic", "place", "sending"}


@dataclass(frozen=True)
class Trigger:
    """What a word form says about a contact."""
    lemma: str
    type: str
    pos: str  # verb|noun
    frame: str = "symmetric"  # verbs: see contact_verbs.tsv
    mode: str = "none"  # nouns: see contact_nouns.tsv
    particle: str = ""  # separable particle still to be found in the clause
    needs_partner: bool = False
    reflexive: bool = False
    plural: bool = False
    partner_preps: frozenset[str] = frozenset()  # the prepositions alone marking the partner ("bei")
    means: bool = False  # an adverb of means read as the clause's verb ("telefonisch"; contact_adverbs.tsv)


@dataclass(frozen=True)
class Cue:
    kind: str
    particle: str = ""


def weak_tenses(stem: str) -> tuple[list[str], list[str]]:
    """(present forms, past forms and participle) of a regular weak verb stem."""
    e = "e" if stem.endswith(E_INSERTION_ENDINGS) else ""
    present = [stem + "e", stem + e + "st", stem + e + "t", stem + "en"]
    past = [stem + e + "te" + end for end in ("", "st", "n", "t")]
    no_ge = stem.endswith("ier") or stem.startswith(INSEPARABLE_PREFIXES)
    participle = stem + e + "t" if no_ge else "ge" + stem + e + "t"
    return present, past + [participle]


def weak_forms(stem: str) -> list[str]:
    """The regular weak forms of a verb stem (telefonier -> telefoniere, ..., telefoniert)."""
    present, past = weak_tenses(stem)
    return sorted(set(present + past))


def _verb_tenses(row: dict[str, str]) -> tuple[list[str], list[str]]:
    """(present forms, other forms) of a verb row: "treffe,trifft,...;traf,...,getroffen"."""
    forms = row["forms"].strip()
    if forms.startswith("@weak:"):
        return weak_tenses(forms[len("@weak:"):])
    present, _, past = forms.partition(";")
    split = lambda part: [f.strip() for f in part.split(",") if f.strip()]  # noqa: E731
    return split(present), split(past)


def _verb_forms(row: dict[str, str]) -> list[str]:
    present, past = _verb_tenses(row)
    return present + past


def _joined_forms(particle: str, forms: list[str]) -> list[str]:
    """Separable verbs written as one word: anrufen, angerufen, anzurufen, anrief (verb-final clauses)."""
    joined = []
    for f in forms:
        if " " in f:  # "zu rufen"
            joined.append(particle + f.replace(" ", ""))
        else:
            joined.append(particle + f)
    infinitives = [f for f in forms if f.endswith("en") and not f.startswith("ge") and " " not in f]
    joined += [particle + "zu" + f for f in infinitives]
    return joined


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, Trigger]
    noun_suffixes: tuple[tuple[str, Trigger], ...]
    exclusions: frozenset[str]
    cues: dict[str, tuple[Cue, ...]]
    speech_verbs: frozenset[str]
    past_preps: frozenset[str]
    present_forms: frozenset[str] = frozenset()  # "trifft", "telefonieren", "anruft": present tense
    # word -> noun() answer; the lexicon never changes, so the answers are kept
    _noun_cache: dict[str, Optional[Trigger]] = field(default_factory=dict, compare=False, repr=False)

    # word -> is it a contact verb form or a contact noun (the words match_trigger accepts)
    may_trigger: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    # noun_suffixes looked up by a word's endings (derived from them)
    _suffix_index: EndingIndex[Trigger] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_suffix_index", EndingIndex(self.noun_suffixes))

    def trigger_words(self, texts: list[str]) -> list[bool]:
        """For each word: is it a contact verb form or a contact noun?"""
        return memoised(self.may_trigger, texts, self._is_trigger_word, WORD_MEMO_LIMIT)

    def is_trigger_word(self, text: str) -> bool:
        return self.trigger_words([text])[0]

    def _is_trigger_word(self, text: str) -> bool:
        return text.lower() in self.verbs or self.noun(text) is not None

    def verb(self, lower: str) -> tuple[Trigger, ...]:
        return self.verbs.get(lower, ())

    def noun(self, text: str) -> Optional[Trigger]:
        """The contact noun a capitalised word is or ends in ("Krisentreffen" -> Treffen)."""
        if not text[:1].isupper():
            return None
        cache = self._noun_cache
        if text in cache:
            return cache[text]
        if len(cache) > WORD_MEMO_LIMIT:
            cache.clear()
        found = cache[text] = self._noun(text)
        return found

    def _noun(self, text: str) -> Optional[Trigger]:
        if text.lower() in self.exclusions:
            return None
        found = self.nouns.get(text)
        if found:
            return found
        head = text.rsplit("-", 1)[-1]
        if head != text and head[:1].isupper():
            found = self.nouns.get(head)
            if found:
                return found
        # "Krisentreffen": a compound ending in a listed noun, with three letters or more before it
        return self._suffix_index.first(text.lower(), 2)

    def cue(self, lower: str) -> tuple[Cue, ...]:
        return self.cues.get(lower, ())


def partner_preps(row: dict[str, str]) -> frozenset[str]:
    """The prepositions a row's `partner` column names ("bei" also as "beim", "an" as "ans",
    "am": the contracted article forms mark the same partner)."""
    preps = {p.strip() for p in row.get("partner", "").split(",") if p.strip()}
    return frozenset(preps | {c for p in preps for c in CONTRACTIONS.get(p, ())})


def _check_verb_row(lemma: str, etype: str, frame: str) -> None:
    """A verb or adverb row names a known event type and frame (E501 otherwise)."""
    if etype not in EVENT_TYPES or frame not in FRAMES:
        raise ResourceError(Errors.E501.format(lemma=lemma, type=etype, frame=frame,
                                               types=", ".join(sorted(EVENT_TYPES)), frames=", ".join(sorted(FRAMES))))


@per_folder
def trigger_lexicon(root: Path) -> TriggerLexicon:
    """Load and validate contact_verbs.tsv, contact_adverbs.tsv, contact_nouns.tsv and event_cues.tsv of a resource
    folder (``trigger_lexicon()``: the folder of the component running now, else the packaged one)."""
    verbs: dict[str, list[Trigger]] = {}
    present_forms: set[str] = set()
    for row in load_table("contact_verbs.tsv", key="lemma", root=root):
        present, _ = _verb_tenses(row)
        present_forms.update(f for f in present if " " not in f)
        if row["particle"]:
            present_forms.update(row["particle"] + f for f in present if " " not in f)
        _check_verb_row(row["lemma"], row["type"], row["frame"])
        forms = _verb_forms(row)
        particle = row["particle"]
        needs = row["needs_partner"] == "yes"
        refl = row["reflexive"] == "yes"
        preps = partner_preps(row)
        trig = Trigger(row["lemma"], row["type"], "verb", frame=row["frame"], particle=particle,
                       needs_partner=needs or bool(preps), reflexive=refl, partner_preps=preps)
        for f in forms:
            if " " not in f:
                verbs.setdefault(f, []).append(trig)
        if particle:
            joined = Trigger(row["lemma"], row["type"], "verb", frame=row["frame"], needs_partner=needs or bool(preps),
                             reflexive=refl, partner_preps=preps)
            for f in _joined_forms(particle, forms):
                verbs.setdefault(f, []).append(joined)
    for row in load_table("contact_adverbs.tsv", key="word", root=root):
        _check_verb_row(row["word"], row["type"], row["frame"])
        verbs.setdefault(row["word"], []).append(Trigger(row["word"], row["type"], "verb", frame=row["frame"], means=True))
    nouns: dict[str, Trigger] = {}
    suffixes: list[tuple[str, Trigger]] = []
    for row in load_table("contact_nouns.tsv", key="lemma", root=root):
        if row["type"] not in EVENT_TYPES or row["mode"] not in NOUN_MODES:
            raise ResourceError(Errors.E502.format(lemma=row["lemma"], type=row["type"], mode=row["mode"],
                                                   types=", ".join(sorted(EVENT_TYPES)),
                                                   modes=", ".join(sorted(NOUN_MODES))))
        lemma = row["lemma"]
        preps = partner_preps(row)
        for form in (f.strip() for f in row["forms"].split(",")):
            plural = form != lemma and not form.endswith("s") and form.lower() != lemma.lower() + "s"
            trig = Trigger(lemma, row["type"], "noun", mode=row["mode"],
                           needs_partner=row["needs_partner"] == "yes" or bool(preps), plural=plural,
                           partner_preps=preps)
            if form in nouns:
                raise ResourceError(Errors.E503.format(form=form))
            nouns[form] = trig
            suffixes.append((form.lower(), trig))
    suffixes.sort(key=lambda s: -len(s[0]))
    cues: dict[str, list[Cue]] = {}
    for row in load_table("event_cues.tsv", key="cue", root=root):
        if row["kind"] not in CUE_KINDS:
            raise ResourceError(Errors.E504.format(cue=row["cue"], kind=row["kind"], kinds=", ".join(sorted(CUE_KINDS))))
        cues.setdefault(row["cue"], []).append(Cue(row["kind"], row["particle"]))
    exclusions = frozenset(w.lower() for w in load_lines("contact_noun_exclusions.txt", root=root))
    return TriggerLexicon({k: tuple(dict.fromkeys(v)) for k, v in verbs.items()}, nouns, tuple(suffixes), exclusions,
                          {k: tuple(v) for k, v in cues.items()}, load_lines("speech_verbs.txt", root=root),
                          PAST_CONTACT_PREPOSITIONS, frozenset(present_forms))
