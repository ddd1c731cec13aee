#!/usr/bin/env python
"""Would compiling the rule components make them fast?  An experiment, not a build option.

    pip install cython          # and a C compiler
    python benchmarks/compiled_components.py            # 1,000 articles, 3 alternating rounds

Copies the package into a temporary directory, compiles the rule component
modules there unchanged with Cython (pure-Python mode: annotations ignored, so
the semantics are CPython's), and times each component in the plain and the
compiled copy, alternately, in separate processes, on the same articles
(reshuffled corpus paragraphs, as batch_benchmark.py builds them).  Prints
milliseconds per article (best of 3 passes in each process, median over the
rounds) and whether both copies give the same records.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_benchmark import FROM_TREE, ROOT, write_corpus  # noqa: E402

# the actor stage is a package: its modules, not its __init__ (which only re-exports)
ACTOR_MODULES = ["lexicon", "words", "document", "names", "roles", "organisations", "scanner",
                 "model_entities", "resolver", "component", "lookup"]
MODULES = [f"actors/{m}" for m in ACTOR_MODULES] + ["times", "events", "tokens", "triggers"]
COMPONENTS = ["german_actors", "german_times", "contact_events"]

# Run in a subprocess from one copy of the package: per-component ms/article and a digest of the records.
TIMING = FROM_TREE + r"""
import gc, hashlib, json, time
corpus = sys.argv[1]
from extractor.api import Extractor, doc_to_record
from extractor.article import Article
import extractor.components.actors.scanner as probe
rows = [json.loads(line) for line in open(corpus, encoding="utf-8")]
ex = Extractor(announce=False)
docs, digest = [], hashlib.sha1()
for r in rows:
    a = Article(id=r["id"], text=r["text"], published=r["published"], title=r["title"])
    doc = ex.process(a)
    docs.append(doc)
    digest.update(doc_to_record(doc, a, ex.info).model_dump_json().encode())
gc.collect(); gc.freeze()
out = {"compiled": not probe.__file__.endswith(".py"), "digest": digest.hexdigest()}
for name in COMPONENTS:
    proc = dict(ex.nlp.pipeline)[name]
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for doc in docs:
            proc(doc)
        spent = time.perf_counter() - t0
        best = spent if best is None else min(best, spent)
    out[name] = 1000 * best / len(docs)
print(json.dumps(out))
""".replace("COMPONENTS", repr(COMPONENTS))


def compile_copy(tree: Path) -> None:
    try:
        import Cython  # noqa: F401
    except ImportError:
        raise SystemExit("this experiment needs Cython: pip install cython (and a C compiler)") from None
    script = (
        "from setuptools import setup\nfrom Cython.Build import cythonize\n"
        f"setup(ext_modules=cythonize({[f'extractor/components/{m}.py' for m in MODULES]!r}, quiet=True,\n"
        "      compiler_directives={'annotation_typing': False, 'language_level': 3, 'binding': True}),\n"
        "      script_args=['build_ext', '--inplace'])\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=tree, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"compiling failed:\n{proc.stderr[-2000:]}")


def timing(tree: Path, corpus: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", TIMING, str(tree), str(corpus)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"timing in {tree} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="extractor-compiled-") as tmp:
        tmp = Path(tmp)
        plain, compiled = tmp / "plain", tmp / "compiled"
        for tree in (plain, compiled):
            shutil.copytree(ROOT / "extractor", tree / "extractor", ignore=shutil.ignore_patterns("__pycache__"))
        print("compiling (a few minutes) ...", file=sys.stderr)
        compile_copy(compiled)
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, args.articles)
        runs: dict[str, list[dict]] = {"plain": [], "compiled": []}
        for _ in range(args.rounds):
            for name, tree in (("plain", plain), ("compiled", compiled)):
                runs[name].append(timing(tree, corpus))
    if not all(r["compiled"] for r in runs["compiled"]) or any(r["compiled"] for r in runs["plain"]):
        raise SystemExit("the compiled copy did not load its compiled modules")
    same = len({r["digest"] for rs in runs.values() for r in rs}) == 1
    print(f"{args.articles:,} articles, {args.rounds} alternating rounds; ms per article (median)")
    print("| component | plain | compiled (Cython, unchanged code) | change |\n|---|---|---|---|")
    for c in COMPONENTS:
        p, q = (statistics.median(r[c] for r in runs[k]) for k in ("plain", "compiled"))
        print(f"| {c} | {p:.3f} | {q:.3f} | {q / p - 1:+.0%} |")
    print(f"records of both copies: {'identical' if same else 'DIFFER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
