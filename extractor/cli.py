"""The ``extract`` command: thin, it parses arguments and calls the functions below it.

Exit codes: 0 every input processed; 1 some input failed (the others are still
written); 2 usage error.  A user error never shows a traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click

from .version import __version__
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
  extract events records.jsonl -o world.jsonl   one world event per real-world act, across articles
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


def _check_engine(engine, scheduler) -> None:
    """--scheduler only with the Dask engine, and the Dask engine only where Dask is installed."""
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for the Dask engine: add --engine dask")
    if engine == "dask":
        from .engines import DASK_INSTALL_HINT, dask_available
        if not dask_available():
            raise click.UsageError(f"--engine dask needs Dask, which is not installed. Install it with: "
                                   f"{DASK_INSTALL_HINT} (or use the default --engine local)")


def _check_extract_usage(output, fmt, engine, scheduler, resume) -> None:
    """Option combinations that cannot work: usage errors (exit 2) before anything loads."""
    if resume:
        if output is None:
            raise click.UsageError("--resume continues an output file: give -o OUTPUT.jsonl")
        from .batch import default_format
        if default_format([], output, fmt) != "jsonl":
            raise click.UsageError("--resume works with JSON lines output: use -o OUTPUT.jsonl (or --format jsonl)")
    _check_engine(engine, scheduler)


@click.command(name="evaluate", context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...")
@click.option("--articles", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with the articles (default: beside the gold file or a sibling articles/).")
@click.option("--pred", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Score existing output (JSONL records) instead of running the extractor.")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="spaCy German pipeline to use.")
@click.option("--by-set", "by_set", is_flag=True,
              help="Score each GOLD folder as a set of its own and print the sets side by side.")
@click.option("--errors", "show_errors", is_flag=True,
              help="List each miss, false alarm and wrong attribute (not for frozen sets: totals only).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write an HTML report (not for frozen sets).")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when event F1 is below this (every set, with --by-set).")
def evaluate_command(gold, articles, pred, model, by_set, show_errors, as_json, html_path, min_f1):
    """Score the extractor against hand-labelled gold files (files or folders).

    Matching follows the annotation guidelines (corpus/GUIDELINES.md): events pair
    one-to-one when their participant sets are equal; type, date, initiator and
    status are then scored on the pairs.  A folder with a FROZEN file (or below
    one) is a frozen test set: its total is printed, never its single errors.
    """
    sys.exit(run_evaluate(list(gold), articles=articles, pred=pred, model=model, by_set=by_set,
                          show_errors=show_errors, as_json=as_json, html_path=html_path, min_f1=min_f1))


def run_evaluate(gold: list[str], articles: Optional[Path] = None, pred: Optional[Path] = None,
                 model: Optional[str] = None, by_set: bool = False, show_errors: bool = False,
                 as_json: bool = False, html_path: Optional[Path] = None, min_f1: Optional[float] = None) -> int:
    """The ``extract evaluate`` command's work; returns the exit code."""
    import json

    from . import evaluate as ev
    frozen = [g for g in gold if ev.is_frozen(Path(g))]
    if (show_errors or html_path is not None) and frozen and not by_set:
        raise click.UsageError(f"{', '.join(frozen)} is a frozen set ({ev.FROZEN_MARKER} file): its errors are not "
                               f"listed; score it without --errors/--html, or use --by-set beside the other sets")
    results = ev.evaluate_sets(gold, articles=articles, pred=pred, model=model) if by_set else \
        {"all": ev.evaluate(gold, articles=articles, pred=pred, model=model)}
    summaries = {name: r.summary for name, r in results.items()}
    for r in results.values():
        for err in r.errors:
            print(f"extract evaluate: error: {err}", file=sys.stderr)
    if as_json:
        print(json.dumps(summaries if by_set else summaries["all"], indent=2, ensure_ascii=False))
    else:
        print(ev.format_side_by_side(summaries) if by_set else ev.format_table(summaries["all"]))
    frozen_names = {ev.set_name(g) for g in frozen}
    open_results = {n: r for n, r in results.items() if n not in frozen_names}
    if show_errors:
        for name, r in open_results.items():
            print(f"\n{name}:" if by_set else "")
            print(ev.format_problems(ev.problems(r.scores)))
        for g in (frozen if by_set else []):
            print(f"\n{ev.set_name(g)}: frozen, totals only")
    if html_path is not None:
        from .render import write_evaluation_html
        merged = ev.EvaluationResult([s for r in open_results.values() for s in r.scores],
                                     [e for r in open_results.values() for e in r.errors])
        write_evaluation_html(merged, html_path)
    code = 1 if any(r.errors for r in results.values()) else 0
    for name, s in summaries.items():
        if min_f1 is not None and s["overall"]["f1"] < min_f1:
            print(f"extract evaluate: {'' if name == 'all' else name + ': '}event F1 {s['overall']['f1']:.3f} "
                  f"is below --min-f1 {min_f1}", file=sys.stderr)
            code = 1
    return code


@click.command(name="events", context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("records", nargs=-1, required=True, metavar="RECORDS.jsonl...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output.")
@click.option("-f", "--format", "fmt", type=click.Choice(("jsonl", "csv", "parquet", "html")), default=None,
              help="jsonl (world events), csv/parquet (world-event dyads), html. Default: from -o's suffix, else jsonl.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Group in this process or as a Dask job (needs: pip install 'extractor[dask]').")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Processes of the local Dask cluster (with --engine dask and no --scheduler).")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://host:8786.")
@click.option("--partitions", type=click.IntRange(1, 100_000), default=64, show_default=True,
              help="Partition files of the streaming pass: memory is about one partition's reports.")
@click.option("--work-dir", "workdir", type=click.Path(file_okay=False), default=None,
              help="Folder for the partition files (default: a temporary one; on a Dask cluster: shared).")
@click.option("--evaluate", "gold", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Score the grouping against gold clusters (e.g. corpus/world/gold.json) instead of writing.")
@click.option("--json", "as_json", is_flag=True, help="With --evaluate: print the scores as JSON.")
@click.option("--min-f1", type=float, default=None, help="With --evaluate: exit 1 when B-cubed F1 is below this.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings; the summary still shows.")
def events_command(records, output, fmt, engine, workers, scheduler, partitions, workdir, gold, as_json, min_f1,
                   quiet):
    """Group the records that `extract` wrote into world events: one per real-world contact act,
    with every article event that reports it (docs/world.md)."""
    _check_engine(engine, scheduler)
    from .world import run as world_run
    if gold is not None:
        sys.exit(world_run.run_evaluate_events(list(records), gold, as_json=as_json, min_f1=min_f1))
    sys.exit(world_run.run_events(list(records), output=output, fmt=fmt, engine=engine, workers=workers,
                                  scheduler=scheduler, partitions=partitions, workdir=workdir, quiet=quiet))


#: ``extract NAME ...`` runs these; anything else is an input of ``extract`` itself.
SUBCOMMANDS = {"evaluate": evaluate_command, "events": events_command}


def main(argv: Optional[list[str]] = None) -> int:
    code = _run(argv)
    engines = sys.modules.get(f"{__package__}.engines")  # not imported: no pool ran (--version, --help)
    if engines is not None:
        engines.exit_now_after_stopped_pools(code)
    return code


def _run(argv: Optional[list[str]]) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = SUBCOMMANDS.get(argv[0], extract_command) if argv else extract_command
    if command is not extract_command:
        argv = argv[1:]
    try:
        command.main(args=argv, prog_name="extract" if command is extract_command else f"extract {command.name}",
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
