"""The walker (`tests/walker.py`) keeps unrelated tests walking when the wizard gains a required
question: here a test schema gains one of each kind on the steps every medical screening passes,
and one whose first choice would open a step the medical screening never visits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from django.urls import reverse

import screening.questions.describe
import screening.rules.answers
from screening.models import Case, Status
from screening.questions import QUESTIONS, STEP_BY_NAME, STEP_OF_KEY, Question
from screening.rules.schema import FIELDS, Field
from screening.wizard.step_forms import STEP_FORMS
from tests.helpers import MEDICAL_ANSWERS
from tests.staff.conftest import (  # noqa: F401 (fixtures)
    paralegal,
    paralegal_client,
    persona_client,
)
from tests.walker import APPLICANT, intake, page_values, post_step, step_of, walk

pytestmark = pytest.mark.django_db

IN_FOUR_MONTHS = (dt.date.today() + dt.timedelta(days=120)).isoformat()


def _heard_from_a_lawyer(answers) -> bool:
    return answers.get("test_heard_from") == "a_lawyer"


def _always(answers) -> bool:
    return True


# (step, the new field, its question): every one required, none of them named by the tests.
NEW_QUESTIONS = [
    (
        "situation",
        Field("test_heard_from", "enum", "who sent the person", _always, ("a_lawyer", "a_friend")),
        Question(
            "Who told you about us?", choices={"a_lawyer": "A lawyer", "a_friend": "A friend"}
        ),
    ),
    # asked only after "a lawyer", on a step a medical screening never visits
    (
        "startup",
        Field("test_lawyer_known", "bool", "whether the lawyer is known", _heard_from_a_lawyer),
        Question("Do you know the lawyer's name?", unsure=False),
    ),
    (
        "about_you",
        Field("test_speaks_english", "bool", "whether the person speaks English", _always),
        Question("Do you speak English?", unsure=False),
    ),
    (
        "support",
        Field("test_people_in_home", "integer", "people in the home", _always, minimum=1),
        Question("How many people live in your home?", optional=False),
    ),
    (
        "history",
        Field("test_languages", "enum_list", "languages spoken", _always, ("es", "fr")),
        Question("Which languages do you speak?", choices={"es": "Spanish", "fr": "French"}),
    ),
    (
        "timing",
        Field("test_call_on", "date", "the day to call the person", _always),
        Question("When can we call you?", optional=False, when="future"),
    ),
]

# What the walker answers for them on the medical path: the neutral value, and the second choice
# of the first question, because its first choice would open the startup step.
WALKER_ANSWERS = {
    "test_heard_from": "a_friend",
    "test_speaks_english": False,
    "test_people_in_home": 1,
    "test_languages": ["es"],
    "test_call_on": IN_FOUR_MONTHS,
}


@pytest.fixture
def baseline_steps(client) -> list[str]:
    """The steps a medical screening visits before any question is added."""
    visited = walk(client, APPLICANT, MEDICAL_ANSWERS).visited
    client.post("/screen/", {"start_again": "1"})
    return visited


@pytest.fixture
def new_questions(monkeypatch):
    """The test schema: the wizard, the rules' validation and the answer rows all know them."""
    fields = tuple(field for _step, field, _question in NEW_QUESTIONS)
    for step, field, question in NEW_QUESTIONS:
        monkeypatch.setitem(FIELDS, field.key, field)
        monkeypatch.setitem(QUESTIONS, field.key, question)
        monkeypatch.setitem(STEP_OF_KEY, field.key, step)
        grown = dataclasses.replace(STEP_BY_NAME[step], keys=(*STEP_BY_NAME[step].keys, field.key))
        monkeypatch.setitem(STEP_BY_NAME, step, grown)
        monkeypatch.setattr(STEP_FORMS[step], "step", grown)
    for module in (screening.rules.answers, screening.questions.describe):
        monkeypatch.setattr(module, "SCHEMA", module.SCHEMA + fields)


def test_the_new_questions_are_required(client, new_questions):
    """Without the walker's answers the steps are refused: the test schema really changed."""
    outside = {"location": "outside_us", "goal": "come_to_us"}
    page = post_step(client, APPLICANT, "situation", outside, fill=False)
    assert page.status_code == 200
    assert "id_situation-test_heard_from" in {e["anchor"] for e in page.context["errors"]}
    assert step_of(post_step(client, APPLICANT, "situation", outside)) == "about_you"
    page = post_step(client, APPLICANT, "about_you", {"citizenship": "NG"}, fill=False)
    assert "id_about_you-test_speaks_english" in {e["anchor"] for e in page.context["errors"]}


def test_an_unrelated_screening_walks_the_same_path_to_its_result(
    client, baseline_steps, new_questions
):
    walked = walk(client, APPLICANT, MEDICAL_ANSWERS)
    assert walked.visited == baseline_steps and "startup" not in walked.visited
    assert {key: walked.filled[key] for key in WALKER_ANSWERS} == WALKER_ANSWERS
    assert "Who told you about us?" in client.get("/screen/check/").content.decode()
    response = client.post("/screen/check/", {APPLICANT.management: "check", "confirm": "1"})
    assert response["Location"] == "/result/"
    assert "Humanitarian parole" in client.get("/result/").content.decode()


def test_single_step_posts_move_on_as_before(client, new_questions):
    """The wizard tests' one-step posts: each names only its story's answers."""
    assert (
        step_of(
            post_step(
                client, APPLICANT, "situation", {"location": "outside_us", "goal": "come_to_us"}
            )
        )
        == "about_you"
    )
    about = {"citizenship": "NG", "beneficiary_is_minor": False, "special_categories": []}
    assert step_of(post_step(client, APPLICANT, "about_you", about)) == "reasons"
    response = post_step(client, APPLICANT, "reasons", {"reasons": ["medical_treatment"]})
    assert step_of(response) == "medical"


def test_a_test_that_names_the_answer_takes_its_branch(client, new_questions):
    walked = walk(client, APPLICANT, MEDICAL_ANSWERS | {"test_heard_from": "a_lawyer"})
    assert "startup" in walked.visited
    assert walked.filled["test_lawyer_known"] is False


def test_a_staff_intake_completes_and_screens_the_case(paralegal_client, new_questions):  # noqa: F811
    paralegal_client.post(reverse("staff:case_new"), {"client_name": "Ngozi Okafor"})
    case = Case.objects.get()
    walked = walk(paralegal_client, intake(case), MEDICAL_ANSWERS)
    assert "startup" not in walked.visited
    response = post_step(paralegal_client, intake(case), "check", {}, extra={"confirm": "1"})
    assert response["Location"] == reverse("staff:case_detail", args=[case.reference])
    case.refresh_from_db()
    assert case.status == Status.SCREENED
    assert case.answers["test_heard_from"] == "a_friend"
    assert case.verdict_summary == {"humanitarian_parole": "likely"}


def test_a_browser_page_gets_the_same_answers(new_questions):
    """The browser tests' fillers ask the walker for each input on the page."""
    names = ["situation-location", "situation-goal", "situation-test_heard_from"]
    values = page_values("situation", names, {"location": "outside_us", "goal": "come_to_us"})
    assert values == {
        "situation-location": "outside_us",
        "situation-goal": "come_to_us",
        "situation-test_heard_from": "a_friend",
    }
    names = ["timing-test_call_on_0", "timing-test_call_on_1", "timing-test_call_on_2"]
    year, month, day = IN_FOUR_MONTHS.split("-")
    assert page_values("timing", names, MEDICAL_ANSWERS | {"needed_by": None}) == {
        "timing-test_call_on_0": month,
        "timing-test_call_on_1": day,
        "timing-test_call_on_2": year,
    }
