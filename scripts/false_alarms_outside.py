#!/usr/bin/env python
"""Events the extractor reports on the derStandard articles without contact vocabulary.

    python scripts/false_alarms_outside.py [--derstandard ../shared/real-news/derstandard] [--list]

The articles of `corpus/real/SELECTION.tsv` marked without vocabulary, and those it does not
list, should report nothing: every event found there is a candidate false alarm (issue 14,
goal at most one per 50 articles).  `--list` prints the events of dev rows (row not divisible
by 3) with their evidence; those of frozen rows are only counted.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def outside_articles(derstandard: Path) -> list[Path]:
    with open(ROOT / "corpus" / "real" / "SELECTION.tsv", encoding="utf-8") as f:
        with_vocabulary = {r["file"] for r in csv.DictReader(f, delimiter="\t") if r["vocabulary"] == "yes"}
    return [p for p in sorted(derstandard.glob("gnad-test-*.txt")) if p.name not in with_vocabulary]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--derstandard", type=Path, default=ROOT.parent / "shared" / "real-news" / "derstandard")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    from extractor import Extractor
    from extractor.article import read_article
    ex = Extractor(announce=False)
    paths = outside_articles(args.derstandard)
    counts = {"dev": 0, "frozen": 0}
    for path in paths:
        record = ex.extract_article(read_article(path))
        part = "frozen" if int(path.stem.rsplit("-", 1)[1]) % 3 == 0 else "dev"
        counts[part] += len(record.events)
        if args.list and part == "dev":
            for e in record.events:
                print(f"{path.name}\t{e.type}\t{' + '.join(p.name for p in e.participants)}\t{' '.join(span.text for span in e.evidence)}")
    total = counts["dev"] + counts["frozen"]
    rate = f"one per {len(paths) / total:.0f} articles" if total else "none"
    print(f"{len(paths)} articles without contact vocabulary: {total} events ({rate}); "
          f"dev rows {counts['dev']}, frozen rows {counts['frozen']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
