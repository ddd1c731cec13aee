#!/usr/bin/env python
"""Time expressions on real news annotated by others: KRAUTS Dolomiten-100, extractor and HeidelTime.

    python benchmarks/krauts.py [--krauts ../shared/real-news/krauts-dolomiten-100] [--errors] [--json]

Each TimeML document gives its DCT (the publication date) and gold TIMEX3; the
extractor runs on the plain text with the DCT as ``published``; HeidelTime's
output for the same documents is read from its TimeML files.  Both are scored
the same way, in one run, per part of a fixed split and per TIMEX3 type:

- strict extent F1: predicted and gold expression have the same characters;
- relaxed extent F1: they overlap (paired one-to-one, longest overlap first);
- value F1: relaxed pairs whose ``value`` is equal count as right.

Per type, gold and predictions are restricted to that type; "all" ignores type.

The split (fixed before any time rule was changed against KRAUTS): the 100
documents sorted by file name, positions 2, 5 and 8 of every ten (0-based)
are ``frozen`` (30), the rest ``dev`` (70).  ``--errors`` lists the extractor's
mismatches on ``dev`` only; the frozen part is read only as a total.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parents[1]
# Score this tree's extractor: a script's sys.path starts at benchmarks/, where an editable
# install of another checkout would otherwise be imported.
sys.path.insert(0, str(ROOT))
DEFAULT_KRAUTS = ROOT.parent / "shared" / "real-news" / "krauts-dolomiten-100"
TYPES = ("DATE", "TIME", "DURATION", "SET")
FROZEN_POSITIONS = {2, 5, 8}

TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*?)(?:/>|>(.*?)</TIMEX3>)", re.S)
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    mod: Optional[str]
    text: str


@dataclass
class Document:
    name: str
    dct: str
    text: str
    timexes: list[Timex]


def parse_timeml(path: Path) -> Document:
    """Plain text and inline TIMEX3 spans of one TimeML file (tags outside <TEXT> are ignored)."""
    raw = path.read_text(encoding="utf-8")
    dct_tag = re.search(r"<DCT>\s*<TIMEX3\b([^>]*)>", raw)
    dct = dict(ATTR_RE.findall(dct_tag.group(1)))["value"] if dct_tag else None
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if dct is None or body is None:
        raise SystemExit(f"{path}: not a TimeML document with <DCT> and <TEXT>")
    source, text, timexes, pos = body.group(1), [], [], 0
    length = 0
    for m in TIMEX_RE.finditer(source):
        text.append(source[pos:m.start()])
        length += m.start() - pos
        inner = m.group(2) or ""
        attrs = dict(ATTR_RE.findall(m.group(1)))
        if inner:
            timexes.append(Timex(length, length + len(inner), attrs.get("type", ""), attrs.get("value", ""),
                                 attrs.get("mod"), inner))
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(source[pos:])
    return Document(path.name, dct, "".join(text), timexes)


def split_of(names: list[str]) -> dict[str, str]:
    return {n: "frozen" if i % 10 in FROZEN_POSITIONS else "dev" for i, n in enumerate(sorted(names))}


def extractor_times(docs: list[Document]) -> tuple[dict[str, list[Timex]], float]:
    from extractor import Extractor
    from extractor.article import Article
    ex = Extractor(announce=False)
    out, t0 = {}, time.perf_counter()
    for d in docs:
        record = ex.extract_article(Article(id=d.name, text=d.text, published=d.dct))
        out[d.name] = [Timex(t.start, t.end, t.type, t.value, t.mod, t.text) for t in record.times]
    return out, time.perf_counter() - t0


# --- scoring -------------------------------------------------------------------

@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, other: "Counts") -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def f1(self, right: int) -> float:
        p = right / self.pred if self.pred else 0.0
        r = right / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(a: Timex, b: Timex) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def pair(pred: list[Timex], gold: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Overlapping pairs, one-to-one, longest overlap first."""
    cands = sorted(((overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold) if overlap(p, g)),
                   reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j)
            out.append((pred[i], gold[j]))
    return out


def count(pred: list[Timex], gold: list[Timex]) -> Counts:
    pairs = pair(pred, gold)
    return Counts(len(gold), len(pred), sum((p.start, p.end) == (g.start, g.end) for p, g in pairs), len(pairs),
                  sum(p.value == g.value for p, g in pairs))


def of_type(items: Iterable[Timex], t: Optional[str]) -> list[Timex]:
    return [x for x in items if t is None or x.type == t]


def score(docs: list[Document], predictions: dict[str, list[Timex]]) -> dict[str, Counts]:
    out = {}
    for t in (None,) + TYPES:
        c = Counts()
        for d in docs:
            c.add(count(of_type(predictions.get(d.name, []), t), of_type(d.timexes, t)))
        out[t or "all"] = c
    return out


def mismatches(docs: list[Document], predictions: dict[str, list[Timex]]) -> list[str]:
    lines = []
    for d in docs:
        pred, gold = predictions.get(d.name, []), d.timexes
        pairs = pair(pred, gold)
        paired_p = {id(p) for p, _ in pairs}
        paired_g = {id(g) for _, g in pairs}
        for g in gold:
            if id(g) not in paired_g:
                lines.append(f"{d.name} miss      {g.type:8} {g.text!r} = {g.value}")
        for p in pred:
            if id(p) not in paired_p:
                lines.append(f"{d.name} spurious  {p.type:8} {p.text!r} = {p.value}")
        for p, g in pairs:
            if p.value != g.value or (p.start, p.end) != (g.start, g.end) or p.type != g.type:
                lines.append(f"{d.name} differs   {g.type:8} gold {g.text!r} = {g.value}"
                             f" | ours {p.type} {p.text!r} = {p.value}")
    return lines


def table(results: dict[str, dict[str, dict[str, Counts]]]) -> str:
    lines = [f"{'part':7}{'tagger':12}{'type':10}{'gold':>6}{'pred':>6}{'strict F1':>11}{'relaxed F1':>12}{'value F1':>10}"]
    for part, by_tagger in results.items():
        for tagger, by_type in by_tagger.items():
            for t, c in by_type.items():
                if c.gold or c.pred:
                    lines.append(f"{part:7}{tagger:12}{t:10}{c.gold:6d}{c.pred:6d}{c.f1(c.strict):11.3f}"
                                 f"{c.f1(c.relaxed):12.3f}{c.f1(c.value):10.3f}")
        lines.append("")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--krauts", type=Path, default=DEFAULT_KRAUTS)
    ap.add_argument("--errors", action="store_true", help="list the extractor's mismatches on dev")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    gold = {p.name: parse_timeml(p) for p in sorted((args.krauts / "timeml").glob("*.tml"))}
    if not gold:
        raise SystemExit(f"no TimeML files in {args.krauts / 'timeml'}")
    heideltime = {n: parse_timeml(args.krauts / "heideltime" / n).timexes for n in gold
                  if (args.krauts / "heideltime" / n).is_file()}
    ours, seconds = extractor_times(list(gold.values()))
    split = split_of(list(gold))
    results = {}
    for part in ("dev", "frozen", "all"):
        docs = [d for n, d in gold.items() if part == "all" or split[n] == part]
        results[part] = {"extractor": score(docs, ours), "heideltime": score(docs, heideltime)}
    if args.json:
        print(json.dumps({part: {tg: {t: {"gold": c.gold, "pred": c.pred, "strict_f1": round(c.f1(c.strict), 4),
                                             "relaxed_f1": round(c.f1(c.relaxed), 4), "value_f1": round(c.f1(c.value), 4)}
                                       for t, c in by_type.items()} for tg, by_type in r.items()}
                          for part, r in results.items()}, indent=2))
    else:
        print(table(results))
        words = sum(len(d.text.split()) for d in gold.values())
        print(f"{len(gold)} documents, {words:,} words; extractor {seconds:.2f} s ({words / seconds:,.0f} words/s)")
        for part in ("dev", "frozen"):
            e, h = results[part]["extractor"]["DATE"], results[part]["heideltime"]["DATE"]
            ratio = e.f1(e.value) / h.f1(h.value) if h.f1(h.value) else float("inf")
            print(f"{part}: DATE value F1 extractor / HeidelTime = {ratio:.2f}x")
    if args.errors:
        print("\n".join(mismatches([d for n, d in gold.items() if split[n] == "dev"], ours)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
