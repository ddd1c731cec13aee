"""The HTML views in headless Chromium: they render, the script runs, screenshots for a person to look at.

Skipped only when no Chromium/Chrome binary is found (CI installs Debian's ``chromium``).
Screenshots go to tests/output/ (not committed).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from extractor import render
from extractor.evaluate import evaluate

from .test_render import ARTICLE, GOLD, _pred, scholz_macron_record

OUTPUT = Path(__file__).resolve().parent / "output"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
BROWSER = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium/chrome binary on PATH")


def chromium(page: Path, profile: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--window-size=1280,2000", *args, page.as_uri()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def render_in_browser(page: Path, screenshot: Path, tmp_path: Path) -> str:
    """Screenshot and DOM-after-scripts of a page (two browsers in parallel); returns the DOM."""
    screenshot.unlink(missing_ok=True)
    shot = chromium(page, tmp_path / "profile-shot", f"--screenshot={screenshot}")
    dom = chromium(page, tmp_path / "profile-dom", "--virtual-time-budget=2000", "--dump-dom")
    dom_out, dom_err = dom.communicate(timeout=90)
    _, shot_err = shot.communicate(timeout=90)
    assert dom.returncode == 0, dom_err[-2000:]
    assert shot.returncode == 0, shot_err[-2000:]
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    return dom_out


def test_render_browser_article_view(tmp_path):
    OUTPUT.mkdir(exist_ok=True)
    record = scholz_macron_record()
    page = tmp_path / "article-view.html"
    render.write([record], "html", page, texts={record["article"]: ARTICLE})
    dom = render_in_browser(page, OUTPUT / "article-view.png", tmp_path)
    assert 'data-js="ready"' in dom  # the script ran to its end without an error
    table = dom.split('data-role="events"', 1)[1].split("</table>", 1)[0]
    body_rows = re.findall(r"<tr id=\"a1-E\d+\"", table)
    assert len(body_rows) == len(record["events"])


def test_render_browser_evaluation_report(tmp_path):
    OUTPUT.mkdir(exist_ok=True)
    (tmp_path / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"article": "a.txt", "events": [
        _pred("call", ["Austin", "Schoigu"], "2022-10-22"),
        _pred("meeting", ["Olaf Scholz", "Emmanuel Macron"], "2022-09")]}) + "\n", encoding="utf-8")
    page = tmp_path / "evaluation-report.html"
    render.write_evaluation_html(evaluate([str(tmp_path / "a.json")], pred=pred), page)
    dom = render_in_browser(page, OUTPUT / "evaluation-report.png", tmp_path)
    assert 'data-js="ready"' in dom
    assert len(re.findall(r'<tr class="problem"', dom)) == 4


@pytest.mark.skipif(not (Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-2022-10-diplomatie.txt").exists(),
                    reason="shared example not present")
def test_render_browser_seed_example_page(tmp_path, extractor):
    """The seed example's page shows its events; the screenshot is tests/output/seed-view.png."""
    OUTPUT.mkdir(exist_ok=True)
    from extractor.article import read_article
    seed = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-2022-10-diplomatie.txt"
    article = read_article(seed)
    record = extractor.extract_article(article).model_dump(mode="json")
    page = tmp_path / "seed-view.html"
    render.write([record], "html", page, texts={record["article"]: article.text})
    dom = render_in_browser(page, OUTPUT / "seed-view.png", tmp_path)
    assert 'data-js="ready"' in dom
    table = dom.split('data-role="events"', 1)[1].split("</table>", 1)[0]
    assert len(re.findall(r"<tr id=\"a1-E\d+\"", table)) == len(record["events"]) == 10
