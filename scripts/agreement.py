#!/usr/bin/env python
"""How far do two blind annotations of the same articles agree, beside the extractor on them?

    python scripts/agreement.py corpus/real/agreement/gold corpus/real/dev/gold corpus/real/frozen/gold

The first folder holds a second, independent annotation of a sample of articles; each
further folder is a reference gold set.  For every reference set, the articles it shares
with the second annotation are scored twice with the project's scorer: the second
annotation against the reference (human agreement, the ceiling a rule system can be
expected to reach under the same matching), and the extractor against the same reference
on the same articles.  Only totals are printed, so a frozen set can be a reference.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def shared_scores(second: dict, reference: list[Path], extractor):
    """(second annotation's scores, extractor's scores) on the reference files it shares with ``second``."""
    from extractor.article import read_article
    from extractor.evaluate import find_article, gold_events, load_gold, predicted_events, score_article
    human, machine = [], []
    for path in reference:
        gold = load_gold(path)
        name = Path(gold.article).name
        if name not in second:
            continue
        human.append(score_article(name, gold_events(second[name]), gold_events(gold)))
        article = read_article(find_article(path, gold.article, None))
        if article.published is None and gold.published is not None:
            article.published = gold.published
        record = extractor.extract_article(article).model_dump(mode="json")
        machine.append(score_article(name, predicted_events(record), gold_events(gold)))
    return human, machine


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("second", type=Path, help="folder of the second annotation's gold files")
    ap.add_argument("references", nargs="+", help="reference gold folders")
    args = ap.parse_args(argv)
    from extractor import Extractor
    from extractor.evaluate import format_side_by_side, gold_files, load_gold, set_name, summarize
    second = {Path(g.article).name: g for g in map(load_gold, gold_files([str(args.second)]))}
    extractor = Extractor(announce=False)
    columns = {}
    for ref in args.references:
        human, machine = shared_scores(second, gold_files([ref]), extractor)
        if not human:
            continue
        columns[f"{set_name(ref)}: annotator"] = summarize(human)
        columns[f"{set_name(ref)}: extractor"] = summarize(machine)
    print(format_side_by_side(columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
