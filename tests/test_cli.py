"""The ``extract`` command: outputs, exit codes and messages."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from extractor.schema import SCHEMA_DIR

from .conftest import SEED

ARTICLE = ("date 2023-03-10 Kanzler telefoniert mit Paris\n\nVon: Jana Krüger\n\n"
           "Bundeskanzler Olaf Scholz hat am Donnerstag mit dem französischen Präsidenten "
           "Emmanuel Macron telefoniert.\n\n(dpa)\n")


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], input=stdin, capture_output=True, cwd=cwd)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "kanzler.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def record_schema() -> dict:
    return json.loads((SCHEMA_DIR / "record.schema.json").read_text(encoding="utf-8"))


def test_cli_one_file_prints_one_valid_pretty_record(article):
    res = run(str(article))
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode().startswith("{\n")
    record = json.loads(res.stdout)
    jsonschema.validate(record, record_schema())
    assert (record["published"], record["title"], record["author"]) == ("2023-03-10", "Kanzler telefoniert mit Paris", "Jana Krüger")
    assert record["pipeline"]["name"]


def test_cli_several_inputs_print_jsonl_in_order_and_failures_exit_1(tmp_path, article):
    empty = tmp_path / "leer.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "bild.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "alt.txt"
    latin.write_bytes("date 2022-10 Titel\n\nDer Bürgermeister sprach mit dem Landrat über Straßen.".encode("latin-1"))
    res = run(str(article), str(empty), str(binary), str(latin))
    assert res.returncode == 1
    lines = [json.loads(l) for l in res.stdout.decode().splitlines()]
    assert [Path(l["article"]).name for l in lines] == ["kanzler.txt", "leer.txt", "bild.txt", "alt.txt"]
    assert "empty" in lines[1]["error"] and "PNG" in lines[2]["error"]
    assert "error" not in lines[3] and "cp1252" in lines[3]["warnings"][0]
    err = res.stderr.decode()
    assert "leer.txt" in err and "bild.txt" in err and "Traceback" not in err


def test_cli_output_file_and_folder_input(tmp_path, article):
    out = tmp_path / "out.jsonl"
    res = run(str(article.parent), "-o", str(out), "--quiet")
    assert res.returncode == 0, res.stderr
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["events"] is not None


def test_cli_stdin_and_published_option():
    res = run("-", "--published", "2022-10-24", stdin="Scholz sprach am Montag mit Macron.".encode())
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["published"] == "2022-10-24"


@pytest.mark.parametrize("args", [["--published", "2022-13-01", "x.txt"], ["--bogus", "x.txt"], []])
def test_cli_usage_errors_exit_2_without_traceback(args):
    res = run(*args)
    assert res.returncode == 2
    assert b"Traceback" not in res.stderr


def test_cli_missing_output_folder_is_a_clear_error(article, tmp_path):
    res = run(str(article), "-o", str(tmp_path / "nope" / "out.jsonl"))
    assert res.returncode == 1
    assert b"does not exist" in res.stderr and b"Traceback" not in res.stderr


def test_cli_version_and_help():
    assert run("--version").stdout.decode().strip().startswith("extract, version")
    help_text = run("--help").stdout.decode()
    assert "Examples:" in help_text and "de_core_news_lg" in help_text


def test_cli_says_which_pipeline_runs(article):
    err = run(str(article)).stderr.decode()
    assert "de_core_news_lg" in err


def test_cli_gold_draft_format(article):
    res = run(str(article), "--format", "gold")
    draft = json.loads(res.stdout)
    assert draft["article"] == "kanzler.txt" and draft["published"] == "2023-03-10"
    assert isinstance(draft["events"], list)


@pytest.mark.skipif(not SEED.exists(), reason="shared example not present")
def test_cli_seed_example_record(tmp_path):
    res = run(str(SEED))
    record = json.loads(res.stdout)
    jsonschema.validate(record, record_schema())
    assert record["published"] == "2022-10" and record["author"] == "Oliver Schmitz"
    assert record["title"].startswith("Rückkehr zur Diplomatie?")
    text = SEED.read_text(encoding="utf-8")
    for actor in record["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
