"""'I'm not sure' is an answer: kept with the case, shown everywhere, unknown to the rules."""

import datetime as dt
import html
import json

import pytest
from django.urls import reverse

from screening.models import Case
from screening.questions import QUESTIONS
from screening.rules import Answers, assess
from tests.walker import intake, step_of, walk

from .conftest import MEDICAL, intake_post, intake_url
from .test_memo_export import pdf_text

pytestmark = pytest.mark.django_db

KEY = "medical_costs_arranged"
QUESTION = str(QUESTIONS[KEY].text)
NOT_SURE = "I'm not sure"


@pytest.fixture
def screened(paralegal_client):
    paralegal_client.post(reverse("staff:case_new"), {"client_name": "Ngozi Okafor"})
    case = Case.objects.get()
    answers = {k: v for k, v in MEDICAL.items() if k != KEY} | {KEY: None}
    response = walk(paralegal_client, intake(case), answers).response
    assert step_of(response) == "check"
    check = html.unescape(paralegal_client.get(response["Location"]).content.decode())
    assert f"{QUESTION}</dt>" in check and NOT_SURE in check
    intake_post(paralegal_client, case, "check", {}, confirm="1")
    case.refresh_from_db()
    return case


def row_text(page: str, question: str) -> str:
    """The answer shown beside a question in an answer list."""
    after = html.unescape(page).split(f"<dt>{question}</dt>", 1)[1]
    return after.split("<dd>", 1)[1].split("</dd>", 1)[0]


def test_not_sure_is_kept_with_the_case_and_unknown_to_the_rules(screened):
    assert KEY in screened.answers and screened.answers[KEY] is None
    without = {k: v for k, v in screened.answers.items() if k != KEY}
    expected = assess(Answers.from_dict(without), dt.date.today()).to_dict()
    assert screened.assessment == expected


def test_the_case_page_shows_not_sure(paralegal_client, screened):
    page = paralegal_client.get(reverse("staff:case_detail", args=[screened.reference]))
    answers = page.content.decode().split('id="client-answers"', 1)[1]
    assert row_text(answers, QUESTION) == NOT_SURE


def test_the_memo_appendix_shows_not_sure(attorney_client, screened):
    response = attorney_client.get(reverse("staff:memo_pdf", args=[screened.reference]))
    text = " ".join(pdf_text(response.content).split())
    assert f"{QUESTION} {NOT_SURE}" in text.replace("’", "'")


def test_the_json_export_keeps_not_sure(paralegal_client, screened):
    response = paralegal_client.get(reverse("staff:export_json", args=[screened.reference]))
    payload = json.loads(response.content)
    assert payload["answers"][KEY] is None
    assert payload["answered_not_sure"] == [KEY]


def test_editing_the_answers_shows_not_sure_chosen_again(paralegal_client, screened):
    response = paralegal_client.get(intake_url(screened))
    assert step_of(response) == "check"
    page = paralegal_client.get(intake_url(screened, "medical")).content.decode()
    assert f'name="medical-{KEY}" type="radio" value="unsure" checked' in page


def test_a_draft_keeps_not_sure_too(paralegal_client):
    paralegal_client.post(reverse("staff:case_new"), {"client_name": "Ngozi Okafor"})
    case = Case.objects.get()
    walk(paralegal_client, intake(case), MEDICAL, stop_before="medical")
    intake_post(
        paralegal_client,
        case,
        "medical",
        {"medical_available_at_home": False, KEY: None},
        save_draft="1",
    )
    case.refresh_from_db()
    assert case.answers[KEY] is None
    page = paralegal_client.get(reverse("staff:case_detail", args=[case.reference]))
    assert row_text(page.content.decode().split('id="client-answers"', 1)[1], QUESTION) == NOT_SURE
