#!/usr/bin/env python
"""Nightly fuzzing: the properties of tests/test_fuzz.py with many more, random, examples.

    python scripts/fuzz_nightly.py                   # 20,000 examples per property
    python scripts/fuzz_nightly.py -n 2000 --only unicode articles
    python scripts/fuzz_nightly.py --seed 42         # reproduce a run

Failures found are kept in .hypothesis/nightly (Hypothesis' example database),
so the next run (and a developer re-running it) tries them first.  Exit code:
0 all properties held, 1 a property failed (the minimal failing example is
printed).
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis.database import DirectoryBasedExampleDatabase

    from extractor.engines import get_extractor
    from tests.test_fuzz import PROPERTIES

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--examples", type=int, default=20_000, help="examples per property")
    parser.add_argument("--only", nargs="*", choices=sorted(PROPERTIES), help="run only these properties")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: a fresh one)")
    args = parser.parse_args(argv)

    extractor = get_extractor()
    database = DirectoryBasedExampleDatabase(str(ROOT / ".hypothesis" / "nightly"))
    failed = []
    for name in args.only or sorted(PROPERTIES):
        strategies, prop = PROPERTIES[name]

        def run(**kwargs):
            prop(extractor, **kwargs)

        test = settings(max_examples=args.examples, deadline=None, database=database, derandomize=False,
                        suppress_health_check=list(HealthCheck))(given(**strategies)(run))
        if args.seed is not None:
            test = seed(args.seed)(test)
        started = time.perf_counter()
        try:
            test()
        except Exception:  # hypothesis re-raises the minimal failing example's error
            failed.append(name)
            print(f"FAIL {name}:", file=sys.stderr)
            traceback.print_exc()
        else:
            print(f"ok   {name}: {args.examples} examples in {time.perf_counter() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
