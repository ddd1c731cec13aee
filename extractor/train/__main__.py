"""Train the embedded pipeline's statistical parts: ``python -m extractor.train ner``.

    python -m extractor.train ner [--germeval ../shared/ner] [--out build/ner] [--install]

Converts GermEval 2014 (split as in ``germeval.py``), runs ``spacy train`` with
``training/ner.cfg``, scores the best model on the held-out sentences and,
with ``--install``, copies it into the package (``extractor/models/ner_de``),
where the embedded pipeline loads it.  Nothing is downloaded.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .germeval import write_docbins

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "training" / "ner.cfg"
PACKAGED = Path(__file__).resolve().parents[1] / "models" / "ner_de"
KEEP = ("config.cfg", "meta.json", "ner", "tokenizer", "vocab")


def score_heldout(model: Path, heldout: Path) -> dict:
    """Exact-span P/R/F1 per label on the held-out sentences."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example
    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(heldout).get_docs(nlp.vocab))
    examples = [Example(nlp(g.text), g) for g in gold]
    scores = nlp.get_pipe("ner").scorer(examples)
    return {"all": {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"]},
            **{k: v for k, v in scores["ents_per_type"].items()}}


def install(model: Path, target: Path = PACKAGED) -> None:
    """Copy only what loading needs (no training state) into the package, with its provenance."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in KEEP:
        src = model / name
        if src.is_dir():
            shutil.copytree(src, target / name)
        elif src.is_file():
            shutil.copy(src, target / name)
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    meta.update(name="extractor_ner_de", version="0.1.0", license="CC BY 4.0 (trained on GermEval 2014)",
                description="German PER/ORG/LOC/MISC recognizer of the extractor's embedded pipeline, trained "
                            "with training/ner.cfg on GermEval 2014 (Benikova, Biemann, Reznicek, LREC 2014); "
                            "see extractor/models/NOTICE.md")
    (target / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def train_ner(germeval: Path, out: Path, do_install: bool) -> int:
    data = out / "data"
    counts = write_docbins(germeval, data)
    print(f"GermEval 2014: {counts['train']} training, {counts['dev']} dev, {counts['heldout']} held-out sentences")
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out / "model"),
           "--paths.train", str(data / "train.spacy"), "--paths.dev", str(data / "dev.spacy")]
    code = subprocess.call(cmd)
    if code:
        return code
    print(f"training took {time.perf_counter() - t0:.0f} s")
    best = out / "model" / "model-best"
    for label, s in score_heldout(best, data / "heldout.spacy").items():
        print(f"held-out {label:5} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f']:.3f}")
    if do_install:
        install(best)
        print(f"installed into {PACKAGED}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["ner"])
    ap.add_argument("--germeval", type=Path, default=ROOT.parent / "shared" / "ner")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "ner")
    ap.add_argument("--install", action="store_true", help="copy the best model into the package")
    args = ap.parse_args(argv)
    return train_ner(args.germeval, args.out, args.install)


if __name__ == "__main__":
    sys.exit(main())
