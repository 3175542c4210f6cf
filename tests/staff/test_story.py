"""The issue's "Done when", end to end through the real login page."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from screening.models import AuditEvent, Case, Status
from tests.walker import intake, step_of, walk

from .conftest import MEDICAL, intake_post, intake_url, opened_now

pytestmark = pytest.mark.django_db


def login(username, password) -> Client:
    client = Client()
    response = client.post(
        reverse("login"), {"username": username, "password": password, "next": "/staff/"}
    )
    assert response.status_code == 302 and response["Location"] == "/staff/"
    return client


def test_newcomer_story_from_setup_to_memo(monkeypatch):
    # A newcomer creates a paralegal and an attorney.
    monkeypatch.setenv("STAFF_PASSWORD", "paralegal pass phrase 1")
    call_command("setup_staff", "--username", "pat", "--role", "paralegal")
    monkeypatch.setenv("STAFF_PASSWORD", "attorney pass phrase 2")
    call_command("setup_staff", "--username", "ada", "--role", "attorney")

    # The paralegal signs in and runs an intake for a client, saving a draft part way.
    pat = login("pat", "paralegal pass phrase 1")
    response = pat.post(reverse("staff:case_new"), {"client_name": "Ngozi Okafor"})
    case = Case.objects.get()
    assert response["Location"] == intake_url(case)
    walk(pat, intake(case), MEDICAL, stop_before="medical")
    response = intake_post(
        pat,
        case,
        "medical",
        {"medical_available_at_home": False},
        fill=False,  # a half-answered page, saved as a draft
        save_draft="1",
        staff_note="Waiting for the hospital letter.",
    )
    case.refresh_from_db()
    assert case.status == Status.DRAFT and case.answers["reasons"] == ["medical_treatment"]

    # Later the paralegal resumes the draft and finishes it.
    assert step_of(pat.get(intake_url(case))) == "medical"
    response = walk(pat, intake(case), MEDICAL).response
    assert step_of(response) == "check"
    intake_post(pat, case, "check", {}, confirm="1")
    case.refresh_from_db()
    assert case.status == Status.SCREENED
    assert case.verdict_summary == {"humanitarian_parole": "likely"}

    # The attorney finds it by search, reviews it, re-screens it and downloads the memo.
    ada = login("ada", "attorney pass phrase 2")
    found = ada.get(reverse("staff:case_list"), {"q": "okafor"})
    assert [row["case"].reference for row in found.context["rows"]] == [case.reference]
    page = ada.get(reverse("staff:case_detail", args=[case.reference]))
    assert "Waiting for the hospital letter." in page.content.decode()
    ada.post(reverse("staff:mark_reviewed", args=[case.reference]), opened_now(case))
    rescreen = ada.get(reverse("staff:rescreen", args=[case.reference]))
    assert rescreen.status_code == 200
    assert "There is nothing to accept." in rescreen.content.decode()  # same rules, same day
    ada.post(reverse("staff:rescreen", args=[case.reference]))  # a stale form changes nothing
    memo = ada.get(reverse("staff:memo_pdf", args=[case.reference]))
    assert memo.status_code == 200 and memo.content.startswith(b"%PDF")

    # Every step shows in the audit log, with who did it, on the case page.
    events = AuditEvent.objects.filter(case_reference=case.reference).order_by("at", "pk")
    # The intake pages pat opened showed the client's answers: recorded as views, one row for
    # the pages of a few minutes.
    intake_views = [e.detail["step"] for e in events if e.detail.get("page") == "intake"]
    assert intake_views == ["situation"]
    trail = [(e.username, e.action) for e in events if e.detail.get("page") != "intake"]
    assert trail == [
        ("pat", "case_created"),
        ("pat", "note_added"),
        ("pat", "draft_saved"),
        ("pat", "answers_saved"),
        ("ada", "case_viewed"),
        ("ada", "reviewed"),
        ("ada", "rescreen_viewed"),
        ("ada", "memo_downloaded"),
    ]
    final = ada.get(reverse("staff:case_detail", args=[case.reference])).content.decode()
    for label in (
        "Case created",
        "Draft saved",
        "Answers saved and assessed",
        "Marked reviewed",
        "Re-screened under today&#x27;s rules",
        "Memo PDF downloaded",
    ):
        assert label in final
