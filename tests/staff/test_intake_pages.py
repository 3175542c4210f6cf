"""Every staff intake page: the staff navigation, whose case it is, no applicant privacy note;
leaving and coming back returns to the page reached; every page is an audited view."""

import datetime as dt
import html

import pytest
from django.urls import reverse

from screening.models import AuditEvent, Case
from screening.questions import QUESTIONS
from tests.walker import APPLICANT, intake, post_step, step_of, walk

from .conftest import MEDICAL, intake_post, intake_url, make_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_case(paralegal_client):
    paralegal_client.post(reverse("staff:case_new"), {"client_name": "Ngozi Okafor"})
    return Case.objects.get()


def test_every_intake_page_has_the_staff_navigation_and_the_client(paralegal_client, new_case):
    walk(paralegal_client, intake(new_case), MEDICAL)
    steps = ["situation", "about_you", "reasons", "medical", "check"]
    for step in steps:
        page = html.unescape(paralegal_client.get(intake_url(new_case, step)).content.decode())
        assert 'aria-label="Staff"' in page and "Sign out" in page, step
        assert f'href="{reverse("staff:case_list")}"' in page, step
        assert f"Intake for case {new_case.reference}: Ngozi Okafor" in page, step
        assert "We do not ask your name" not in page, step
        assert "for this browser session only" not in page, step


def test_applicants_still_read_that_their_name_is_not_asked(client):
    post_step(client, APPLICANT, "situation", {"location": "outside_us", "goal": "come_to_us"})
    page = html.unescape(client.get("/screen/about_you/").content.decode())
    assert "We do not ask your name" in page


def test_leaving_an_unsaved_intake_and_coming_back_returns_to_the_page(paralegal_client, new_case):
    intake_post(
        paralegal_client, new_case, "situation", {"location": "outside_us", "goal": "come_to_us"}
    )
    intake_post(
        paralegal_client,
        new_case,
        "about_you",
        {"citizenship": "NG", "beneficiary_is_minor": False, "special_categories": []},
    )
    paralegal_client.get(intake_url(new_case, "reasons"))
    # The paralegal goes to the case page (nothing saved) and comes back to the intake.
    paralegal_client.get(reverse("staff:case_detail", args=[new_case.reference]))
    response = paralegal_client.get(intake_url(new_case))
    assert step_of(response) == "reasons"
    about = paralegal_client.get(intake_url(new_case, "about_you")).content.decode()
    assert '<option value="NG" selected>' in about
    new_case.refresh_from_db()
    assert new_case.answers == {}  # it came from the session, not from a saved draft


def test_coming_back_to_check_your_answers(paralegal_client):
    case = make_case(MEDICAL, client_name="Ngozi Okafor")
    walk(paralegal_client, intake(case), MEDICAL)
    intake_post(
        paralegal_client,
        case,
        "visa",
        {"visa_option": "available_in_time"},
        **{"return": "check"},
    )
    paralegal_client.get(intake_url(case, "check"))
    paralegal_client.get(reverse("staff:case_list"))
    assert step_of(paralegal_client.get(intake_url(case))) == "check"
    check = paralegal_client.get(intake_url(case, "check")).context["groups"]
    answers = {row["key"]: row["answer"] for group in check for row in group["rows"]}
    assert answers["visa_option"] == str(QUESTIONS["visa_option"].choices["available_in_time"])


def test_coming_back_after_someone_else_saved_keeps_both_and_asks(
    paralegal_client, attorney_client, new_case
):
    intake_post(
        paralegal_client, new_case, "situation", {"location": "outside_us", "goal": "come_to_us"}
    )
    attorney_client.get(intake_url(new_case))
    intake_post(
        attorney_client,
        new_case,
        "situation",
        {"location": "inside_us", "goal": "stay_in_us"},
        save_draft="1",
    )
    page = paralegal_client.get(intake_url(new_case))
    assert page.status_code == 200  # not a silent reload: the paralegal's answers are kept
    text = html.unescape(page.content.decode())
    assert "Someone saved this case's answers after you started this intake" in text
    assert "Inside the U.S." in text and "Outside the U.S." in text  # theirs, and the paralegal's
    dropped = paralegal_client.post(intake_url(new_case), {"use_saved": "1"})
    assert step_of(dropped) == "entry"  # the saved draft: inside the U.S.


def test_every_intake_page_that_shows_answers_is_an_audited_view(
    paralegal_client, new_case, monkeypatch
):
    intake_post(
        paralegal_client, new_case, "situation", {"location": "outside_us", "goal": "come_to_us"}
    )
    paralegal_client.get(intake_url(new_case, "situation"))
    paralegal_client.get(intake_url(new_case, "about_you"))
    views = AuditEvent.objects.filter(case_reference=new_case.reference, action="case_viewed")
    # Pages of one intake a few minutes apart are one view of the case...
    assert [e.detail for e in views.order_by("pk")] == [{"page": "intake", "step": "situation"}]
    monkeypatch.setattr("screening.audit.VIEW_WINDOW", dt.timedelta(0))
    paralegal_client.get(intake_url(new_case, "about_you"))
    # ...and a page opened after that is a new one.
    assert [e.detail for e in views.order_by("pk")] == [
        {"page": "intake", "step": "situation"},
        {"page": "intake", "step": "about_you"},
    ]
