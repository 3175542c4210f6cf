"""The status menu offers only the changes allowed from the case's status: a draft can only be
closed (never "Screened", which the server would refuse), a case never moves to its own status,
and "Reviewed" comes only from an attorney's review."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from screening.models import Status
from tests.staff.conftest import MEDICAL, make_case, opened_now

pytestmark = pytest.mark.django_db


def menu(client, case) -> list[str]:
    html = client.get(reverse("staff:case_detail", args=[case.reference])).content.decode()
    form = re.search(r'<select name="status"[^>]*>(.*?)</select>', html, re.S)
    return re.findall(r'<option value="([a-z_]+)"', form[1]) if form else []


@pytest.mark.parametrize(
    ("answers", "status", "offered"),
    [
        (None, Status.DRAFT, ["closed"]),
        (MEDICAL, Status.SCREENED, ["in_review", "closed"]),
        (MEDICAL, Status.IN_REVIEW, ["screened", "closed"]),
        (MEDICAL, Status.REVIEWED, ["screened", "in_review", "closed"]),
        (MEDICAL, Status.CLOSED, ["screened", "in_review"]),
    ],
)
def test_the_menu_offers_only_the_allowed_changes(paralegal_client, answers, status, offered):
    case = make_case(answers, status=status)
    assert menu(paralegal_client, case) == offered


def test_a_draft_cannot_be_screened_and_says_why(paralegal_client):
    case = make_case(None, status=Status.DRAFT)
    url = reverse("staff:status_change", args=[case.reference])
    page = paralegal_client.post(url, opened_now(case, {"status": "screened"}), follow=True)
    assert "Finish the intake first: a draft can only be closed." in page.content.decode()
    case.refresh_from_db()
    assert case.status == Status.DRAFT


def test_a_closed_draft_says_what_reopens_it(paralegal_client):
    case = make_case(None, status=Status.CLOSED)
    html = paralegal_client.get(reverse("staff:case_detail", args=[case.reference])).content
    assert menu(paralegal_client, case) == []
    assert "No other status can be set until the intake is finished." in html.decode()


def test_choosing_the_status_it_already_has_says_so(paralegal_client):
    case = make_case(MEDICAL, status=Status.IN_REVIEW)
    url = reverse("staff:status_change", args=[case.reference])
    page = paralegal_client.post(url, opened_now(case, {"status": "in_review"}), follow=True)
    assert "The case is already “In review”." in page.content.decode()
