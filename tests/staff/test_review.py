"""Review: a reviewed case offers "Reopen for review" (attorneys) instead of "Mark reviewed"."""

import pytest
from django.urls import reverse

from screening.models import AuditEvent, Status

from .conftest import opened_now

pytestmark = pytest.mark.django_db


def page(client, case) -> str:
    return client.get(reverse("staff:case_detail", args=[case.reference])).content.decode()


def review(client, case):
    return client.post(reverse("staff:mark_reviewed", args=[case.reference]), opened_now(case))


def reopen(client, case):
    return client.post(reverse("staff:reopen_review", args=[case.reference]), opened_now(case))


def test_a_reviewed_case_offers_reopen_not_mark_reviewed(attorney_client, medical_case):
    assert "Mark reviewed" in page(attorney_client, medical_case)
    review(attorney_client, medical_case)
    html = page(attorney_client, medical_case)
    assert "Mark reviewed" not in html
    assert "Reopen for review" in html
    assert "Reviewed by ana_attorney on" in html


def test_a_paralegal_sees_who_reviewed_but_no_review_buttons(
    attorney_client, paralegal_client, medical_case
):
    review(attorney_client, medical_case)
    html = page(paralegal_client, medical_case)
    assert "Reviewed by ana_attorney on" in html
    assert "Mark reviewed" not in html and "Reopen for review" not in html
    assert reopen(paralegal_client, medical_case).status_code == 403


def test_reviewing_twice_keeps_the_first_review(attorney_client, medical_case):
    review(attorney_client, medical_case)
    medical_case.refresh_from_db()
    first = medical_case.reviewed_at
    review(attorney_client, medical_case)
    medical_case.refresh_from_db()
    assert medical_case.reviewed_at == first
    assert AuditEvent.objects.filter(action="reviewed").count() == 1


def test_reopen_clears_the_review_and_records_who_had_reviewed(attorney_client, medical_case):
    review(attorney_client, medical_case)
    medical_case.refresh_from_db()
    reviewed_at = medical_case.reviewed_at
    response = reopen(attorney_client, medical_case)
    assert response.status_code == 302
    medical_case.refresh_from_db()
    assert medical_case.status == Status.IN_REVIEW
    assert medical_case.reviewed_by is None and medical_case.reviewed_at is None
    event = AuditEvent.objects.get(action="review_cleared")
    assert event.case_reference == medical_case.reference
    assert event.username == "ana_attorney"
    assert event.detail == {"reason": "reopened", "reviewed_by": "ana_attorney"}
    assert event.at >= reviewed_at
    html = page(attorney_client, medical_case)
    assert "Mark reviewed" in html and "Reopen for review" not in html
    assert "because an attorney reopened it for review" in html


def test_reopening_a_case_that_is_not_reviewed_changes_nothing(attorney_client, medical_case):
    reopen(attorney_client, medical_case)
    medical_case.refresh_from_db()
    assert medical_case.status == Status.SCREENED
    assert not AuditEvent.objects.filter(action="review_cleared").exists()


# ---------------------------------------------------------------------------------------------
# The empty case list


def test_an_empty_list_without_filters_says_there_are_no_cases_and_how_to_start(
    paralegal_client,
):
    html = paralegal_client.get(reverse("staff:case_list")).content.decode()
    assert "There are no cases yet." in html
    assert "No case matches these filters." not in html
    assert f'href="{reverse("staff:case_new")}"' in html
    assert "Start a case" in html


def test_an_empty_list_with_filters_says_no_case_matches(paralegal_client, medical_case):
    html = paralegal_client.get(reverse("staff:case_list"), {"q": "Nobody"}).content.decode()
    assert "No case matches these filters." in html
    assert "There are no cases yet." not in html
