"""GermEval 2014 NER data as spaCy training data, with the fixed held-out split.

The files (``../shared/ner/germeval2014-*.tsv``, CC BY 4.0) hold sentences as
``index<TAB>token<TAB>outer<TAB>inner`` rows after a ``#`` source line.  Only
the outer layer is used.  Labels: PER, ORG, LOC, and OTH as MISC.  The
``deriv`` variants ("deutsche" from Deutschland) and ``part`` variants (the
"EU" in "EU-Kommission") are not names of an entity but words made from one:
they become O, so the recognizer marks what the actor rules can resolve.

Split, by sentence number n (0-based over the dev file, then the test file):
n % 20 in {0, 1, 2} is **held out** (15%, never trained on), n % 20 == 3 is the
training-time dev set (model selection), the rest is training data.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
FILES = ("germeval2014-dev.tsv", "germeval2014-test-part.tsv")
HELD_OUT = frozenset({0, 1, 2})
TRAIN_DEV = frozenset({3})
NO_SPACE_BEFORE = frozenset(".,;:!?)]}%“'\"")
NO_SPACE_AFTER = frozenset("([{„")


@dataclass(frozen=True)
class Sentence:
    number: int
    words: tuple[str, ...]
    tags: tuple[str, ...]  # BIO over LABELS' values

    @property
    def part(self) -> str:
        r = self.number % 20
        return "heldout" if r in HELD_OUT else "dev" if r in TRAIN_DEV else "train"


def outer_tag(raw: str) -> str:
    """B-PER -> B-PER, I-OTH -> I-MISC, B-LOCderiv / B-ORGpart -> O."""
    if raw == "O" or "-" not in raw:
        return "O"
    prefix, label = raw.split("-", 1)
    return f"{prefix}-{LABELS[label]}" if label in LABELS else "O"


def read_sentences(folder: Path) -> Iterator[Sentence]:
    number = 0
    for name in FILES:
        path = folder / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: GermEval 2014 file missing (see ../shared/real-news/README.md)")
        words: list[str] = []
        tags: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield Sentence(number, tuple(words), tuple(repair_bio(tags)))
                    number += 1
                    words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(outer_tag(cols[2]))


def repair_bio(tags: list[str]) -> list[str]:
    """An I- after O or after another label starts an entity (B-), as after a dropped 'part'."""
    out = []
    for i, t in enumerate(tags):
        if t.startswith("I-") and (i == 0 or out[-1] == "O" or out[-1][2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
    return out


def spaces(words: tuple[str, ...]) -> list[bool]:
    """Whitespace after each token, as running text would have it."""
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        out.append(nxt is not None and nxt not in NO_SPACE_BEFORE and w not in NO_SPACE_AFTER)
    return out


def to_doc(vocab, sentence: Sentence):
    from spacy.tokens import Doc
    from spacy.training import biluo_tags_to_spans, iob_to_biluo
    doc = Doc(vocab, words=list(sentence.words), spaces=spaces(sentence.words))
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(list(sentence.tags)))
    return doc


def write_docbins(folder: Path, out: Path) -> dict[str, int]:
    """train.spacy, dev.spacy and heldout.spacy in ``out``; returns the sentence counts."""
    import spacy
    from spacy.tokens import DocBin
    nlp = spacy.blank("de")
    bins = {"train": DocBin(), "dev": DocBin(), "heldout": DocBin()}
    for s in read_sentences(folder):
        bins[s.part].add(to_doc(nlp.vocab, s))
    out.mkdir(parents=True, exist_ok=True)
    for part, db in bins.items():
        db.to_disk(out / f"{part}.spacy")
    return {part: len(db) for part, db in bins.items()}
