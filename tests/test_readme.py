"""The README's quickstart is true: CI runs exactly its test command."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quickstart_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return [line.strip() for line in block.splitlines() if line.strip()]


def test_readme_quickstart_is_two_commands():
    install_run, test = quickstart_commands()
    assert install_run.startswith("pip install . && extract corpus/articles/")
    assert (ROOT / install_run.split("extract ", 1)[1]).is_file()
    assert test.startswith("pip install '.[test]'")


def test_readme_ci_runs_the_readme_test_command():
    test_command = quickstart_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in [line.strip() for line in ci]
