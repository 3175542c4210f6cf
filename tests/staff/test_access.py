"""Who sees which case, beyond the endpoint matrix (tests/staff/test_permissions.py): the case
list, no-store on staff responses, a staff login leaving an applicant's answers behind, and an
attorney's review kept or cleared."""

import html

import pytest
from django.urls import reverse

from screening.models import AuditAction, AuditEvent, Case, Status
from tests.walker import APPLICANT, intake, post_step, walk

from .conftest import MEDICAL, intake_post, intake_url, make_case

pytestmark = pytest.mark.django_db


def test_the_case_list_shows_a_paralegal_their_own_and_unassigned_cases(
    paralegal, paralegal_client, attorney_client, others_case
):
    mine = make_case(MEDICAL, client_name="Mine Client", assigned_to=paralegal)
    free = make_case(MEDICAL, client_name="Free Client")
    listed = {r["case"].reference for r in paralegal_client.get("/staff/").context["rows"]}
    assert listed == {mine.reference, free.reference}
    searched = paralegal_client.get("/staff/", {"q": "Other"}).context["rows"]
    assert searched == []
    everything = {r["case"].reference for r in attorney_client.get("/staff/").context["rows"]}
    assert everything == {mine.reference, free.reference, others_case.reference}


@pytest.mark.parametrize(
    "name", ["staff:case_list", "staff:case_detail", "staff:memo_pdf", "staff:export_json"]
)
def test_staff_pages_memos_and_exports_are_never_cached(name, attorney_client, others_case):
    args = [] if name == "staff:case_list" else [others_case.reference]
    response = attorney_client.get(reverse(name, args=args))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_staff_login_leaves_an_applicants_answers_behind(client, paralegal):
    post_step(client, APPLICANT, "situation", {"location": "outside_us", "goal": "come_to_us"})
    assert "wizard_screening_wizard" in client.session
    paralegal.set_password("correct horse battery 9")
    paralegal.save()
    client.post(
        "/accounts/login/", {"username": paralegal.username, "password": "correct horse battery 9"}
    )
    assert "wizard_screening_wizard" not in client.session
    assert "screening_result" not in client.session


def reviewed_case(attorney):
    case = make_case(MEDICAL, client_name="Reviewed Client")
    case.status = Status.REVIEWED
    case.reviewed_by = attorney
    from django.utils import timezone

    case.reviewed_at = timezone.now()
    case.save()
    return case


def test_reconfirming_unchanged_answers_keeps_the_review(paralegal_client, attorney):
    case = reviewed_case(attorney)
    walk(paralegal_client, intake(case), MEDICAL)
    response = paralegal_client.post(
        reverse("staff:intake_step", args=[case.reference, "check"]),
        {f"staff_intake_{case.reference}-current_step": "check"},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.REVIEWED and case.reviewed_by == attorney
    assert not AuditEvent.objects.filter(action=AuditAction.REVIEW_CLEARED).exists()


def test_changed_answers_clear_the_review_and_say_who_and_why(
    paralegal_client, paralegal, attorney
):
    from screening.questions import STEPS

    case = reviewed_case(attorney)
    paralegal_client.get(intake_url(case))
    step = next(s.name for s in STEPS if "medical_life_threatening" in s.keys)
    page = paralegal_client.get(intake_url(case, step))
    intake_post(paralegal_client, case, step, MEDICAL | {"medical_life_threatening": False})
    # treatment that is not life-threatening opens the question whether it is urgent
    intake_post(paralegal_client, case, "medical_urgency", {"medical_urgent": True})
    response = paralegal_client.post(
        intake_url(case, "check"), {f"staff_intake_{case.reference}-current_step": "check"}
    )
    assert response["Location"] == reverse("staff:case_detail", args=[case.reference])
    case.refresh_from_db()
    assert case.status == Status.SCREENED and case.reviewed_by is None
    event = AuditEvent.objects.get(action=AuditAction.REVIEW_CLEARED)
    assert event.username == paralegal.username
    assert event.detail == {"reason": "answers_changed", "reviewed_by": attorney.username}
    page = paralegal_client.get(reverse("staff:case_detail", args=[case.reference]))
    text = " ".join(html.unescape(page.content.decode()).split())
    assert f"The review by {attorney.username} was cleared by {paralegal.username}" in text
    assert "because the client's answers changed" in text


def test_a_new_case_is_visible_to_the_paralegal_who_made_it(paralegal_client):
    paralegal_client.post(reverse("staff:case_new"), {"client_name": "Fresh Client"})
    case = Case.objects.get()
    page = paralegal_client.get(reverse("staff:case_detail", args=[case.reference]))
    assert page.status_code == 200
