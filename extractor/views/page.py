"""The page skeleton shared by the HTML views: inline CSS, inline JS, escaping helpers."""
from __future__ import annotations

import html
from typing import Iterable, Optional

#: displaCy's entity colours, by our actor kinds and TIMEX3 types.
KIND_COLOURS = {"person": "#aa9cfc", "organization": "#7aecec", "country": "#feca74", "city": "#ff9561",
                "group": "#c887fb", "time": "#bfe1d9"}
#: Short labels shown after a highlighted span, as displaCy does.
KIND_LABELS = {"person": "PER", "organization": "ORG", "country": "COUNTRY", "city": "CITY", "group": "GROUP"}

CSS = """
:root { --ev: #fff1a8; --ev-line: #d9a900; --muted: #5f6b76; --line: #d8dde3; }
* { box-sizing: border-box; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1d2329; margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 4rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2.5rem 0 .25rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
.meta, .note { color: var(--muted); font-size: .9rem; margin: .15rem 0; }
.note.warn { color: #8a4b00; }
a { color: #0b5cad; }
.text { white-space: pre-wrap; line-height: 2.3; font-size: 1rem; border: 1px solid var(--line);
        border-radius: 6px; padding: 1rem 1.25rem; background: #fcfcfd; overflow-wrap: anywhere; }
mark { color: inherit; background: none; }
mark.ent { padding: .2em .35em; margin: 0 .1em; border-radius: .35em; line-height: 1; }
mark.ent .lbl { font-size: .62em; font-weight: 700; text-transform: uppercase; margin-left: .4em;
                vertical-align: middle; opacity: .75; }
mark.ev { background: var(--ev); box-shadow: inset 0 -2px var(--ev-line); border-radius: 2px;
          scroll-margin-top: 30vh; }
mark.ev:target, mark.ev.hl { background: #ffd84d; outline: 2px solid var(--ev-line); }
mark.ent.hl { outline: 2px solid #1d2329; }
a.evref { font-size: .7em; vertical-align: super; text-decoration: none; margin-left: .15em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f5; font-weight: 600; white-space: nowrap; }
table.sortable th { cursor: pointer; } table.sortable th:hover { background: #e4e8ec; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:target, tr.hl { background: #fff8d6; }
.badge { display: inline-block; padding: 0 .45em; border-radius: .8em; font-size: .8rem; background: #e9ecef; }
.st-occurred { background: #d3f9d8; } .st-planned { background: #d0ebff; } .st-proposed { background: #e5dbff; }
.st-possible { background: #fff3bf; } .st-negated { background: #ffe3e3; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0; }
.chip.k-evidence { background: var(--ev); box-shadow: inset 0 -2px var(--ev-line); }
.chip { padding: .1em .5em; border-radius: .35em; font-size: .85rem; }
.legend { font-size: .8rem; }
nav.toc ol { columns: 2; padding-left: 1.5rem; }
.kind-miss { color: #b02a37; } .kind-false_alarm { color: #8a4b00; } .kind-wrong { color: #5f3dc4; }
td.evidence { color: #37414b; } td.date { white-space: nowrap; }
details > summary { cursor: pointer; }
""" + "".join(f"mark.k-{kind}, .chip.k-{kind} {{ background: {colour}; }}\n"
              for kind, colour in KIND_COLOURS.items())

#: Sortable tables; hovering an event row lights up its participants' mentions and evidence.
#: The page is complete without it; the last line marks the page as scripted (tests check it).
JS = """
(function () {
  function key(cell) {
    var t = (cell.getAttribute("data-sort") || cell.textContent).trim();
    var n = parseFloat(t);
    return isNaN(n) || !/^[-+]?[0-9.]+$/.test(t) ? t.toLowerCase() : n;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th").forEach(function (th, col) {
      th.title = "sort";
      th.addEventListener("click", function () {
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        var dir = th.getAttribute("data-dir") === "asc" ? -1 : 1;
        th.setAttribute("data-dir", dir === 1 ? "asc" : "desc");
        rows.sort(function (a, b) {
          var x = key(a.cells[col]), y = key(b.cells[col]);
          return (x < y ? -1 : x > y ? 1 : 0) * dir;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  document.querySelectorAll("tr[data-actors]").forEach(function (tr) {
    var section = tr.closest("section");
    function light(on) {
      tr.getAttribute("data-actors").split(" ").forEach(function (id) {
        if (!id) return;
        section.querySelectorAll('mark[data-actor="' + id + '"]').forEach(function (m) {
          m.classList.toggle("hl", on);
        });
      });
      (tr.getAttribute("data-evidence") || "").split(" ").forEach(function (id) {
        var m = id && document.getElementById(id);
        if (m) m.classList.toggle("hl", on);
      });
    }
    tr.addEventListener("mouseenter", function () { light(true); });
    tr.addEventListener("mouseleave", function () { light(false); });
  });
  document.body.setAttribute("data-js", "ready");
})();
"""


def esc(value: object) -> str:
    """Text or attribute value, escaped (quotes included); None is empty."""
    return "" if value is None else html.escape(str(value), quote=True)


def page(title: str, body: Iterable[str]) -> str:
    """A complete, self-contained HTML document."""
    return ("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + f"\n<script>{JS}</script>\n</body>\n</html>\n")


def table(headers: list[str], rows: Iterable[str], cls: str = "sortable", numeric: Iterable[int] = (),
          attrs: str = "") -> str:
    """A table from ready-made ``<tr>`` rows; ``numeric`` column indexes are right-aligned."""
    num = set(numeric)
    head = "".join(f'<th{" class=num" if i in num else ""}>{esc(h)}</th>' for i, h in enumerate(headers))
    return (f'<table class="{cls}"{attrs}><thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody></table>")


def cell(value: object, cls: Optional[str] = None, sort: Optional[object] = None) -> str:
    """One escaped ``<td>``."""
    a = f' class="{cls}"' if cls else ""
    if sort is not None:
        a += f' data-sort="{esc(sort)}"'
    return f"<td{a}>{esc(value)}</td>"


def number(x: Optional[float], digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"
