#!/usr/bin/env python
"""Choose the derStandard/APA articles of the set `corpus/real/outside/` and fix their split.

    python scripts/select_outside.py ../shared/real-news/derstandard corpus/real/outside
    python scripts/select_outside.py ../shared/real-news/derstandard corpus/real/outside --gold ANNOTATION_DIR ...

The main set (`corpus/real/SELECTION.tsv`, ``select_real_news.py``) took every article with
contact vocabulary and a sample of the others.  Contact events are also told without that
vocabulary ("bat die Soldaten, ihn zu bergen", "saßen sich gegenüber", "bot ... an"), so the
articles it left out are a yardstick of their own, and one that no rule was written against.
The rule, fixed before any of these articles was labelled:

- every article of ``../shared/real-news/derstandard`` that ``SELECTION.tsv`` does not mark as
  having contact vocabulary and that is not in ``corpus/real/dev`` or ``corpus/real/frozen``;
- of the news desks, where contacts are reported (the data set's categories International,
  Inland, Wirtschaft, Etat, Panorama); Sport, Web, Wissenschaft and Kultur are left out;
- *split* as in the main set: row number divisible by 3 -> ``frozen`` (read only as a total),
  else ``dev``.

Without ``--gold`` the script writes the articles and ``SELECTION.tsv``; with it, it also copies
each article's gold file from the annotation folders (``DIR/gold/<name>.json``, written blind and
checked by a second reader) and fails when one is missing.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from select_real_news import split_of  # noqa: E402

CATEGORIES = ("International", "Inland", "Wirtschaft", "Etat", "Panorama")


def chosen(derstandard: Path) -> list[dict[str, str]]:
    """The INDEX rows of the articles the rule takes, in row order."""
    with open(ROOT / "corpus" / "real" / "SELECTION.tsv", encoding="utf-8") as f:
        with_vocabulary = {r["file"] for r in csv.DictReader(f, delimiter="\t") if r["vocabulary"] == "yes"}
    labelled = {p.name for part in ("dev", "frozen") for p in (ROOT / "corpus" / "real" / part / "articles").glob("*.txt")}
    with open(derstandard / "INDEX.tsv", encoding="utf-8") as f:
        index = list(csv.DictReader(f, delimiter="\t"))
    return [r for r in index if r["file"] not in with_vocabulary and r["file"] not in labelled
            and r["category"] in CATEGORIES]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("derstandard", type=Path)
    ap.add_argument("target", type=Path)
    ap.add_argument("--gold", type=Path, nargs="*", default=[], help="annotation folders with gold/*.json")
    args = ap.parse_args(argv)
    rows = chosen(args.derstandard)
    gold_files = {p.name: p for folder in args.gold for p in (folder / "gold").glob("*.json")}
    lines = ["file\trow\tcategory\tpublished\tsplit"]
    missing = []
    for r in rows:
        split = split_of(int(r["row"]))
        for sub in ("articles", "gold") if args.gold else ("articles",):
            (args.target / split / sub).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(args.derstandard / r["file"], args.target / split / "articles" / r["file"])
        if args.gold:
            name = r["file"].replace(".txt", ".json")
            if name not in gold_files:
                missing.append(name)
            else:
                shutil.copyfile(gold_files[name], args.target / split / "gold" / name)
        lines.append(f"{r['file']}\t{r['row']}\t{r['category']}\t{r['published']}\t{split}")
    (args.target / "SELECTION.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (args.target / "frozen").mkdir(parents=True, exist_ok=True)
    (args.target / "frozen" / "FROZEN").write_text("", encoding="utf-8")  # the marker of a frozen set
    if missing:
        print(f"{len(missing)} articles have no gold file: {', '.join(missing[:10])}", file=sys.stderr)
        return 1
    print(f"{len(rows)} articles: {sum(1 for line in lines[1:] if line.endswith('dev'))} dev, "
          f"{sum(1 for line in lines[1:] if line.endswith('frozen'))} frozen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
