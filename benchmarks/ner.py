#!/usr/bin/env python
"""The embedded entity recognizer: held-out scores and what it costs, in one run.

    python benchmarks/ner.py [--germeval ../shared/ner] [--model extractor/models/ner_de] [--articles 300]

1. P/R/F1 per label (exact spans) on the GermEval 2014 sentences held out by
   ``extractor/train/germeval.py`` (never trained on);
2. full extraction throughput (one process, words/s) on derStandard/APA
   articles with the NER in the pipeline and without it, alternating rounds so
   that machine load hits both alike; the ratio is the figure to read.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.train.germeval import read_sentences, to_doc  # noqa: E402


def heldout_scores(model: Path, germeval: Path) -> dict:
    import spacy
    from spacy.training import Example
    nlp = spacy.load(model)
    gold = [to_doc(nlp.vocab, s) for s in read_sentences(germeval) if s.part == "heldout"]
    t0 = time.perf_counter()
    examples = [Example(nlp(g.text), g) for g in gold]
    seconds = time.perf_counter() - t0
    scores = nlp.get_pipe("ner").scorer(examples)
    words = sum(len(g) for g in gold)
    return {"sentences": len(gold), "words": words, "ner_words_per_s": words / seconds,
            "all": {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"]}, **scores["ents_per_type"]}


def throughput(texts: list[str], with_ner: bool) -> float:
    from extractor import Extractor
    from extractor.article import Article
    from extractor.pipeline import build_embedded
    nlp = build_embedded(ner=with_ner)
    ex = Extractor(nlp=nlp)
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for i, t in enumerate(texts):
        ex.extract_article(Article(id=str(i), text=t, published="2015-06-01"))
    return words / (time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--germeval", type=Path, default=ROOT.parent / "shared" / "ner")
    ap.add_argument("--model", type=Path, default=ROOT / "extractor" / "models" / "ner_de")
    ap.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "real-news" / "derstandard")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    s = heldout_scores(args.model, args.germeval)
    print(f"GermEval 2014 held-out: {s['sentences']} sentences, {s['words']:,} tokens; "
          f"NER alone {s['ner_words_per_s']:,.0f} tokens/s")
    for label in ("PER", "ORG", "LOC", "MISC", "all"):
        if label in s:
            print(f"  {label:5} P {s[label]['p']:.3f}  R {s[label]['r']:.3f}  F1 {s[label]['f']:.3f}")
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.news.glob("*.txt"))[:args.articles]]
    if not texts:
        return 0
    runs = {True: [], False: []}
    for _ in range(args.rounds):
        for flag in (False, True):
            runs[flag].append(throughput(texts, flag))
    with_ner, without = statistics.median(runs[True]), statistics.median(runs[False])
    print(f"full extraction, {len(texts)} articles, median of {args.rounds}: without NER {without:,.0f} words/s, "
          f"with NER {with_ner:,.0f} words/s (ratio {with_ner / without:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
