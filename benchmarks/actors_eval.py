"""Score actor recognition against the hand-written actor test set.

    python benchmarks/actors_eval.py [corpus/actors/actors.jsonl] [--errors]

Each line of the test set is ``{"id", "text", "published"?, "actors": [{"name",
"roles", "country", "kind"}], "mentions": [{"text", "name"}]}``.  The embedded
pipeline (or ``de_core_news_lg`` when installed) runs on each text.

* A predicted mention counts when its text equals a gold mention's text and its
  actor's name matches that gold mention's name; pairs are one-to-one.
* A predicted actor counts when its name matches a gold actor's name.
* Names match as in the annotation guidelines: equal ignoring case, accents and
  hyphens, or one is the other's last name.

Gold mention conventions (see ``extractor/components/actors/__init__.py``): a role before a
name is its own mention ("Bundeskanzler", "Olaf Scholz"); role-only references
span their determiner and qualifiers ("sein russischer Kollege"); states, cities
and organisations span the name without its article; places after a locative
preposition, bylines and credits are not mentions.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SET = Path(__file__).resolve().parent.parent / "corpus" / "actors" / "actors.jsonl"


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("-", " ").replace("'", "").replace("’", "").split())


def names_match(a: str, b: str) -> bool:
    """Equal ignoring case/accents/hyphens, or one is the other's last name."""
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    return fa == fb.split()[-1] or fb == fa.split()[-1]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    mentions: Score = field(default_factory=Score)
    actors: Score = field(default_factory=Score)
    items: int = 0
    errors: list[dict] = field(default_factory=list)


def _pair(pred: list[tuple[str, str]], gold: list[tuple[str, str]],
          same_text: bool) -> tuple[int, list, list]:
    """Greedy one-to-one pairing; returns (matched, unmatched pred, unmatched gold)."""
    gold_left = list(gold)
    missed_pred = []
    tp = 0
    for p in pred:
        hit = next((g for g in gold_left if (not same_text or g[0] == p[0]) and names_match(p[1], g[1])), None)
        if hit is None:
            missed_pred.append(p)
        else:
            gold_left.remove(hit)
            tp += 1
    return tp, missed_pred, gold_left


def actors_pipeline():
    """The embedded pipeline up to the actor stage (segmenter, lemmas, actors)."""
    import spacy

    import extractor.components.actors  # noqa: F401  (registers the factories)
    import extractor.components.lemmas  # noqa: F401
    import extractor.components.segmenter  # noqa: F401
    nlp = spacy.blank("de")
    for name in ("german_segmenter", "german_lemmas", "german_actors"):
        nlp.add_pipe(name)
    return nlp


def evaluate(path: Path = DEFAULT_SET, nlp=None) -> Report:
    """Run the pipeline over the test set and score mentions and actor names."""
    if nlp is None:
        from extractor.pipeline import load_pipeline
        nlp, _info = load_pipeline(announce=False)
    report = Report()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            doc = nlp(item["text"])
            by_id = {a.id: a.name for a in doc._.actors}
            pred_m = [(m.text, by_id.get(m.actor_id, "")) for m in doc._.mentions]
            gold_m = [(m["text"], m["name"]) for m in item["mentions"]]
            tp, fp, fn = _pair(pred_m, gold_m, same_text=True)
            report.mentions.tp += tp
            report.mentions.fp += len(fp)
            report.mentions.fn += len(fn)
            pred_a = [("", a.name) for a in doc._.actors]
            gold_a = [("", a["name"]) for a in item["actors"]]
            atp, afp, afn = _pair(pred_a, gold_a, same_text=False)
            report.actors.tp += atp
            report.actors.fp += len(afp)
            report.actors.fn += len(afn)
            report.items += 1
            if fp or fn or afp or afn:
                report.errors.append({"id": item["id"], "text": item["text"],
                                      "spurious_mentions": fp, "missed_mentions": fn,
                                      "spurious_actors": [n for _, n in afp],
                                      "missed_actors": [n for _, n in afn]})
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--errors", action="store_true", help="list the items with errors")
    parser.add_argument("--actors-only", action="store_true",
                        help="run only segmenter, lemmas and actors (not the full pipeline)")
    args = parser.parse_args(argv)
    report = evaluate(args.path, actors_pipeline() if args.actors_only else None)
    if args.errors:
        for err in report.errors:
            print(json.dumps(err, ensure_ascii=False))
    m, a = report.mentions, report.actors
    print(f"items: {report.items}")
    print(f"mentions: P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f} "
          f"(tp={m.tp} fp={m.fp} fn={m.fn})")
    print(f"actor names: P={a.precision:.3f} R={a.recall:.3f} F1={a.f1:.3f} "
          f"(tp={a.tp} fp={a.fp} fn={a.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
