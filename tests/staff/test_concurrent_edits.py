"""Two people on one case: a save against a case someone else saved since the page was opened is
refused, with a page that shows what they saved and keeps what this person typed; saving that
page again puts this person's changes on top. Each staff form that changes a case, in process
(both databases); tests/prod/test_concurrent_servers.py does it on two app servers."""

from __future__ import annotations

import html

import pytest
from django.db import transaction
from django.urls import reverse

from screening.models import AuditEvent, Case, DraftSnapshot, EvidenceItem, SavedScreening, Status
from screening.privacy import codes, saving
from screening.staff.versions import CaseChanged, claim
from tests.walker import intake, step_of, walk

from .conftest import MEDICAL, intake_post, intake_url, make_case
from .page_forms import form_data

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html.unescape(response.content.decode())


def case_url(name: str, case: Case) -> str:
    return reverse(f"staff:{name}", args=[case.reference])


def fresh(case: Case) -> Case:
    return Case.objects.get(pk=case.pk)


# ---------------------------------------------------------------------------------------------
# The version itself


def test_of_two_saves_opened_at_one_version_only_the_first_is_taken(medical_case):
    assert medical_case.version == 1
    with transaction.atomic():
        claim(medical_case, 1)
    assert fresh(medical_case).version == 2
    with pytest.raises(CaseChanged), transaction.atomic():
        claim(fresh(medical_case), 1)
    assert fresh(medical_case).version == 2


def test_a_plain_save_never_moves_the_version_back(medical_case):
    stale = fresh(medical_case)
    with transaction.atomic():
        claim(medical_case, 1)
        medical_case.save()
    stale.client_contact = "written by old code"
    stale.save()  # holds version 1 in memory
    assert fresh(medical_case).version == 2


# ---------------------------------------------------------------------------------------------
# Client details


def test_client_details_a_stale_save_is_refused_and_kept_ready_to_apply(
    paralegal_client, attorney_client, medical_case, attorney
):
    edit = case_url("case_edit", medical_case)
    paralegal_form = form_data(paralegal_client.get(edit).content.decode(), "")
    attorney_form = form_data(attorney_client.get(edit).content.decode(), "")
    assert paralegal_form["case_version"] == "1" and "initial-client_contact" in paralegal_form
    # The paralegal adds a new contact first.
    saved = paralegal_client.post(edit, paralegal_form | {"client_contact": "+234 803 555 0101"})
    assert saved.status_code == 302
    # The attorney, on the page opened before, adds the A-number and assigns the case.
    attorney_form |= {"a_number": "A-219-456-781", "assigned_to": str(attorney.pk)}
    refused = attorney_client.post(edit, attorney_form)
    assert refused.status_code == 409
    page = text(refused)
    assert "Someone else saved this case while you had it open" in page
    assert "paula_paralegal" in page and "Case details edited: Client's contact details" in page
    assert "+234 803 555 0101" in page  # what the other person saved, in the table and the form
    case = fresh(medical_case)
    assert case.client_contact == "+234 803 555 0101" and case.a_number == ""
    # The page's form holds the attorney's typing on top of the contact: saving it keeps both.
    again = form_data(refused.content.decode(), "")
    assert again["a_number"] == "A-219-456-781" and again["client_contact"] == "+234 803 555 0101"
    assert again["case_version"] == "2"
    assert attorney_client.post(edit, again).status_code == 302
    case = fresh(medical_case)
    assert (case.client_contact, case.a_number, case.assigned_to) == (
        "+234 803 555 0101",
        "A219456781",
        attorney,
    )
    refusal = AuditEvent.objects.get(case_reference=case.reference, action="save_refused")
    assert refusal.username == "ana_attorney" and refusal.detail["form"] == "details"


def test_the_same_field_changed_by_both_shows_both_values(
    paralegal_client, attorney_client, medical_case
):
    edit = case_url("case_edit", medical_case)
    first = form_data(paralegal_client.get(edit).content.decode(), "")
    second = form_data(attorney_client.get(edit).content.decode(), "")
    paralegal_client.post(edit, first | {"client_contact": "phone: 0101"})
    refused = attorney_client.post(edit, second | {"client_contact": "email: n@example.org"})
    assert refused.status_code == 409
    row = refused.context["conflict"]["fields"][0]
    assert (row["seen"], row["now"], row["mine"]) == ("", "phone: 0101", "email: n@example.org")
    assert form_data(refused.content.decode(), "")["client_contact"] == "email: n@example.org"
    assert fresh(medical_case).client_contact == "phone: 0101"


# ---------------------------------------------------------------------------------------------
# The evidence tracker


def test_evidence_a_stale_tracker_keeps_the_other_persons_have_and_note(
    paralegal_client, attorney_client, medical_case
):
    detail = case_url("case_detail", medical_case)
    action = case_url("evidence_update", medical_case)
    paralegal_tracker = form_data(paralegal_client.get(detail).content.decode(), action)
    attorney_tracker = form_data(attorney_client.get(detail).content.decode(), action)
    saved = paralegal_client.post(
        action,
        paralegal_tracker
        | {"state__physician_statement": "received", "note__physician_statement": "From Dr. A"},
    )
    assert saved.status_code == 302
    refused = attorney_client.post(
        action, attorney_tracker | {"state__financial_support": "requested"}
    )
    assert refused.status_code == 409
    page = text(refused)
    assert "Your changes to the evidence tracker were not saved" in page
    assert "From Dr. A" in page
    again = form_data(refused.content.decode(), action)
    assert again["state__physician_statement"] == "received"  # theirs, not the stale "needed"
    assert again["note__physician_statement"] == "From Dr. A"
    assert again["state__financial_support"] == "requested"  # and the attorney's own change
    assert attorney_client.post(action, again).status_code == 302
    items = {i.evidence_id: i for i in EvidenceItem.objects.filter(case=medical_case)}
    assert (items["physician_statement"].state, items["physician_statement"].note) == (
        "received",
        "From Dr. A",
    )
    assert items["financial_support"].state == "requested"


# ---------------------------------------------------------------------------------------------
# Status, review, re-screen, bringing in saved answers


def test_status_a_stale_change_is_refused_with_the_choice_kept(
    paralegal_client, attorney_client, medical_case
):
    detail = case_url("case_detail", medical_case)
    action = case_url("status_change", medical_case)
    stale = form_data(attorney_client.get(detail).content.decode(), action)
    mine = form_data(paralegal_client.get(detail).content.decode(), action)
    paralegal_client.post(action, mine | {"status": "in_review"})
    refused = attorney_client.post(action, stale | {"status": "closed"})
    assert refused.status_code == 409
    page = text(refused)
    assert "Your choice, “Closed”, is still selected" in page
    assert "Status changed: from Screened to In review" in page
    assert fresh(medical_case).status == Status.IN_REVIEW
    again = form_data(refused.content.decode(), action)
    assert again["status"] == "closed"
    attorney_client.post(action, again)
    assert fresh(medical_case).status == Status.CLOSED


def test_review_a_stale_mark_reviewed_changes_nothing(
    paralegal_client, attorney_client, medical_case
):
    detail = case_url("case_detail", medical_case)
    review = case_url("mark_reviewed", medical_case)
    stale = form_data(attorney_client.get(detail).content.decode(), review)
    edit = case_url("case_edit", medical_case)
    details = form_data(paralegal_client.get(edit).content.decode(), "")
    paralegal_client.post(edit, details | {"client_name": "Ngozi A. Okafor"})
    refused = attorney_client.post(review, stale)
    assert refused.status_code == 409
    assert "review it again" in text(refused)
    assert fresh(medical_case).reviewed_at is None
    assert (
        attorney_client.post(review, form_data(refused.content.decode(), review)).status_code == 302
    )
    assert fresh(medical_case).status == Status.REVIEWED


def test_rescreen_a_stale_accept_is_refused(attorney_client, paralegal_client, chnv_case):
    rescreen = case_url("rescreen", chnv_case)
    stale = form_data(attorney_client.get(rescreen).content.decode(), "")
    edit = case_url("case_edit", chnv_case)
    details = form_data(paralegal_client.get(edit).content.decode(), "")
    paralegal_client.post(edit, details | {"client_contact": "new"})
    refused = attorney_client.post(rescreen, stale)
    assert refused.status_code == 409
    assert "Today's result was not accepted" in text(refused)
    assert not fresh(chnv_case).snapshots.exists()


def test_bringing_in_saved_answers_on_a_stale_page_keeps_the_saved_copy(
    paralegal_client, attorney_client
):
    case = make_case(None, status=Status.DRAFT, client_name="Walk-in Client")
    code, _saved = saving.save({}, "situation", {"location": "inside_us"})
    detail = case_url("case_detail", case)
    action = case_url("import_saved", case)
    stale = form_data(attorney_client.get(detail).content.decode(), action)
    edit = case_url("case_edit", case)
    paralegal_client.post(edit, form_data(paralegal_client.get(edit).content.decode(), "") | {})
    assert fresh(case).version == 1  # nothing changed: nothing saved, the version stays
    details = form_data(paralegal_client.get(edit).content.decode(), "")
    paralegal_client.post(edit, details | {"client_contact": "walk-in desk"})
    refused = attorney_client.post(action, stale | {"code": codes.grouped(code)})
    assert refused.status_code == 409
    assert "the client's saved copy is kept" in text(refused)
    assert form_data(refused.content.decode(), action)["code"] == codes.grouped(code)
    assert SavedScreening.objects.count() == 1 and fresh(case).answers == {}


# ---------------------------------------------------------------------------------------------
# The intake: drafts and confirming


def test_a_draft_from_an_earlier_intake_does_not_replace_a_newer_one(
    paralegal_client, attorney_client
):
    case = make_case(None, status=Status.DRAFT, client_name="Ngozi Okafor")
    attorney_client.get(intake_url(case))  # the attorney opens the intake first...
    walk(paralegal_client, intake(case), MEDICAL)  # ...the paralegal answers all
    paralegal_client.post(
        intake_url(case, "check"),
        {f"staff_intake_{case.reference}-current_step": "check"} | {"save_draft": "1"},
    )
    full = fresh(case).answers
    assert len(full) >= 12
    stale = intake_post(
        attorney_client,
        case,
        "situation",
        {"location": "inside_us", "goal": "stay_in_us"},
        save_draft="1",
    )
    assert stale.status_code == 409
    page = text(stale)
    assert "Your answers were not saved" in page
    assert "Answers saved by the other person" in page and "Inside the U.S." in page
    assert fresh(case).answers == full  # the paralegal's 12 answers stand
    # The attorney puts their change on top: the rest of the paralegal's answers stay.
    reapplied = attorney_client.post(intake_url(case), {"reapply_mine": "1"})
    assert reapplied.status_code == 302
    intake_post(
        attorney_client,
        case,
        "situation",
        {"location": "inside_us", "goal": "stay_in_us"},
        save_draft="1",
    )
    answers = fresh(case).answers
    assert answers["location"] == "inside_us" and answers["citizenship"] == "NG"


def test_confirming_from_an_earlier_intake_does_not_revert_the_citizenship(
    paralegal_client, attorney_client, medical_case
):
    attorney_client.get(intake_url(medical_case))  # opened on check your answers
    paralegal_client.get(intake_url(medical_case))
    intake_post(
        paralegal_client,
        medical_case,
        "about_you",
        {"citizenship": "GH", "beneficiary_is_minor": False, "special_categories": []},
        **{"return": "check"},
    )
    intake_post(paralegal_client, medical_case, "check", {}, confirm="1")
    assert fresh(medical_case).answers["citizenship"] == "GH"
    intake_post(
        attorney_client,
        medical_case,
        "visa",
        {"visa_option": "available_in_time"},
        **{"return": "check"},
    )
    refused = intake_post(attorney_client, medical_case, "check", {}, confirm="1")
    assert refused.status_code == 409
    assert fresh(medical_case).answers["citizenship"] == "GH"
    attorney_client.post(intake_url(medical_case), {"reapply_mine": "1"})
    confirmed = intake_post(attorney_client, medical_case, "check", {}, confirm="1")
    assert confirmed.status_code == 302
    answers = fresh(medical_case).answers
    assert (answers["citizenship"], answers["visa_option"]) == ("GH", "available_in_time")


def test_dropping_my_changes_opens_the_saved_answers(paralegal_client, attorney_client):
    case = make_case(None, status=Status.DRAFT, client_name="Ngozi Okafor")
    attorney_client.get(intake_url(case))
    intake_post(attorney_client, case, "situation", {"location": "inside_us", "goal": "stay_in_us"})
    paralegal_client.get(intake_url(case))
    intake_post(
        paralegal_client,
        case,
        "situation",
        {"location": "outside_us", "goal": "come_to_us"},
        save_draft="1",
    )
    refused = intake_post(attorney_client, case, "entry", {}, save_draft="1")
    assert refused.status_code == 409
    dropped = attorney_client.post(intake_url(case), {"use_saved": "1"})
    assert step_of(dropped) == "about_you"  # theirs: abroad, so the next question
    page = text(attorney_client.get(dropped["Location"]))
    assert "The intake now shows the answers saved with the case." in page
    assert "were changed since you started this intake" not in page


# ---------------------------------------------------------------------------------------------
# Drafts keep their history


def test_a_replaced_draft_is_kept_and_shown(paralegal_client, attorney_client):
    case = make_case(None, status=Status.DRAFT, client_name="Ngozi Okafor")
    paralegal_client.get(intake_url(case))
    intake_post(
        paralegal_client,
        case,
        "situation",
        {"location": "outside_us", "goal": "come_to_us"},
        save_draft="1",
    )
    attorney_client.get(intake_url(case))
    intake_post(
        attorney_client,
        case,
        "situation",
        {"location": "inside_us", "goal": "stay_in_us"},
        save_draft="1",
    )
    [earlier] = DraftSnapshot.objects.filter(case=case)
    assert earlier.answers == {"location": "outside_us", "goal": "come_to_us"}
    assert earlier.replaced_by.username == "ana_attorney" and earlier.version == 3
    page = text(attorney_client.get(case_url("case_detail", case)))
    assert "Earlier drafts" in page
    assert "2 answers; replaced by ana_attorney" in page
    assert "Outside the U.S., then Inside the U.S." in page
