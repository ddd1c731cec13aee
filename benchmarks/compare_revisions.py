#!/usr/bin/env python
"""Is this change faster?  `extract` of the working tree against an earlier revision, in one run.

    python benchmarks/compare_revisions.py HEAD~3             # 2,000 articles, 4 rounds
    python benchmarks/compare_revisions.py v0.1.0 --articles 500 --rounds 2

The revision is checked out into a temporary `git worktree`; both trees run the
same `extract` command (one worker) on the same corpus of reshuffled corpus
paragraphs (as batch_benchmark.py builds it), alternately, so that load drifts
on a shared machine hit both alike.  The median words/s of each (the summary
line's figure: processing, pipeline loading excluded) and their ratio are
printed, and whether the two outputs are byte-identical.
"""
from __future__ import annotations

import argparse
import filecmp
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_benchmark import FROM_TREE, ROOT, SUMMARY_RE, write_corpus  # noqa: E402

RUN_FROM = FROM_TREE + """
import runpy
sys.argv[0] = "extract"
runpy.run_module("extractor", run_name="__main__", alter_sys=True)
"""


def words_per_second(tree: Path, corpus: Path, out: Path) -> float:
    cmd = [sys.executable, "-c", RUN_FROM, str(tree), str(corpus), "-o", str(out), "--workers", "1", "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    m = SUMMARY_RE.search(proc.stderr)
    if proc.returncode not in (0, 1) or not m:
        raise SystemExit(f"extract from {tree} failed ({proc.returncode}):\n{proc.stderr}")
    return float(m.group("wps").replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("revision", help="the git revision to compare the working tree with")
    ap.add_argument("--articles", type=int, default=2_000)
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="extractor-compare-") as tmp:
        tmp = Path(tmp)
        old = tmp / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(old), args.revision],
                       check=True)
        try:
            corpus = tmp / "corpus.jsonl"
            words = write_corpus(corpus, args.articles)
            trees = {"revision": old, "working tree": ROOT}
            speeds: dict[str, list[float]] = {name: [] for name in trees}
            for _ in range(args.rounds):
                for name, tree in trees.items():
                    speeds[name].append(words_per_second(tree, corpus, tmp / f"{name}.jsonl"))
            same = filecmp.cmp(tmp / "revision.jsonl", tmp / "working tree.jsonl", shallow=False)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    rev, cur = (statistics.median(speeds[name]) for name in ("revision", "working tree"))
    print(f"corpus: {args.articles:,} articles, {words:,} words; {args.rounds} alternating rounds, 1 worker")
    print(f"| tree | words/s (median) | runs |\n|---|---|---|")
    for name, label in (("revision", args.revision), ("working tree", "working tree")):
        print(f"| {label} | {statistics.median(speeds[name]):,.0f} | {', '.join(f'{s:,.0f}' for s in speeds[name])} |")
    print(f"working tree / {args.revision}: {cur / rev:.2f}x; outputs {'byte-identical' if same else 'DIFFER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
