"""Staff bring an applicant's saved screening into a case by its code, with the client there."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from screening.models import AuditAction, AuditEvent, SavedScreening, Status
from tests.staff.conftest import opened_now
from tests.walker import post_data

from .conftest import make_case

pytestmark = pytest.mark.django_db


def applicant_saves() -> str:
    applicant = Client()
    data = post_data("situation", {"location": "outside_us", "goal": "come_to_us"})
    applicant.post("/screen/situation/", data | {"save_for_later": "1"})
    page = applicant.get("/saved/")
    return re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", page.content.decode())[0]


def test_the_saved_answers_become_the_cases_draft(paralegal_client, paralegal):
    code = applicant_saves()
    case = make_case(None, status=Status.DRAFT, client_name="Walk-in Client")
    url = reverse("staff:import_saved", args=[case.reference])
    response = paralegal_client.post(url, opened_now(case, {"code": code}))
    assert response["Location"] == reverse("staff:intake_start", args=[case.reference])
    case.refresh_from_db()
    assert case.answers == {"location": "outside_us", "goal": "come_to_us"}
    assert not SavedScreening.objects.exists()  # it has done its job
    event = AuditEvent.objects.get(action=AuditAction.SAVED_SCREENING_IMPORTED)
    assert code not in str(event.detail) and code.replace("-", "") not in str(event.detail)
    intake = paralegal_client.get(response["Location"])
    assert intake.status_code == 302 and "/intake/" in intake["Location"]


def test_a_wrong_code_changes_nothing_and_says_why(paralegal_client):
    case = make_case(None, status=Status.DRAFT, client_name="Walk-in Client")
    url = reverse("staff:import_saved", args=[case.reference])
    response = paralegal_client.post(url, {"code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ"}, follow=True)
    assert "We could not find saved answers for that code" in response.content.decode()
    case.refresh_from_db()
    assert case.answers == {}


def test_the_case_page_offers_it(paralegal_client):
    case = make_case(None, status=Status.DRAFT, client_name="Walk-in Client")
    html = paralegal_client.get(reverse("staff:case_detail", args=[case.reference])).content
    assert b"Bring in answers the client saved" in html
