#!/usr/bin/env python
"""Person names: precision, recall and F1 of the actor stage against GermEval 2014 PER spans.

    python benchmarks/persons.py [--sources ../shared/ner] [--errors] [--limit N] [--label PER|ORG|LOC]

``--label ORG`` scores organisation actors against the ORG spans, ``--label LOC`` states and
places (actors of kind country or city) against the LOC spans, the same way (the defaults
below say "person"; read the label's kind for it).

The data are the GermEval 2014 NER sentences (``../shared/ner``, dev file then test
file, ``n`` counting from 1; CC BY 4.0, Benikova, Biemann, Reznicek, LREC 2014) without
those of ``corpus/real/germeval/SELECTION.tsv`` (the event set), each joined as printed
text with the PER spans of its outer layer (5,678 sentences).  The actor stage of the
embedded pipeline (segmenter, lookup lemmas, ``german_actors``; no entity recognizer)
runs on each sentence alone.

**What is counted.**  A prediction is a *named* person actor: an actor of kind
``person`` whose name holds no role word (an unnamed office holder such as "russischer
Verteidigungsminister" names no person and is left out).  The gold persons of a
sentence are its PER spans, those whose names match (below) taken as one person
("Merkel ... Angela Merkel").  A prediction and a gold person pair up when one of the
actor's mentions has the text of one of the person's spans, or when the actor's name
matches one of the spans' texts as the annotation guidelines match names: equal
ignoring case, accents and hyphens, or one is the other's last name.  Pairs are
one-to-one (exact text first, then names); unpaired predictions are false alarms,
unpaired gold persons misses.  GermEval marks fictional and mythical persons as PER
too ("Jesu", "Faust"); they stay in the gold: the figure is a name finder's.

**Halves.**  Sentences with odd ``n`` are the study half (``--errors`` lists only
them); the even half is a held-out check and is reported as a total only.  With
``--sources`` (the GermEval folder) each half is split further by the sentence's source:
Wikipedia or news sites.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

sys.path.insert(0, str(ROOT / "scripts"))

from actors_eval import Score, actors_pipeline, names_match  # noqa: E402
from select_germeval import detokenise  # noqa: E402  (the event set joins tokens the same way)

EVENT_SET = ROOT / "corpus" / "real" / "germeval" / "SELECTION.tsv"
DEFAULT_SOURCES = ROOT.parent / "shared" / "ner"
SOURCE_FILES = ("germeval2014-dev.tsv", "germeval2014-test-part.tsv")


def sentence_sources(folder: Path) -> Optional[list[str]]:
    """The source URL of each GermEval sentence, in the order ``n`` counts (index n - 1)."""
    if not all((folder / name).is_file() for name in SOURCE_FILES):
        return None
    urls: list[str] = []
    for name in SOURCE_FILES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                cols = line.split("\t")
                urls.append(cols[1] if len(cols) > 1 else "")
    return urls


def read_sentences(folder: Path, label: str = "PER"):
    """``{"n", "text", "persons"}`` for each GermEval sentence outside the event set (the
    spans of ``label`` under "persons")."""
    taken = {int(line.split("\t")[1]) for line in EVENT_SET.read_text(encoding="utf-8").splitlines()[1:]}
    n = 0
    for name in SOURCE_FILES:
        rows: list[list[str]] = []
        for line in (folder / name).open(encoding="utf-8"):
            if line.startswith("#"):
                rows = []
            elif line.strip():
                rows.append(line.split("\t"))
            elif rows:
                n += 1
                if n not in taken:
                    tokens = [r[1] for r in rows]
                    yield {"n": n, "text": detokenise(tokens),
                           "persons": per_spans(tokens, [r[2] for r in rows], label)}
                rows = []


def per_spans(tokens: list[str], tags: list[str], label: str = "PER") -> list[dict]:
    """The outer-layer spans of a label as printed text (B-PER followed by I-PER tokens); not
    the ``deriv`` and ``part`` variants ("deutschen", "EU-Staaten")."""
    spans, i = [], 0
    while i < len(tokens):
        if tags[i] == "B-" + label:
            j = i + 1
            while j < len(tokens) and tags[j] == "I-" + label:
                j += 1
            spans.append({"text": detokenise(tokens[i:j])})
            i = j
        else:
            i += 1
    return spans


def gold_persons(spans: list[dict]) -> list[list[str]]:
    """The PER span texts grouped by person (texts whose names match)."""
    groups: list[list[str]] = []
    for span in spans:
        group = next((g for g in groups if any(names_match(span["text"], t) for t in g)), None)
        if group is None:
            groups.append([span["text"]])
        else:
            group.append(span["text"])
    return groups


#: the actor kinds a GermEval label is scored against
KINDS = {"PER": ("person",), "ORG": ("organization",), "LOC": ("country", "city")}


def named_persons(doc, label: str = "PER") -> list[tuple[str, list[str]]]:
    """(name, mention texts) of each actor of the label's kinds with a name (no role word in it)."""
    from extractor.components.actors import role_of
    return [(a.name, [m.text for m in a.mentions]) for a in doc._.actors
            if a.kind in KINDS[label] and not any(role_of(w) for w in a.name.split())]


def pair(pred: list[tuple[str, list[str]]], gold: list[list[str]]) -> tuple[int, list, list]:
    """One-to-one pairs (exact mention text first, then name match): (pairs, unpaired
    predictions, unpaired gold persons)."""
    pred_left, gold_left = list(pred), list(gold)
    tp = 0
    for same_text in (True, False):
        for p in list(pred_left):
            name, texts = p
            hit = next((g for g in gold_left if any(
                (t in texts) if same_text else names_match(name, t) for t in g)), None)
            if hit is not None:
                gold_left.remove(hit)
                pred_left.remove(p)
                tp += 1
    return tp, pred_left, gold_left


def part_of(n: int, sources: Optional[list[str]]) -> tuple[str, Optional[str]]:
    half = "study (odd n)" if n % 2 else "held out (even n)"
    if sources is None:
        return half, None
    return half, "wikipedia" if "wikipedia.org" in sources[n - 1] else "news"


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="the GermEval 2014 folder")
    ap.add_argument("--errors", action="store_true", help="list the study half's errors (odd n)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--label", choices=sorted(KINDS), default="PER", help="the GermEval label to score")
    args = ap.parse_args(argv)
    sources = sentence_sources(args.sources)
    if sources is None:
        ap.error(f"{args.sources}: no GermEval 2014 files ({', '.join(SOURCE_FILES)}) there")
    nlp = actors_pipeline()
    scores: dict[tuple[str, Optional[str]], Score] = {}
    seconds = 0.0
    count = 0
    for item in read_sentences(args.sources, args.label):
        t0 = time.perf_counter()
        doc = nlp(item["text"])
        seconds += time.perf_counter() - t0
        tp, fp, fn = pair(named_persons(doc, args.label), gold_persons(item["persons"]))
        half, source = part_of(item["n"], sources)
        for key in {(half, None), (half, source), ("all", None)}:
            s = scores.setdefault(key, Score())
            s.tp += tp
            s.fp += len(fp)
            s.fn += len(fn)
        if args.errors and item["n"] % 2 and (fp or fn):
            print(json.dumps({"n": item["n"], "text": item["text"], "spurious": [n for n, _ in fp],
                              "missed": [" | ".join(g) for g in fn]}, ensure_ascii=False))
        count += 1
        if args.limit and count >= args.limit:
            break
    print(f"sentences: {count} ({1000 * seconds / max(count, 1):.2f} ms each, actor pipeline)")
    order = ["study (odd n)", "held out (even n)", "all"]
    for key in sorted(scores, key=lambda k: (order.index(k[0]), k[1] or "")):
        s = scores[key]
        label = key[0] + (f" / {key[1]}" if key[1] else "")
        print(f"{label:34s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} (tp={s.tp} fp={s.fp} fn={s.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
