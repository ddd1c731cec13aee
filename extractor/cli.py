"""The ``extract`` command: thin, it parses arguments and calls the functions below it.

Exit codes: 0 every input processed; 1 some input failed (the others are still
written); 2 usage error.  A user error never shows a traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click

from . import __version__
from .errors import ExtractorError

EXTRACT_EPILOG = """\b
Examples:
  extract corpus/articles/a01-*.txt            one article, pretty JSON
  extract corpus/articles -o events.jsonl       a folder, JSONL, one record an article
  extract news.jsonl.gz -o out.jsonl --resume   a big corpus, resumable
  extract article.txt --format html -o view.html
  extract article.txt --format gold > draft.json   a gold draft to correct by hand
  cat article.txt | extract - --published 2022-10-24
  extract evaluate corpus/gold                  score against hand-labelled gold files
\b
Without de_core_news_lg the embedded German pipeline runs; for full accuracy:
  python -m spacy download de_core_news_lg
"""

FORMATS = ("json", "jsonl", "gold", "html", "csv", "parquet")


def _check_published(ctx, param, value):
    if value is None:
        return None
    from .schema import valid_partial_iso  # not at import time: `extract --version` stays fast
    try:
        return valid_partial_iso(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command(name="extract", epilog=EXTRACT_EPILOG,
               context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="json (one article, pretty), jsonl, gold (a gold-file draft), html, csv, parquet. "
                   "Default: json for one article, jsonl for many; from -o's suffix when given.")
@click.option("--model", default=None, metavar="NAME_OR_PATH",
              help="spaCy German pipeline to use (default de_core_news_lg, else the embedded one).")
@click.option("--published", default=None, callback=_check_published, metavar="DATE",
              help="Publication date (YYYY[-MM[-DD]]) for every input; overrides the header.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Worker processes, each loading the pipeline once (default: all cores; 1: in this process).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run locally or on a Dask cluster (needs: pip install 'extractor[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster of --workers processes).")
@click.option("--resume", is_flag=True,
              help="Continue -o OUTPUT.jsonl: skip articles already in it, cut off a torn last line.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no warnings; errors and the summary still show.")
@click.version_option(__version__, "-V", "--version", prog_name="extract")
def extract_command(inputs, output, fmt, model, published, workers, engine, scheduler, resume, quiet):
    """Extract contact events (calls, meetings, talks, letters) from German news articles.

    INPUT is a text file (optional header line `date YYYY-MM[-DD] TITLE`), a .json
    record, a .jsonl(.gz) file of records {id, published, title, text}, a folder
    (searched recursively), or - for standard input.
    """
    _check_extract_usage(output, fmt, engine, scheduler, resume)
    from .batch import run_extract
    code = run_extract(inputs=list(inputs), output=output, fmt=fmt, model=model, published=published,
                       workers=workers, engine=engine, scheduler=scheduler, resume=resume, quiet=quiet)
    sys.exit(code)


def _check_extract_usage(output, fmt, engine, scheduler, resume) -> None:
    """Option combinations that cannot work: usage errors (exit 2) before anything loads."""
    if resume:
        if output is None:
            raise click.UsageError("--resume continues an output file: give -o OUTPUT.jsonl")
        from .batch import default_format
        if default_format([], output, fmt) != "jsonl":
            raise click.UsageError("--resume works with JSON lines output: use -o OUTPUT.jsonl (or --format jsonl)")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for the Dask engine: add --engine dask")
    if engine == "dask":
        from .engines import DASK_INSTALL_HINT, dask_available
        if not dask_available():
            raise click.UsageError(f"--engine dask needs Dask, which is not installed. Install it with: "
                                   f"{DASK_INSTALL_HINT} (or use the default --engine local)")


@click.command(name="evaluate", context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...")
@click.option("--articles", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with the articles (default: beside the gold file or a sibling articles/).")
@click.option("--pred", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Score existing output (JSONL records) instead of running the extractor.")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="spaCy German pipeline to use.")
@click.option("--errors", "show_errors", is_flag=True, help="List each miss, false alarm and wrong attribute.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write an HTML report.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when event F1 is below this.")
def evaluate_command(gold, articles, pred, model, show_errors, as_json, html_path, min_f1):
    """Score the extractor against hand-labelled gold files (files or folders).

    Matching follows the annotation guidelines (corpus/GUIDELINES.md): events pair
    one-to-one when their participant sets are equal; type, date, initiator and
    status are then scored on the pairs.
    """
    from .evaluate import run_evaluate
    sys.exit(run_evaluate(list(gold), articles=articles, pred=pred, model=model, show_errors=show_errors,
                          as_json=as_json, html_path=html_path, min_f1=min_f1))


def main(argv: Optional[list[str]] = None) -> int:
    code = _run(argv)
    engines = sys.modules.get(f"{__package__}.engines")  # not imported: no pool ran (--version, --help)
    if engines is not None:
        engines.exit_now_after_stopped_pools(code)
    return code


def _run(argv: Optional[list[str]]) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = evaluate_command if argv[:1] == ["evaluate"] else extract_command
    if command is evaluate_command:
        argv = argv[1:]
    try:
        command.main(args=argv, prog_name="extract evaluate" if command is evaluate_command else "extract",
                     standalone_mode=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except ExtractorError as exc:
        click.echo(f"extract: error: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("extract: interrupted", err=True)
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
