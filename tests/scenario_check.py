"""The scenario files (tests/scenarios/*.json), how a scenario's expectations are checked against
what `manage.py screen` prints, and running that command as a user would.

The checking logic is that of the public scenario checker the scenarios come with (the project
keeps its own copy), so a scenario passes here exactly when that checker would accept it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIO_DIR = Path(__file__).resolve().parent / "scenarios"
SCENARIO_FILES = sorted(SCENARIO_DIR.glob("*.json"))


# The public scenario checker's logic (functions `by_id` and `check`), unchanged in behaviour:
# `check(expect, exit_code, stdout, stderr)` returns a list of problems.


def by_id(items):
    return {item.get("id"): item for item in items or [] if isinstance(item, dict)}


def check(expect, code, out, err):
    problems = []
    want_exit = expect.get("exit", 0)
    if code != want_exit:
        tail = (err or out).strip().splitlines()[-1:] or [""]
        return [f"exit status {code}, expected {want_exit} ({tail[0][:160]})"]
    if want_exit != 0:
        if out.strip():
            problems.append("printed to stdout on bad input")
        for word in expect.get("stderr_mentions", []):
            if word not in err:
                problems.append(f"stderr does not name {word!r}")
        return problems
    try:
        result = json.loads(out)
    except json.JSONDecodeError as exc:
        return [f"stdout is not JSON: {exc}"]

    pathways = by_id(result.get("pathways"))
    for pid, verdicts in expect.get("pathways", {}).items():
        allowed = verdicts if isinstance(verdicts, list) else [verdicts]
        got = pathways.get(pid, {}).get("verdict") if pid in pathways else None
        if got not in allowed:
            problems.append(f"pathway {pid}: verdict {got!r}, expected {' or '.join(allowed)}")
    for pid, verdicts in expect.get("not_verdicts", {}).items():
        banned = verdicts if isinstance(verdicts, list) else [verdicts]
        got = pathways.get(pid, {}).get("verdict") if pid in pathways else None
        if got in banned:
            problems.append(f"pathway {pid}: verdict {got!r} must not be given")
    for pid in expect.get("absent_pathways", []):
        if pid in pathways:
            problems.append(f"pathway {pid} must not be listed")
    for pid, who in expect.get("pathway_files", {}).items():
        got = pathways.get(pid, {}).get("files")
        if got != who:
            problems.append(f"pathway {pid}: files {got!r}, expected {who!r}")

    forms = by_id(result.get("forms"))
    for fid in expect.get("forms", []):
        if fid not in forms:
            problems.append(f"form {fid} missing")
    for fid in expect.get("no_forms", []):
        if fid in forms:
            problems.append(f"form {fid} must not be offered")
    for group in expect.get("forms_any", []):
        if not any(fid in forms for fid in group):
            problems.append(f"none of the forms {group} offered")

    fees = by_id(result.get("fees"))
    for fee_id, fields in expect.get("fees", {}).items():
        fee = fees.get(fee_id)
        if fee is None:
            problems.append(f"fee {fee_id} missing")
            continue
        for key, value in fields.items():
            if fee.get(key) != value:
                problems.append(f"fee {fee_id}: {key} is {fee.get(key)!r}, expected {value!r}")

    for fee_id in expect.get("no_fees", []):
        if fee_id in fees:
            problems.append(f"fee {fee_id} must not be listed")

    flags = by_id(result.get("flags"))
    for flag in expect.get("flags", []):
        if flag not in flags:
            problems.append(f"flag {flag} missing")
    for flag in expect.get("no_flags", []):
        if flag in flags:
            problems.append(f"flag {flag} must not be raised")
    alternatives = by_id(result.get("alternatives"))
    for alt in expect.get("alternatives", []):
        if alt not in alternatives:
            problems.append(f"alternative {alt} missing")
    for alt in expect.get("no_alternatives", []):
        if alt in alternatives:
            problems.append(f"alternative {alt} must not be offered")
    for alt in expect.get("lead_alternatives", []):
        if not alternatives.get(alt, {}).get("lead"):
            problems.append(f"alternative {alt} does not lead (shown before the pathways)")
    after = by_id(result.get("after_grant"))
    for item in expect.get("after_grant", []):
        if item not in after:
            problems.append(f"after-grant item {item} missing")
    for item in expect.get("no_after_grant", []):
        if item in after:
            problems.append(f"after-grant item {item} must not be given")
    deadlines = by_id(result.get("deadlines"))
    for did, day in expect.get("deadlines", {}).items():
        got = deadlines.get(did)
        if got is None:
            problems.append(f"deadline {did} missing")
        elif day and got.get("date") != day:
            problems.append(f"deadline {did}: {got.get('date')!r}, expected {day!r}")
    for did in expect.get("no_deadlines", []):
        if did in deadlines:
            problems.append(f"deadline {did} must not be listed")
    if "urgency" in expect and result.get("urgency") != expect["urgency"]:
        problems.append(f"urgency {result.get('urgency')!r}, expected {expect['urgency']!r}")
    evidence = by_id(result.get("evidence"))
    for eid in expect.get("evidence_needed", []):
        item = evidence.get(eid)
        if item is None or item.get("have") is not False:
            problems.append(f"evidence {eid} not listed as needed")
    ignored = set(result.get("ignored_answers") or [])
    for key in expect.get("ignored_answers", []):
        if key not in ignored:
            problems.append(f"answer {key} not listed as ignored")
    return problems


def screen(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run `manage.py screen ARGS` the way a user would, from the project root."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    return subprocess.run(
        [sys.executable, "manage.py", "screen", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
