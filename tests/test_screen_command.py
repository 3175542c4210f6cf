"""`manage.py screen`'s input handling, as the README shows it: answers from a file or standard
input, today by default, and a clear refusal of every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json

from tests.scenario_check import screen

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
