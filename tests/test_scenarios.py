"""Every public scenario (tests/scenarios/*.json) through `manage.py screen` and through `assess`
(the same expectations checked against `assess` called directly, which is what the wizard, the
result page and the PDF use), and the checker itself (tests/scenario_check.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from screening.rules import AnswersError, assess
from tests.scenario_check import SCENARIO_FILES, check, load, screen


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
