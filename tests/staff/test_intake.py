"""Staff intake: the applicant wizard in staff mode, with notes, drafts, resume and edits."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils.formats import date_format

from screening.models import AuditEvent, Case, CaseSnapshot, Note, Status
from screening.rules import Answers, assess
from tests.walker import intake, step_of, walk

from .conftest import CUBAN_FAMILY, MEDICAL, intake_post, intake_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_case(paralegal_client):
    response = paralegal_client.post(
        reverse("staff:case_new"), {"client_name": "Ngozi Okafor", "client_contact": ""}
    )
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.client_name == "Ngozi Okafor"
    return case


def test_starting_a_case_needs_a_name(paralegal_client):
    response = paralegal_client.post(reverse("staff:case_new"), {"client_name": ""})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not Case.objects.exists()


def test_new_case_opens_the_intake_at_the_first_question(paralegal_client, new_case, paralegal):
    assert new_case.status == Status.DRAFT
    assert new_case.created_by == paralegal
    assert len(new_case.reference) == 12 and new_case.reference.startswith("PS-")
    response = paralegal_client.get(intake_url(new_case))
    assert step_of(response) == "situation"
    page = paralegal_client.get(response["Location"])
    html = page.content.decode()
    assert "Save draft" in html
    assert f"Internal note for case {new_case.reference}" in html


def test_save_draft_stores_partial_answers_and_resume_continues(paralegal_client, new_case):
    intake_post(
        paralegal_client,
        new_case,
        "situation",
        {"location": "outside_us", "goal": "come_to_us"},
    )
    response = intake_post(
        paralegal_client,
        new_case,
        "about_you",
        {"citizenship": "NG", "beneficiary_is_minor": False, "special_categories": []},
        save_draft="1",
        staff_note="Client came with her sister.",
    )
    assert response["Location"] == reverse("staff:case_detail", args=[new_case.reference])
    new_case.refresh_from_db()
    assert new_case.status == Status.DRAFT
    assert new_case.answers["location"] == "outside_us"
    assert new_case.answers["citizenship"] == "NG"
    assert new_case.assessment is None
    assert Note.objects.get(case=new_case).body == "Client came with her sister."
    assert AuditEvent.objects.filter(case_reference=new_case.reference, action="draft_saved")

    # Later, in another browser session: resume lands on the first unanswered step.
    paralegal_client.logout()
    paralegal_client.force_login(new_case.created_by)
    response = paralegal_client.get(intake_url(new_case))
    assert step_of(response) == "reasons"


def test_finishing_the_intake_assesses_and_marks_screened(paralegal_client, new_case):
    response = walk(paralegal_client, intake(new_case), MEDICAL).response
    check = paralegal_client.get(response["Location"])
    assert check.status_code == 200
    assert "Save draft" in check.content.decode()
    response = intake_post(paralegal_client, new_case, "check", {}, confirm="1")
    assert response["Location"] == reverse("staff:case_detail", args=[new_case.reference])
    new_case.refresh_from_db()
    assert new_case.status == Status.SCREENED
    expected = assess(Answers.from_dict(new_case.answers), dt.date.today())
    assert new_case.assessment == expected.to_dict()
    assert new_case.verdict_summary == {"humanitarian_parole": "likely"}
    assert new_case.urgency == expected.urgency
    assert list(new_case.verdicts.values_list("pathway", "verdict")) == [
        ("humanitarian_parole", "likely")
    ]
    assert not CaseSnapshot.objects.filter(case=new_case).exists()


def test_editing_answers_re_assesses_and_keeps_the_earlier_result(paralegal_client, chnv_case):
    before = chnv_case.assessment
    response = paralegal_client.get(intake_url(chnv_case))
    assert step_of(response) == "check"  # every step answered: straight to check your answers
    response = intake_post(
        paralegal_client,
        chnv_case,
        "visa",
        {"visa_option": "available_in_time"},
        **{"return": "check"},
    )
    response = intake_post(paralegal_client, chnv_case, "check", {}, confirm="1")
    assert response.status_code == 302
    chnv_case.refresh_from_db()
    assert chnv_case.answers["visa_option"] == "available_in_time"
    assert chnv_case.as_of == dt.date.today()
    snapshot = CaseSnapshot.objects.get(case=chnv_case)
    assert snapshot.assessment == before
    assert snapshot.as_of == dt.date(2025, 1, 27)
    assert snapshot.answers["visa_option"] == "too_slow"
    assert snapshot.reason == "answers_edited"
    html = paralegal_client.get(reverse("staff:case_detail", args=[chnv_case.reference]))
    assert date_format(dt.date(2025, 1, 27)) in html.content.decode()  # the earlier result's date


def test_draft_of_an_edit_keeps_the_result_until_finished(paralegal_client, chnv_case):
    before = chnv_case.assessment
    paralegal_client.get(intake_url(chnv_case))
    intake_post(
        paralegal_client, chnv_case, "visa", {"visa_option": "available_in_time"}, save_draft="1"
    )
    chnv_case.refresh_from_db()
    assert chnv_case.assessment == before
    assert chnv_case.status == Status.SCREENED
    assert chnv_case.answers == CUBAN_FAMILY
    assert chnv_case.draft_answers["visa_option"] == "available_in_time"


def test_a_reference_clash_draws_a_new_reference(monkeypatch, db):
    from screening import models

    first = Case.objects.create(client_name="First")
    monkeypatch.setattr(models.case, "new_reference", lambda: "PS-2345-6789")
    second = Case(client_name="Second", reference=first.reference)  # as if drawn twice
    second.save()
    assert second.reference == "PS-2345-6789"


def test_save_draft_keeps_the_answers_given_on_a_half_finished_page(paralegal_client, new_case):
    intake_post(
        paralegal_client, new_case, "situation", {"location": "outside_us", "goal": "come_to_us"}
    )
    # The citizenship is chosen, the other questions on the page are still blank.
    response = intake_post(
        paralegal_client, new_case, "about_you", {"citizenship": "UA"}, fill=False, save_draft="1"
    )
    assert response.status_code == 302
    new_case.refresh_from_db()
    assert new_case.answers["citizenship"] == "UA"
    assert new_case.answers["location"] == "outside_us"
    assert "beneficiary_is_minor" not in new_case.answers
    # Resuming opens the half-finished page with the chosen country filled in.
    response = paralegal_client.get(intake_url(new_case))
    assert step_of(response) == "about_you"
    page = paralegal_client.get(response["Location"]).content.decode()
    assert '<option value="UA" selected>' in page


def test_save_draft_with_a_wrong_answer_shows_it_again_and_loses_nothing(
    paralegal_client, new_case
):
    intake_post(
        paralegal_client, new_case, "situation", {"location": "outside_us", "goal": "come_to_us"}
    )
    prefix = f"staff_intake_{new_case.reference}"
    response = paralegal_client.post(
        intake_url(new_case, "timing"),
        {
            f"{prefix}-current_step": "timing",
            "timing-needed_by_0": "2",
            "timing-needed_by_1": "30",
            "timing-needed_by_2": "2027",
            "save_draft": "1",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Nothing you typed was lost" in page
    assert 'value="30"' in page and 'value="2027"' in page
    new_case.refresh_from_db()
    assert "needed_by" not in (new_case.answers or {})


def test_the_intake_progress_names_the_same_four_sections(paralegal_client, new_case):
    visited = walk(paralegal_client, intake(new_case), MEDICAL).visited
    seen = []
    for step in [*visited, "check"]:
        page = paralegal_client.get(intake_url(new_case, step))
        seen.append((page.context["progress"]["number"], page.context["progress"]["total"]))
    assert {total for _number, total in seen} == {4}
    assert [number for number, _total in seen] == sorted(number for number, _total in seen)
    assert "Part 4 of 4: Check your answers" in page.content.decode()


def test_another_reason_in_the_clients_words_reaches_the_case_but_not_the_rules(
    paralegal_client, new_case
):
    answers = MEDICAL | {"reasons": ["medical_treatment", "other"]}
    words = "Her son's wedding in Houston"
    walk(paralegal_client, intake(new_case), answers | {"other_reason_text": words})
    check = paralegal_client.get(intake_url(new_case, "check")).content.decode()
    assert words.replace("'", "&#x27;") in check
    paralegal_client.post(
        intake_url(new_case, "check"),
        {f"staff_intake_{new_case.reference}-current_step": "check", "confirm": "1"},
    )
    new_case.refresh_from_db()
    assert new_case.status == Status.SCREENED
    assert new_case.other_reason_text == words
    assert "other_reason_text" not in new_case.answers
    assert words not in str(new_case.assessment)
    page = paralegal_client.get(reverse("staff:case_detail", args=[new_case.reference]))
    html = page.content.decode()
    assert "Another reason, in the client's words" in html
    assert words.replace("'", "&#x27;") in html
    # editing the answers later offers her words again
    paralegal_client.get(intake_url(new_case))
    reasons = paralegal_client.get(intake_url(new_case, "reasons")).content.decode()
    assert words.replace("'", "&#x27;") in reasons
