"""Every public scenario, answered through the wizard, gives the result `assess` gives."""

import datetime as dt
import json

import pytest

from screening.questions.implied import with_implied
from screening.rules import Answers, AnswersError, assess, prune
from screening.wizard import date_input
from tests.conftest import load_scenarios
from tests.scenario_check import check
from tests.walker import APPLICANT, walk

from .conftest import MANAGEMENT

pytestmark = pytest.mark.django_db


def _valid(scenario):
    try:
        Answers.from_dict(scenario["answers"])
    except AnswersError:
        return False
    return True


SCENARIOS = [s for s in load_scenarios() if _valid(s)]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["file"][:2] for s in SCENARIOS])
def test_a_scenario_through_the_wizard_gives_the_same_result(client, scenario, monkeypatch):
    # a scenario's dates are in the future of its own date: the wizard judges them from there
    scenario_day = dt.date.fromisoformat(scenario["as_of"])
    monkeypatch.setattr(date_input, "today", lambda: scenario_day)
    answers = scenario["answers"]
    filled = walk(client, APPLICANT, answers).filled
    response = client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    assert response["Location"] == "/result/"
    stored = client.session["screening_result"]
    # what the wizard collects: the scenario's answers that apply, plus any it had to ask, plus
    # what an earlier answer implies (a U.S.-citizen parent named on the family step)
    expected_answers = prune(with_implied(prune({**answers, **filled})))
    assert stored["answers"] == expected_answers
    as_of = dt.date.fromisoformat(stored["as_of"])
    assert as_of == dt.date.today()
    expected = assess(Answers.from_dict(expected_answers), as_of)
    got = assess(Answers.from_dict(stored["answers"]), as_of)
    assert got.to_dict() == expected.to_dict()
    # and on the scenario's own date everything it expects (verdicts, fees, flags, alternatives,
    # and what must not appear) holds for what the wizard collected
    on_date = assess(Answers.from_dict(stored["answers"]), dt.date.fromisoformat(scenario["as_of"]))
    expect = {k: v for k, v in scenario["expect"].items() if k != "ignored_answers"}
    assert check(expect, 0, json.dumps(on_date.to_dict()), "") == []
