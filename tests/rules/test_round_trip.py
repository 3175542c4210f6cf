"""A stored assessment (its JSON) turns back into the same Assessment, so saved cases render as
they were concluded."""

import datetime as dt

import pytest

from screening.rules import Answers, AnswersError, assess
from screening.rules.stored import assessment_from_dict
from tests.conftest import load_scenarios


def _valid_scenarios() -> list:
    cases = []
    for scenario in load_scenarios():
        try:
            Answers.from_dict(scenario["answers"])
        except AnswersError:
            continue
        cases.append(pytest.param(scenario, id=scenario["file"]))
    return cases


@pytest.mark.parametrize("scenario", _valid_scenarios())
def test_to_dict_and_back_gives_the_same_json(scenario):
    stored = assess(scenario["answers"], dt.date.fromisoformat(scenario["as_of"])).to_dict()
    assert assessment_from_dict(stored).to_dict() == stored
