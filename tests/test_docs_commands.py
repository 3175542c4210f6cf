"""The `manage.py screen` commands the README and the docs show run as written, and the docs stand
alone: they point at nothing outside the repository."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys

import pytest

from tests.scenario_check import ROOT, SCENARIO_FILES, load, screen

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
EXAMPLE = ROOT / "docs" / "examples" / "medical-emergency-answers.json"
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def documented_screen_commands() -> list[tuple[str, str]]:
    """(document, command line) for each `manage.py screen` line inside a code block."""
    found = []
    for doc in DOCS:
        for block in FENCE.findall(doc.read_text(encoding="utf-8")):
            for line in block.splitlines():
                if re.match(r"\S*python\S* manage\.py screen ", line.strip()):
                    found.append((str(doc.relative_to(ROOT)), line.strip()))
    return found


COMMANDS = documented_screen_commands()


def test_the_docs_show_screen_commands():
    docs = {doc for doc, _line in COMMANDS}
    assert {"README.md", "docs/rules.md"} <= docs, COMMANDS


@pytest.mark.parametrize(
    ("doc", "line"), COMMANDS, ids=[f"{d}:{i}" for i, (d, _l) in enumerate(COMMANDS)]
)
def test_a_documented_screen_command_runs_as_written(doc, line):
    words = shlex.split(line.replace(".venv/bin/python", shlex.quote(sys.executable)))
    assert words[:2] == [sys.executable, "manage.py"], f"{doc}: {line}"
    stdin = None
    if "<" in words:  # `... < FILE`: the file on standard input
        at = words.index("<")
        stdin = (ROOT / words[at + 1]).read_text(encoding="utf-8")
        words = words[:at] + words[at + 2 :]
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    run = subprocess.run(
        words, cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120, env=env
    )
    assert run.returncode == 0, f"{doc}: {line}\n{run.stderr}"
    result = json.loads(run.stdout)
    assert result["pathways"] and result["rules_version"], f"{doc}: {line}"


def test_the_example_answers_are_scenario_01s():
    scenario = load(next(p for p in SCENARIO_FILES if p.name.startswith("01-")))
    assert json.loads(EXAMPLE.read_text(encoding="utf-8")) == scenario["answers"]


def test_a_scenario_file_given_to_screen_is_refused_with_what_to_give_instead():
    path = next(p for p in SCENARIO_FILES if p.name.startswith("01-"))
    run = screen(str(path), "--as-of", "2026-11-28")
    assert run.returncode == 2 and run.stdout == ""
    assert "a scenario file" in run.stderr and '"answers"' in run.stderr
    assert "unknown answer key" not in run.stderr


# the names of the files outside (written so that this line does not name them itself)
OUTSIDE = re.compile(r"C[A]TALOGUE|parole-f[a]cts|/work/sh[a]red")


def test_nothing_points_at_files_outside_the_repository():
    """The docs, the code and the tests cite our own docs and the facts register, never files a
    newcomer does not have."""
    roots = [ROOT / "README.md", ROOT / "docs", ROOT / "screening", ROOT / "tests"]
    roots += [ROOT / "templates", ROOT / "scripts", ROOT / "benchmarks", ROOT / "parole_screen"]
    files = [p for root in roots for p in ([root] if root.is_file() else root.rglob("*"))]
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in files
        if path.is_file() and path.suffix in (".py", ".md", ".html", ".txt", ".json")
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(text)
    ]
    assert found == []


def table_problems(text: str) -> list[str]:
    """Markdown table rows outside a table (no header and |---| row above them), or with another
    number of cells than their header (a `|` inside a cell must be written `\\|`)."""
    problems, columns = [], None
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if not line.startswith("|"):
            columns = None
            continue
        cells = len(re.split(r"(?<!\\)\|", line.strip().strip("|")))
        following = lines[number] if number < len(lines) else ""
        if columns is None and re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", following.strip()):
            columns = cells  # a header row
        elif columns is None:
            problems.append(f"{number}: a row outside a table: {line[:60]}")
        elif cells != columns and not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line.strip()):
            problems.append(f"{number}: {cells} cells under a header of {columns}: {line[:60]}")
    return problems


@pytest.mark.parametrize("doc", DOCS, ids=[str(d.relative_to(ROOT)) for d in DOCS])
def test_every_table_in_the_docs_is_whole(doc):
    assert table_problems(doc.read_text(encoding="utf-8")) == []


def test_the_table_check_finds_a_stray_row():
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n\nProse.\n| 3 | 4 |\n| `x | y` | 5 |\n"
    assert table_problems(text) == [
        "6: a row outside a table: | 3 | 4 |",
        "7: a row outside a table: | `x | y` | 5 |",
    ]
    text = "| a | b |\n|---|---|\n| `x | y` | 5 |\n| `x \\| y` | 5 |\n"
    assert table_problems(text) == ["3: 3 cells under a header of 2: | `x | y` | 5 |"]
