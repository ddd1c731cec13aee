"""Benchmark the German time tagger against dateparser on the gold set corpus/times.

Both run in this process on the same sentences and anchors: (a) our
``tag_times`` and (b) ``dateparser.search.search_dates`` with the
publication date as RELATIVE_BASE.  Reported side by side: extent precision,
recall and F1 (exact spans, and overlapping spans), value accuracy on the
exactly matched extents (dateparser gives a datetime, scored as the day
"YYYY-MM-DD", the best it can express), time per 1,000 sentences and the
speed ratio.

    python benchmarks/times_benchmark.py [--gold corpus/times/gold.jsonl] [--skip-dateparser]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Literal, Optional

from pydantic import BaseModel, model_validator

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "times" / "gold.jsonl"

Span = tuple[int, int, str, Optional[str]]  # start, end, value, mod


class GoldTime(BaseModel):
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: Optional[Literal["START", "MID", "END", "APPROX"]] = None


class GoldSentence(BaseModel):
    id: str
    sentence: str
    published: Optional[str] = None
    times: list[GoldTime]

    @model_validator(mode="after")
    def texts_occur(self) -> "GoldSentence":
        self.spans()
        return self

    def spans(self) -> list[Span]:
        """Character spans of the gold times, found left to right in the sentence."""
        out, cursor = [], 0
        for t in self.times:
            start = self.sentence.find(t.text, cursor)
            if start < 0:
                raise ValueError(f"{self.id}: time text {t.text!r} is not in the sentence (after offset {cursor})")
            out.append((start, start + len(t.text), t.value, t.mod))
            cursor = start + len(t.text)
        return out


def load_gold(path: Path = GOLD) -> list[GoldSentence]:
    with open(path, encoding="utf-8") as fh:
        return [GoldSentence.model_validate_json(line) for line in fh if line.strip()]


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float
    overlap_f1: float
    value_accuracy: float
    matched: int
    gold: int
    predicted: int


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[list[Span]], predicted: list[list[Span]]) -> Scores:
    """Exact and overlap extent scores; value accuracy on exact matches."""
    n_gold = sum(map(len, gold))
    n_pred = sum(map(len, predicted))
    exact = overlap_pred = overlap_gold = right = 0
    for g, p in zip(gold, predicted):
        by_span = {(s, e): v for s, e, v, _ in g}
        for s, e, v, _ in p:
            if (s, e) in by_span:
                exact += 1
                right += v == by_span[(s, e)]
        overlap_pred += sum(any(s < ge and gs < e for gs, ge, _, _ in g) for s, e, _, _ in p)
        overlap_gold += sum(any(s < ge and gs < e for s, e, _, _ in p) for gs, ge, _, _ in g)
    precision = exact / n_pred if n_pred else 0.0
    recall = exact / n_gold if n_gold else 0.0
    o_p = overlap_pred / n_pred if n_pred else 0.0
    o_r = overlap_gold / n_gold if n_gold else 0.0
    return Scores(precision, recall, f1(precision, recall), f1(o_p, o_r),
                  right / exact if exact else 0.0, exact, n_gold, n_pred)


def run_tagger(records: list[GoldSentence], repeat: int = 5) -> tuple[list[list[Span]], float]:
    """Our tagger; the time is the best of ``repeat`` passes (grammar loaded before)."""
    from extractor.components.times import grammar, tag_times
    grammar()
    best, out = float("inf"), []
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = [[(t.start, t.end, t.value, t.mod) for t in tag_times(r.sentence, r.published)] for r in records]
        best = min(best, time.perf_counter() - t0)
    return out, best


def relative_base(published: Optional[str]) -> Optional[datetime]:
    if not published:
        return None
    parts = [int(p) for p in published[:10].split("-")]
    return datetime(parts[0], *(parts[1:] + [1] * (3 - len(parts))))


def run_dateparser(records: list[GoldSentence]) -> tuple[list[list[Span]], float]:
    """dateparser's search_dates, German, past-preferring, anchored at the publication date."""
    from dateparser.search import search_dates
    warnings.filterwarnings("ignore")
    search_dates("am 3. Mai 2023", languages=["de"])  # load the language data before timing
    out: list[list[Span]] = []
    t0 = time.perf_counter()
    for r in records:
        settings = {"PREFER_DATES_FROM": "past"}
        base = relative_base(r.published)
        if base is not None:
            settings["RELATIVE_BASE"] = base
        found = search_dates(r.sentence, languages=["de"], settings=settings) or []
        spans, cursor = [], 0
        for text, dt in found:
            start = r.sentence.find(text, cursor)
            if start < 0:
                start = r.sentence.find(text)
            if start < 0:
                continue
            spans.append((start, start + len(text), dt.strftime("%Y-%m-%d"), None))
            cursor = start + len(text)
        out.append(spans)
    return out, time.perf_counter() - t0


def table(rows: dict[str, tuple[Scores, float]]) -> str:
    names = list(rows)
    lines = [f"{'':34}" + "".join(f"{n:>26}" for n in names)]

    def line(label: str, cell: Callable[[Scores, float], str]) -> None:
        lines.append(f"{label:34}" + "".join(f"{cell(*rows[n]):>26}" for n in names))

    line("extent P / R (exact)", lambda s, t: f"{s.precision:.3f} / {s.recall:.3f}")
    line("extent F1 (exact span)", lambda s, t: f"{s.f1:.3f}")
    line("extent F1 (overlap)", lambda s, t: f"{s.overlap_f1:.3f}")
    line("value accuracy (exact matches)", lambda s, t: f"{s.value_accuracy:.3f} (n={s.matched})")
    line("predicted / gold expressions", lambda s, t: f"{s.predicted} / {s.gold}")
    line("ms per 1,000 sentences", lambda s, t: f"{t:.1f}")
    return "\n".join(lines)


def evaluate(records: list[GoldSentence], with_dateparser: bool = True) -> dict[str, tuple[Scores, float]]:
    """Scores and ms per 1,000 sentences of each system."""
    gold = [r.spans() for r in records]
    rows = {}
    pred, seconds = run_tagger(records)
    rows["extractor.times"] = (score(gold, pred), seconds / len(records) * 1e6)
    if with_dateparser:
        pred, seconds = run_dateparser(records)
        rows["dateparser.search_dates"] = (score(gold, pred), seconds / len(records) * 1e6)
    return rows


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--skip-dateparser", action="store_true", help="only time our tagger")
    args = ap.parse_args(argv)
    records = load_gold(args.gold)
    n_times = sum(len(r.times) for r in records)
    print(f"gold: {args.gold.relative_to(ROOT) if args.gold.is_relative_to(ROOT) else args.gold}: "
          f"{len(records)} sentences, {n_times} time expressions")
    rows = evaluate(records, not args.skip_dateparser)
    print(table(rows))
    if len(rows) == 2:
        ours, theirs = (t for _, t in rows.values())
        print(f"speed ratio: extractor.times is {theirs / ours:.0f}x faster than dateparser.search_dates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
