"""Scoring predictions against gold files, as ``annotation-guidelines.md`` defines it.

Events pair one-to-one, maximising agreement; a pair counts when the
participant sets are equal under the name rules (case, accents and hyphens
ignored; a last name equals the full name; spellings in the alias table are
equal).  On counted pairs ``type``, ``date``, ``initiator`` and ``status`` are
scored.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from pydantic import ValidationError

from .errors import GoldError
from .resources import DATA_DIR, load_table
from .schema import GoldFile, gold_date_value

ATTRIBUTES = ("type", "date", "initiator", "status")


# --- names -------------------------------------------------------------------

def _plain_words(name: str) -> tuple[str, ...]:
    """Words of a name, case-folded, without accents or hyphens."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss")
    for ch in "-‐–'’.":
        plain = plain.replace(ch, " ")
    return tuple(plain.split())


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, str], dict[tuple[str, ...], tuple[str, ...]]]:
    """The alias table split in two: one-word spellings, and whole names
    ("Europäische Union" for "EU") that only count when they are the whole name."""
    words: dict[str, str] = {}
    whole: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in load_table("name_aliases.tsv", key="variant", root=DATA_DIR):
        variant, canonical = _plain_words(row["variant"]), _plain_words(row["canonical"])
        if len(variant) == 1 and len(canonical) == 1:
            words[variant[0]] = canonical[0]
        else:
            whole[variant] = canonical
    return words, whole


@lru_cache(maxsize=4096)
def _word_key(name: str) -> tuple[str, ...]:
    words, _ = _aliases()
    return tuple(words.get(w, w) for w in _plain_words(name))


@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """Words of a name, case-folded, without accents, hyphens or alias spellings."""
    _, whole = _aliases()
    return whole.get(_plain_words(name)) or _word_key(name)


def names_equal(a: Optional[str], b: Optional[str]) -> bool:
    """Equal ignoring case/accents/hyphens, or one is the other's last name, or aliases."""
    if a is None or b is None:
        return a is None and b is None
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or "".join(ka) == "".join(kb):
        return True
    ka, kb = _word_key(a), _word_key(b)
    short, long_ = (ka, kb) if len(ka) < len(kb) else (kb, ka)
    return len(short) >= 1 and long_[-len(short):] == short and len(short) < len(long_)


def participants_equal(a: list[str], b: list[str]) -> bool:
    """Sets equal under ``names_equal``: a perfect one-to-one correspondence."""
    a = _dedupe(a)
    b = _dedupe(b)
    if len(a) != len(b):
        return False
    used = [False] * len(b)

    def assign(i: int) -> bool:
        if i == len(a):
            return True
        for j, nb in enumerate(b):
            if not used[j] and names_equal(a[i], nb):
                used[j] = True
                if assign(i + 1):
                    return True
                used[j] = False
        return False

    return assign(0)


def one_side_off(a: list[str], b: list[str]) -> bool:
    """The sets share a name and differ by one side: one extra, one missing or one other name
    ("Merkel + Obama" against "Merkel + Obama + Hollande" or "Merkel + USA")."""
    a, b = _dedupe(a), _dedupe(b)
    rest_b = list(b)
    shared = 0
    for n in a:
        k = next((j for j, m in enumerate(rest_b) if names_equal(n, m)), None)
        if k is not None:
            rest_b.pop(k)
            shared += 1
    return shared >= 1 and max(len(a) - shared, len(rest_b)) == 1


def _dedupe(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if not any(names_equal(n, m) for m in out):
            out.append(n)
    return out


# --- events as the scorer sees them ----------------------------------------

@dataclass
class ScoredEvent:
    article: str
    type: str
    participants: list[str]
    initiator: Optional[str]
    date: Optional[str]
    status: str
    evidence: str = ""


def gold_events(gold: GoldFile) -> list[ScoredEvent]:
    return [ScoredEvent(gold.article, e.type, list(e.participants), e.initiator, e.date, e.status, e.evidence)
            for e in gold.events]


def predicted_events(record: dict) -> list[ScoredEvent]:
    """Scorer view of an output record's events (date: the partial ISO part of the TIMEX3 value)."""
    out = []
    for ev in record.get("events", []):
        date = ev.get("date")
        value = gold_date_value(date["value"]) if date and date.get("type") in ("DATE", "TIME") else None
        ev_text = ev["evidence"][0]["text"] if ev.get("evidence") else ""
        out.append(ScoredEvent(record.get("article", ""), ev["type"], [p["name"] for p in ev["participants"]],
                               ev.get("initiator"), value, ev["status"], ev_text))
    return out


def attribute_agreement(p: ScoredEvent, g: ScoredEvent) -> dict[str, bool]:
    return {"type": p.type == g.type, "date": p.date == g.date,
            "initiator": names_equal(p.initiator, g.initiator), "status": p.status == g.status}


# --- one-to-one pairing ------------------------------------------------------

def max_weight_matching(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Pairs (row, col) maximising the total weight; zero-weight cells are never paired.

    Hungarian algorithm (Kuhn-Munkres) on the square-padded cost matrix.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    big = max((w for row in weights for w in row), default=0.0)
    cost = [[big - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < n_rows and j - 1 < n_cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return sorted(pairs)


def match_events(pred: list[ScoredEvent], gold: list[ScoredEvent]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) with equal participants, maximising agreement."""
    weights = [[(10.0 + sum(attribute_agreement(p, g).values())) if participants_equal(p.participants, g.participants)
                else 0.0 for g in gold] for p in pred]
    return max_weight_matching(weights) if pred and gold else []


# --- scores ------------------------------------------------------------------

@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    strict: int = 0
    # false alarms that pair with a miss of the same article one side off (``one_side_off``):
    # the act was found, one of its sides is wrong
    side_off: int = 0
    # false alarms with the participants of a counted pair of their article (the act told twice,
    # or a second act of the same sides), and false alarms in articles whose gold has no event
    repeats: int = 0
    in_empty: int = 0
    attr_right: dict[str, int] = field(default_factory=lambda: {a: 0 for a in ATTRIBUTES})

    def add(self, other: "Tally") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.strict += other.strict
        self.side_off += other.side_off
        self.repeats += other.repeats
        self.in_empty += other.in_empty
        for a in ATTRIBUTES:
            self.attr_right[a] += other.attr_right[a]

    def scores(self) -> dict:
        p = self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        r = self.matched / self.gold if self.gold else (1.0 if not self.predicted else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        sp = self.strict / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        sr = self.strict / self.gold if self.gold else (1.0 if not self.predicted else 0.0)
        sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        acc = {a: (self.attr_right[a] / self.matched if self.matched else None) for a in ATTRIBUTES}
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "strict_f1": round(sf, 4), "one_side_off": self.side_off, "repeats": self.repeats, "in_empty_articles": self.in_empty,
                "relaxed_f1": round(_f1(self.matched + self.side_off, self.predicted, self.gold), 4), "accuracy": {a: (round(v, 4) if v is not None else None) for a, v in acc.items()}}


def _f1(right: int, predicted: int, gold: int) -> float:
    return 2 * right / (predicted + gold) if predicted + gold else 1.0


@dataclass
class Problem:
    kind: str  # miss|false_alarm|wrong_<attr>
    article: str
    detail: str
    evidence: str


@dataclass
class ArticleScore:
    article: str
    pairs: list[tuple[ScoredEvent, ScoredEvent]]
    misses: list[ScoredEvent]
    false_alarms: list[ScoredEvent]
    # (false alarm, miss) pairs one side off, one-to-one (``one_side_off``)
    near: list[tuple[ScoredEvent, ScoredEvent]] = field(default_factory=list)


def score_article(article: str, pred: list[ScoredEvent], gold: list[ScoredEvent]) -> ArticleScore:
    pairs = match_events(pred, gold)
    pi = {i for i, _ in pairs}
    gi = {j for _, j in pairs}
    misses = [g for j, g in enumerate(gold) if j not in gi]
    alarms = [p for i, p in enumerate(pred) if i not in pi]
    near_weights = [[(2.0 if p.type == g.type else 1.0) if one_side_off(p.participants, g.participants) else 0.0
                     for g in misses] for p in alarms]
    near = [(alarms[i], misses[j]) for i, j in max_weight_matching(near_weights)] if alarms and misses else []
    return ArticleScore(article, [(pred[i], gold[j]) for i, j in pairs], misses, alarms, near)


def tally(scores: Iterable[ArticleScore], keep=lambda e: True) -> Tally:
    """Counts over articles; ``keep`` filters events (gold side for misses, predicted for alarms)."""
    t = Tally()
    for s in scores:
        for p, g in s.pairs:
            kp, kg = keep(p), keep(g)
            t.predicted += kp
            t.gold += kg
            if kp and kg:
                t.matched += 1
                agree = attribute_agreement(p, g)
                for a, ok in agree.items():
                    t.attr_right[a] += ok
                t.strict += all(agree.values())
        t.side_off += sum(1 for p, g in s.near if keep(p) and keep(g))
        alarms = [p for p in s.false_alarms if keep(p)]
        t.repeats += sum(1 for p in alarms if any(participants_equal(p.participants, q.participants) for q, _ in s.pairs))
        if not s.pairs and not s.misses:
            t.in_empty += len(alarms)
        t.gold += sum(1 for g in s.misses if keep(g))
        t.predicted += sum(1 for p in s.false_alarms if keep(p))
    return t


def summarize(scores: list[ArticleScore]) -> dict:
    """Everything the report prints: overall, occurred-only, by type, by status."""
    summary = {"articles": len(scores), "overall": tally(scores).scores(),
               "occurred": tally(scores, lambda e: e.status == "occurred").scores(),
               "by_type": {}, "by_status": {}}
    for t in ("call", "meeting", "talk", "correspondence"):
        summary["by_type"][t] = tally(scores, lambda e, t=t: e.type == t).scores()
    for st in ("occurred", "planned", "proposed", "possible", "negated"):
        summary["by_status"][st] = tally(scores, lambda e, st=st: e.status == st).scores()
    return summary


def problems(scores: list[ArticleScore]) -> list[Problem]:
    out = []
    for s in scores:
        for g in s.misses:
            out.append(Problem("miss", s.article, f"{g.type} {' + '.join(g.participants)} {g.date or '-'} {g.status}", g.evidence))
        for p in s.false_alarms:
            out.append(Problem("false_alarm", s.article, f"{p.type} {' + '.join(p.participants)} {p.date or '-'} {p.status}", p.evidence))
        for p, g in s.pairs:
            for a, ok in attribute_agreement(p, g).items():
                if not ok:
                    out.append(Problem(f"wrong_{a}", s.article,
                                       f"{' + '.join(g.participants)}: predicted {getattr(p, a)!r}, gold {getattr(g, a)!r}",
                                       g.evidence))
    return out


# --- gold files and articles ------------------------------------------------

def load_gold(path: Path) -> GoldFile:
    """A validated gold file; errors name the file and the field."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(str(path), "(file)", f"cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldError(str(path), "(json)", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    try:
        gold = GoldFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(x) for x in err["loc"]) or "(root)"
        raise GoldError(str(path), loc, err["msg"]) from None
    for i, ev in enumerate(gold.events):
        if ev.initiator is not None and not any(names_equal(ev.initiator, n) for n in ev.participants):
            raise GoldError(str(path), f"events.{i}.initiator", f"{ev.initiator!r} is not one of the participants")
        if ev.proposer is not None and ev.status != "proposed":
            raise GoldError(str(path), f"events.{i}.proposer", "a proposer is only given for status 'proposed'")
    return gold


def gold_files(paths: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*.json") if x.is_file()))
        else:
            out.append(p)
    return out


def find_article(gold_path: Path, name: str, articles_dir: Optional[Path]) -> Optional[Path]:
    """The article a gold file names: --articles DIR, beside it, or a sibling articles/."""
    candidates = []
    if articles_dir is not None:
        candidates.append(articles_dir / name)
    candidates += [gold_path.parent / name, gold_path.parent.parent / "articles" / name,
                   gold_path.parent / "articles" / name]
    return next((c for c in candidates if c.is_file()), None)


@dataclass
class EvaluationResult:
    scores: list[ArticleScore]
    errors: list[str]

    @property
    def summary(self) -> dict:
        s = summarize(self.scores)
        s["file_errors"] = list(self.errors)
        return s


def evaluate(gold_paths: Iterable[str], articles: Optional[Path] = None, pred: Optional[Path] = None,
             extractor=None, model: Optional[str] = None) -> EvaluationResult:
    """Score predictions (run now, or read from ``pred`` JSONL) against gold files."""
    from .article import read_article
    predictions: dict[str, dict] = {}
    if pred is not None:
        with open(pred, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    predictions[Path(rec.get("article", "")).name] = rec
    scores, errors = [], []
    for path in gold_files(gold_paths):
        try:
            gold = load_gold(path)
        except GoldError as exc:
            errors.append(str(exc))
            continue
        name = Path(gold.article).name
        if pred is not None:
            record = predictions.get(name)
            if record is None:
                errors.append(f"{path}: no prediction for article {name!r} in {pred}")
                continue
        else:
            art_path = find_article(path, gold.article, articles)
            if art_path is None:
                errors.append(f"{path}: article {gold.article!r} not found beside the gold file, "
                              f"in a sibling articles/ folder or in --articles")
                continue
            if extractor is None:
                from .api import Extractor
                extractor = Extractor(model=model)
            try:
                article = read_article(art_path)
            except Exception as exc:  # reported, the other files go on
                errors.append(str(exc))
                continue
            if article.published is None and gold.published is not None:
                article.published = gold.published
            record = extractor.extract_article(article).model_dump(mode="json")
        record["article"] = name
        scores.append(score_article(name, predicted_events(record), gold_events(gold)))
    return EvaluationResult(scores, errors)


def _fmt(x) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def format_table(summary: dict) -> str:
    lines = []
    o = summary["overall"]
    lines.append(f"Articles: {summary['articles']}")
    lines.append(f"{'':14}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}{'strict':>8}"
                 f"{'type':>8}{'date':>8}{'init':>8}{'status':>8}")

    def row(label: str, s: dict) -> str:
        a = s["accuracy"]
        return (f"{label:14}{s['gold']:6d}{s['predicted']:6d}{s['matched']:7d}{_fmt(s['precision']):>8}"
                f"{_fmt(s['recall']):>8}{_fmt(s['f1']):>8}{_fmt(s['strict_f1']):>8}{_fmt(a['type']):>8}"
                f"{_fmt(a['date']):>8}{_fmt(a['initiator']):>8}{_fmt(a['status']):>8}")

    lines.append(row("all events", o))
    lines.append(row("occurred", summary["occurred"]))
    lines.append("by type:")
    for t, s in summary["by_type"].items():
        if s["gold"] or s["predicted"]:
            lines.append(row("  " + t, s))
    lines.append("by status:")
    for t, s in summary["by_status"].items():
        if s["gold"] or s["predicted"]:
            lines.append(row("  " + t, s))
    return "\n".join(lines)


def format_problems(items: list[Problem]) -> str:
    return "\n".join(f"{p.kind:16} {p.article}: {p.detail}\n{'':17}« {p.evidence} »" for p in items)


# --- several gold sets side by side -------------------------------------------

#: A file of this name in a gold folder (or above it) marks a frozen set: scored only as a total.
FROZEN_MARKER = "FROZEN"


def is_frozen(path: Path) -> bool:
    """Whether ``path`` lies in a frozen set (a ``FROZEN`` file in it or a folder above)."""
    p = path.resolve()
    return any((d / FROZEN_MARKER).is_file() for d in ([p] if p.is_dir() else []) + list(p.parents))


def set_name(path: str) -> str:
    """A set's short name: its path without a trailing ``gold`` folder and leading ``corpus/``."""
    parts = [x for x in Path(path).parts if x not in (".", "", "/")]
    if parts and parts[-1] == "gold":
        parts = parts[:-1]
    if "corpus" in parts[:-1]:
        parts = parts[len(parts) - parts[::-1].index("corpus"):]
    return "/".join(parts) or str(path)


def evaluate_sets(paths: Iterable[str], articles: Optional[Path] = None, pred: Optional[Path] = None,
                  extractor=None, model: Optional[str] = None) -> dict[str, EvaluationResult]:
    """Each gold file or folder scored as a set of its own, with one loaded pipeline."""
    if extractor is None and pred is None:
        from .api import Extractor
        extractor = Extractor(model=model)
    return {set_name(p): evaluate([p], articles=articles, pred=pred, extractor=extractor) for p in paths}


SIDE_BY_SIDE_ROWS = (("articles", lambda s: s["articles"]), ("gold events", lambda s: s["overall"]["gold"]),
                     ("predicted", lambda s: s["overall"]["predicted"]), ("matched", lambda s: s["overall"]["matched"]),
                     ("precision", lambda s: s["overall"]["precision"]), ("recall", lambda s: s["overall"]["recall"]),
                     ("F1", lambda s: s["overall"]["f1"]), ("strict F1", lambda s: s["overall"]["strict_f1"]),
                     ("occurred F1", lambda s: s["occurred"]["f1"]),
                     ("one side off", lambda s: s["overall"]["one_side_off"]),
                     ("repeats", lambda s: s["overall"]["repeats"]),
                     ("in empty articles", lambda s: s["overall"]["in_empty_articles"]),
                     ("relaxed F1", lambda s: s["overall"]["relaxed_f1"])) + tuple(
    (f"{a} accuracy", lambda s, a=a: s["overall"]["accuracy"][a]) for a in ATTRIBUTES)


def format_side_by_side(summaries: dict[str, dict]) -> str:
    """One column per set, one row per measure."""
    width = max([12] + [len(n) + 2 for n in summaries])
    lines = [f"{'':18}" + "".join(f"{n:>{width}}" for n in summaries)]
    for label, get in SIDE_BY_SIDE_ROWS:
        cells = []
        for s in summaries.values():
            v = get(s)
            cells.append(f"{'-':>{width}}" if v is None else f"{v:>{width}}" if isinstance(v, int) else f"{v:>{width}.3f}")
        lines.append(f"{label:18}" + "".join(cells))
    return "\n".join(lines)
