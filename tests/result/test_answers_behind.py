"""The answers behind a reason name each question in the wizard's own words, answered or not:
never a schema key such as `us_relatives`."""

import pytest

from screening.result.model import result_context
from screening.rules import SCHEMA
from tests.result.conftest import VALID_SCENARIOS, assessment_for, put_result
from tests.result.test_result_page import page_text

RELATIVES_QUESTION = "Do you have any of these family members in the U.S.?"
MILITARY_SPOUSE = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "without_inspection",
    "citizenship": "MX",
    "reasons": ["military_family"],
    "military_relationship": "spouse",
    "military_service": "active_duty",
}


def result_text(client, answers: dict) -> str:
    put_result(client, answers, "2026-11-28")
    response = client.get("/result/")
    assert response.status_code == 200
    return page_text(response)


def test_relatives_not_yet_answered_show_the_question_not_the_key(client, db):
    text = result_text(client, MILITARY_SPOUSE)
    assert f"Your answers behind this: {RELATIVES_QUESTION}: not answered" in text
    assert "us_relatives" not in text


def test_relatives_answered_show_the_question_and_the_answer(client, db):
    text = result_text(client, MILITARY_SPOUSE | {"us_relatives": ["usc_parent"]})
    assert f"{RELATIVES_QUESTION}: A parent who is a U.S. citizen" in text
    assert "us_relatives" not in text


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=[s["file"][:2] for s in VALID_SCENARIOS])
def test_no_answer_behind_a_reason_is_named_by_its_key(s):
    keys = {f.key for f in SCHEMA}
    context = result_context(s["answers"], assessment_for(s))
    questions = [
        a["question"] for p in context["pathways"] for r in p["reasons"] for a in r["answers"]
    ]
    assert not keys & set(questions)
