"""Every public scenario (tests/scenarios/*.json) through `manage.py screen` and through `assess`.

The checking logic is a copy of ../shared/tools/check_scenarios.py (the project must not depend on
../shared), so a scenario passes here exactly when the shared checker would accept it. The same
expectations are then checked against `assess` called directly, which is what the wizard, the
result page and the PDF use.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from screening.rules import AnswersError, assess

ROOT = Path(__file__).resolve().parent.parent
SCENARIO_DIR = Path(__file__).resolve().parent / "scenarios"
SCENARIO_FILES = sorted(SCENARIO_DIR.glob("*.json"))


# ---------------------------------------------------------------------------------------------
# Copied from ../shared/tools/check_scenarios.py (functions `by_id` and `check`), unchanged in
# behaviour: `check(expect, exit_code, stdout, stderr)` returns a list of problems.


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


# ---------------------------------------------------------------------------------------------
# Helpers


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


def run_through_assess(scenario: dict) -> tuple[int, str, str]:
    """What `screen` would print, produced by calling `assess` directly."""
    try:
        result = assess(scenario["answers"], dt.date.fromisoformat(scenario["as_of"]))
    except AnswersError as error:
        return 2, "", "\n".join(f"{key}: {why}" for key, why in error.problems.items())
    return 0, json.dumps(result.to_dict()), ""


def test_the_public_scenarios_are_present():
    assert len(SCENARIO_FILES) >= 17
    for path in SCENARIO_FILES:
        scenario = load(path)
        assert {"name", "as_of", "answers", "expect"} <= scenario.keys(), path.name


# ---------------------------------------------------------------------------------------------
# Every scenario, both ways


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=[p.name for p in SCENARIO_FILES])
def test_scenario_passes_through_the_screen_command(path, tmp_path):
    scenario = load(path)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(scenario["answers"]), encoding="utf-8")
    run = screen(str(answers), "--as-of", scenario["as_of"])
    assert check(scenario["expect"], run.returncode, run.stdout, run.stderr) == []
    if run.returncode == 0:
        assert json.loads(run.stdout)["as_of"] == scenario["as_of"]
        assert run.stderr == ""


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=[p.name for p in SCENARIO_FILES])
def test_scenario_passes_through_assess(path):
    scenario = load(path)
    code, out, err = run_through_assess(scenario)
    assert check(scenario["expect"], code, out, err) == []


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=[p.name for p in SCENARIO_FILES])
def test_screen_prints_what_assess_returns(path, tmp_path):
    scenario = load(path)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(scenario["answers"]), encoding="utf-8")
    run = screen(str(answers), "--as-of", scenario["as_of"])
    code, out, _ = run_through_assess(scenario)
    assert run.returncode == code
    if code == 0:
        assert json.loads(run.stdout) == json.loads(out)


# ---------------------------------------------------------------------------------------------
# The checker itself: it must be able to fail, or a passing scenario proves nothing


def test_checker_reports_a_wrong_verdict_and_a_missing_flag():
    out = json.dumps(
        {"pathways": [{"id": "humanitarian_parole", "verdict": "possible"}], "flags": []}
    )
    expect = {"pathways": {"humanitarian_parole": "likely"}, "flags": ["visa_available"]}
    assert check(expect, 0, out, "") == [
        "pathway humanitarian_parole: verdict 'possible', expected likely",
        "flag visa_available missing",
    ]


def test_checker_reports_every_kind_of_expectation():
    out = json.dumps(
        {
            "pathways": [{"id": "re_parole", "verdict": "likely", "files": "self"}],
            "forms": [{"id": "I-131F"}],
            "fees": [{"id": "parole_fee", "exempt": False}],
            "evidence": [{"id": "i94_record", "have": True}],
            "urgency": "standard",
            "ignored_answers": [],
        }
    )
    expect = {
        "pathways": {"re_parole": ["possible", "unlikely"]},
        "pathway_files": {"re_parole": "agency"},
        "forms": ["I-131"],
        "no_forms": ["I-131F"],
        "forms_any": [["I-134", "I-134A"]],
        "fees": {"parole_fee": {"exempt": True}, "i941_filing_fee": {"exempt": False}},
        "alternatives": ["asylum"],
        "urgency": "urgent",
        "evidence_needed": ["i94_record"],
        "ignored_answers": ["military_service"],
    }
    assert len(check(expect, 0, out, "")) == 11


def test_checker_reports_every_negative_expectation():
    out = json.dumps(
        {
            "pathways": [{"id": "humanitarian_parole", "verdict": "likely"}],
            "fees": [{"id": "i131_filing_fee"}],
            "flags": [{"id": "expedite_request"}],
            "alternatives": [{"id": "tps"}],
        }
    )
    expect = {
        "not_verdicts": {"humanitarian_parole": ["likely", "unlikely"]},
        "absent_pathways": ["humanitarian_parole"],
        "no_fees": ["i131_filing_fee"],
        "no_flags": ["expedite_request"],
        "no_alternatives": ["tps"],
    }
    assert check(expect, 0, out, "") == [
        "pathway humanitarian_parole: verdict 'likely' must not be given",
        "pathway humanitarian_parole must not be listed",
        "fee i131_filing_fee must not be listed",
        "flag expedite_request must not be raised",
        "alternative tps must not be offered",
    ]
    assert check(expect | {"absent_pathways": []}, 0, json.dumps({}), "") == []


def test_checker_reports_stdout_on_bad_input_and_an_unnamed_key():
    problems = check({"exit": 2, "stderr_mentions": ["goal"]}, 2, "{}", "location: bad")
    assert problems == ["printed to stdout on bad input", "stderr does not name 'goal'"]
    assert check({}, 2, "", "boom") == ["exit status 2, expected 0 (boom)"]


# ---------------------------------------------------------------------------------------------
# The command's input handling (README, `manage.py screen`)

VALID = {"location": "outside_us", "goal": "come_to_us", "reasons": ["funeral"]}


def test_screen_reads_answers_from_standard_input():
    run = screen("-", "--as-of", "2026-11-28", stdin=json.dumps(VALID))
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["as_of"] == "2026-11-28"
    assert "humanitarian_parole" in {p["id"] for p in result["pathways"]}


def test_screen_defaults_to_today():
    run = screen("-", stdin=json.dumps(VALID))
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["as_of"] == dt.date.today().isoformat()


def test_screen_refuses_input_that_is_not_json():
    run = screen("-", "--as-of", "2026-11-28", stdin="{location: outside_us")
    assert run.returncode == 2
    assert run.stdout == ""
    assert "not valid JSON" in run.stderr


def test_screen_refuses_a_json_value_that_is_not_an_object():
    run = screen("-", "--as-of", "2026-11-28", stdin='["outside_us"]')
    assert run.returncode == 2
    assert run.stdout == ""
    assert "JSON object" in run.stderr


def test_screen_refuses_an_impossible_date():
    answers = VALID | {"needed_by": "2026-02-30"}
    run = screen("-", "--as-of", "2026-11-28", stdin=json.dumps(answers))
    assert run.returncode == 2
    assert run.stdout == ""
    assert "needed_by" in run.stderr
    assert "not a real calendar date" in run.stderr


def test_screen_refuses_a_wrong_type():
    answers = VALID | {"beneficiary_is_minor": "yes"}
    run = screen("-", "--as-of", "2026-11-28", stdin=json.dumps(answers))
    assert run.returncode == 2
    assert run.stdout == ""
    assert "beneficiary_is_minor: must be true or false" in run.stderr


def test_screen_refuses_a_value_outside_its_list():
    answers = VALID | {"visa_option": "maybe"}
    run = screen("-", "--as-of", "2026-11-28", stdin=json.dumps(answers))
    assert run.returncode == 2
    assert run.stdout == ""
    assert "visa_option: 'maybe' is not one of" in run.stderr


def test_screen_names_every_bad_key_at_once():
    answers = {
        "location": "mars",
        "goal": 3,
        "court_date": "2026-13-01",
        "reasons": ["funeral", "holiday"],
        "favourite_colour": "blue",
        "startup_ownership_percent": 150,
    }
    run = screen("-", "--as-of", "2026-11-28", stdin=json.dumps(answers))
    assert run.returncode == 2
    assert run.stdout == ""
    named = {line.strip().split(":")[0] for line in run.stderr.splitlines()[1:]}
    assert named == set(answers)


def test_screen_refuses_a_bad_as_of_date():
    for bad in ("2026-02-30", "28/11/2026", "tomorrow"):
        run = screen("-", "--as-of", bad, stdin=json.dumps(VALID))
        assert run.returncode == 2, bad
        assert run.stdout == ""
        assert "--as-of" in run.stderr


def test_screen_names_bad_keys_and_a_bad_as_of_date_together():
    answers = VALID | {"location": "mars", "favourite_colour": "blue"}
    run = screen("-", "--as-of", "2026-13-01", stdin=json.dumps(answers))
    assert run.returncode == 2
    assert run.stdout == ""
    for word in ("--as-of", "location", "favourite_colour"):
        assert word in run.stderr


def test_screen_refuses_json_null():
    run = screen("-", stdin="null")
    assert run.returncode == 2
    assert run.stdout == ""
    assert "JSON object" in run.stderr


def test_screen_refuses_a_missing_file(tmp_path):
    run = screen(str(tmp_path / "nope.json"), "--as-of", "2026-11-28")
    assert run.returncode == 2
    assert run.stdout == ""
    assert "cannot be read" in run.stderr


def test_screen_lists_answers_that_do_not_apply_without_refusing_them():
    answers = VALID | {"military_service": "active_duty", "entry": "paroled"}
    run = screen("-", "--as-of", "2026-11-28", stdin=json.dumps(answers))
    assert run.returncode == 0, run.stderr
    assert set(json.loads(run.stdout)["ignored_answers"]) == {"military_service", "entry"}
