"""The case page: result with citations, answers, evidence tracker, notes, status, review."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from django.utils.timezone import localtime

from screening.models import EvidenceItem, Note, Status
from screening.result.model import describe_answers

from .conftest import opened_now

pytestmark = pytest.mark.django_db


def page(client, case):
    return client.get(reverse("staff:case_detail", args=[case.reference]))


def test_case_page_shows_the_result_with_citations_and_the_answers(paralegal_client, medical_case):
    response = page(paralegal_client, medical_case)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ngozi Okafor" in html
    assert medical_case.reference in html
    assert "Humanitarian parole" in html
    assert "Likely to fit" in html
    first_source = medical_case.assessment["pathways"][0]["reasons"][0]["source"]
    assert first_source and escape(first_source) in html  # the citation is shown to staff
    assert "Form I-131" in html or "I-131" in html
    assert "Emergency" in html
    assert "The client's answers" in html
    rows = describe_answers(medical_case.answers)
    assert rows and all(escape(row["question"]) in html for row in rows)


def test_draft_case_page_says_there_is_no_result_yet(paralegal_client, db, paralegal):
    from .conftest import make_case

    case = make_case(None, status=Status.DRAFT, client_name="Draft Person")
    response = page(paralegal_client, case)
    assert response.status_code == 200
    assert "there is no result yet" in response.content.decode()
    assert "Resume the intake" in response.content.decode()


def test_unknown_reference_is_not_found_for_staff(paralegal_client):
    response = paralegal_client.get(reverse("staff:case_detail", args=["PS-2222-2222"]))
    assert response.status_code == 404


def test_evidence_tracker_saves_state_and_note(paralegal_client, medical_case, paralegal):
    ids = [e["id"] for e in medical_case.assessment["evidence"]]
    data = {f"state__{i}": "needed" for i in ids} | {f"note__{i}": "" for i in ids}
    data["state__physician_statement"] = "requested"
    data["note__physician_statement"] = "Asked Dr. Adeyemi on Monday"
    data["state__identity_document"] = "received"
    response = paralegal_client.post(
        reverse("staff:evidence_update", args=[medical_case.reference]),
        opened_now(medical_case, data),
    )
    assert response.status_code == 302
    items = {i.evidence_id: i for i in EvidenceItem.objects.filter(case=medical_case)}
    assert items["physician_statement"].state == "requested"
    assert items["physician_statement"].note == "Asked Dr. Adeyemi on Monday"
    assert items["physician_statement"].updated_by == paralegal
    assert items["identity_document"].state == "received"
    assert "us_provider_acceptance" not in items  # untouched rows are not stored
    html = page(paralegal_client, medical_case).content.decode()
    assert "Asked Dr. Adeyemi on Monday" in html
    assert 'value="requested" selected' in html


def test_evidence_tracker_refuses_an_unknown_state(paralegal_client, medical_case):
    ids = [e["id"] for e in medical_case.assessment["evidence"]]
    data = {f"state__{i}": "lost" for i in ids}
    paralegal_client.post(reverse("staff:evidence_update", args=[medical_case.reference]), data)
    assert not EvidenceItem.objects.filter(case=medical_case).exists()


def test_notes_show_author_and_time(paralegal_client, medical_case):
    paralegal_client.post(
        reverse("staff:note_add", args=[medical_case.reference]),
        {"body": "Client prefers calls after 5 pm.", "kind": "internal"},
    )
    note = Note.objects.get(case=medical_case)
    html = page(paralegal_client, medical_case).content.decode()
    assert "Client prefers calls after 5 pm." in html
    assert "paula_paralegal" in html
    assert localtime(note.created_at).strftime("%Y-%m-%d") in html


def test_paralegal_cannot_add_an_attorney_note(paralegal_client, medical_case):
    response = paralegal_client.post(
        reverse("staff:note_add", args=[medical_case.reference]),
        {"body": "Looks strong.", "kind": "attorney"},
    )
    assert response.status_code == 403
    assert not Note.objects.exists()


def test_attorney_adds_an_attorney_note(attorney_client, medical_case):
    attorney_client.post(
        reverse("staff:note_add", args=[medical_case.reference]),
        {"body": "Strong medical case; file with expedite.", "kind": "attorney"},
    )
    note = Note.objects.get(case=medical_case)
    assert note.kind == "attorney"
    assert "Attorney note" in page(attorney_client, medical_case).content.decode()


def test_status_change_by_a_paralegal(paralegal_client, medical_case):
    paralegal_client.post(
        reverse("staff:status_change", args=[medical_case.reference]),
        opened_now(medical_case, {"status": "in_review"}),
    )
    medical_case.refresh_from_db()
    assert medical_case.status == Status.IN_REVIEW


def test_status_form_cannot_mark_reviewed(paralegal_client, medical_case):
    paralegal_client.post(
        reverse("staff:status_change", args=[medical_case.reference]), {"status": "reviewed"}
    )
    medical_case.refresh_from_db()
    assert medical_case.status == Status.SCREENED


def test_attorney_marks_reviewed(attorney_client, medical_case, attorney):
    response = attorney_client.post(
        reverse("staff:mark_reviewed", args=[medical_case.reference]), opened_now(medical_case)
    )
    assert response.status_code == 302
    medical_case.refresh_from_db()
    assert medical_case.status == Status.REVIEWED
    assert medical_case.reviewed_by == attorney
    assert medical_case.reviewed_at is not None
    html = page(attorney_client, medical_case).content.decode()
    assert "by ana_attorney on" in html


def test_edit_client_details_validates_the_a_number(paralegal_client, medical_case, attorney):
    url = reverse("staff:case_edit", args=[medical_case.reference])
    response = paralegal_client.post(url, {"client_name": "Ngozi Okafor", "a_number": "B12"})
    assert response.status_code == 200
    assert "8 or 9 digits, with or without the letter A" in response.content.decode()
    response = paralegal_client.post(
        url,
        opened_now(
            medical_case,
            {"client_name": "Ngozi Okafor", "a_number": "a123-456-789", "assigned_to": attorney.pk},
        ),
    )
    assert response.status_code == 302
    medical_case.refresh_from_db()
    assert medical_case.a_number == "A123456789"
    assert medical_case.assigned_to == attorney
