"""The evaluation report: score tables, then per article the misses, false alarms and wrong attributes.

The page is built from plain data (``render.write_evaluation_html`` converts an
``evaluate.EvaluationResult``), so the views import nothing from ``evaluate``:

- ``summary``: ``evaluate.summarize``'s dict (``overall``, ``occurred``, ``by_type``, ``by_status``,
  each with counts, scores and an ``accuracy`` dict per attribute; ``articles``);
- ``articles``: one dict per scored article, in order: ``article`` (its name), ``scores`` (its
  counts and scores, as in the summary), ``paired``, ``misses``, ``false_alarms`` (counts) and
  ``problems`` (dicts with ``kind`` -- ``miss``, ``false_alarm`` or ``wrong_<attribute>`` --,
  ``detail`` and ``evidence``);
- ``errors``: the gold files that could not be scored, as messages.
"""
from __future__ import annotations

from .page import cell, esc, number, page, table

SCORE_HEADERS = ["", "gold", "pred", "match", "P", "R", "F1", "strict F1"]
PROBLEM_LABELS = {"miss": "miss", "false_alarm": "false alarm"}


def score_row(label: str, s: dict) -> str:
    acc = s["accuracy"]  # one column per attribute, in the summary's order
    return ("<tr>" + cell(label) + "".join(cell(s[k], "num") for k in ("gold", "predicted", "matched"))
            + "".join(cell(number(s[k]), "num", sort=s[k]) for k in ("precision", "recall", "f1", "strict_f1"))
            + "".join(cell(number(v), "num", sort=-1 if v is None else v) for v in acc.values())
            + "</tr>")


def score_table(summary: dict) -> str:
    """The rows of ``evaluate.format_table``: all, occurred, by type, by status (non-empty ones)."""
    rows = [score_row("all events", summary["overall"]), score_row("occurred", summary["occurred"])]
    for group in ("by_type", "by_status"):
        for name, s in summary[group].items():
            if s["gold"] or s["predicted"]:
                rows.append(score_row(f"{group.split('_')[1]}: {name}", s))
    headers = SCORE_HEADERS + list(summary["overall"]["accuracy"])
    return table(headers, rows, cls="scores", numeric=range(1, len(headers)))


def evaluation_page(summary: dict, articles: list[dict], errors: list[str]) -> str:
    """The report of ``summary``, ``articles`` and ``errors`` (see the module docstring)."""
    body = ["<h1>Evaluation report</h1>",
            f'<p class="meta">{summary["articles"]} article{"" if summary["articles"] == 1 else "s"} scored; matching and scores as in '
            f'corpus/GUIDELINES.md (events pair one-to-one on equal participant sets).</p>']
    if errors:
        body.append("<h2>Files not scored</h2><ul>"
                    + "".join(f'<li class="note warn">{esc(e)}</li>' for e in errors) + "</ul>")
    body += ["<h2>Scores</h2>", score_table(summary), "<h2>Articles</h2>"]
    rows = []
    for n, a in enumerate(articles, 1):
        sc = a["scores"]
        wrong = sum(1 for p in a["problems"] if p["kind"].startswith("wrong_"))
        rows.append(f'<tr>{cell(n, "num", sort=n)}<td><a href="#r{n}">{esc(a["article"])}</a></td>'
                    + "".join(cell(sc[k], "num") for k in ("gold", "predicted", "matched"))
                    + "".join(cell(number(sc[k]), "num", sort=sc[k]) for k in ("precision", "recall", "f1"))
                    + cell(a["misses"], "num") + cell(a["false_alarms"], "num") + cell(wrong, "num") + "</tr>")
    body.append(table(["#", "article", "gold", "pred", "match", "P", "R", "F1", "misses", "false alarms",
                       "wrong attr."], rows, numeric=[0] + list(range(2, 11)), attrs=' data-role="articles"'))
    for n, a in enumerate(articles, 1):
        items = a["problems"]
        head = (f"{esc(a['article'])} <span class=\"meta\">{a['paired']} matched, {a['misses']} missed, "
                f"{a['false_alarms']} false alarms</span>")
        body.append(f'<section id="r{n}" class="article"><h3>{head}</h3>')
        if not items:
            body.append('<p class="note">Everything matched, every attribute right.</p></section>')
            continue
        prows = []
        for p in items:
            kind = "wrong" if p["kind"].startswith("wrong_") else p["kind"]
            label = PROBLEM_LABELS.get(p["kind"], p["kind"].replace("wrong_", "wrong "))
            prows.append(f'<tr class="problem" data-kind="{esc(p["kind"])}"><td class="kind-{kind}">{esc(label)}</td>'
                         + cell(p["detail"]) + cell(p["evidence"] or "–", "evidence") + "</tr>")
        body.append(table(["problem", "event", "evidence (gold sentence for misses and wrong attributes)"], prows,
                          attrs=' data-role="problems"') + "</section>")
    return page("Evaluation report", body)
