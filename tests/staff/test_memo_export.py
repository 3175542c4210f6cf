"""The attorney memo PDF and the JSON export."""

import io
import json

import pytest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localdate
from pypdf import PdfReader

from screening.models import EvidenceItem, Note

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_memo_has_summary_client_evidence_notes_and_review(attorney_client, medical_case, attorney):
    EvidenceItem.objects.create(
        case=medical_case, evidence_id="physician_statement", state="received", note="In file"
    )
    Note.objects.create(
        case=medical_case, author=attorney, kind="attorney", body="File with expedite"
    )
    attorney_client.post(reverse("staff:mark_reviewed", args=[medical_case.reference]))
    medical_case.refresh_from_db()
    response = attorney_client.get(reverse("staff:memo_pdf", args=[medical_case.reference]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"memo-{medical_case.reference}.pdf" in response["Content-Disposition"]
    text = " ".join(pdf_text(response.content).split())
    assert "Attorney memo" in text
    assert "Humanitarian parole" in text  # the summary
    assert "Ngozi Okafor" in text
    assert medical_case.reference in text
    assert "Have" in text and "In file" in text
    assert "File with expedite" in text
    assert "ana_attorney" in text
    assert date_format(localdate(medical_case.reviewed_at)) in text


def test_memo_before_review_says_not_reviewed(paralegal_client, medical_case):
    response = paralegal_client.get(reverse("staff:memo_pdf", args=[medical_case.reference]))
    assert "Not reviewed yet" in " ".join(pdf_text(response.content).split())


def test_export_is_the_catalogue_shape_as_an_attachment(paralegal_client, medical_case):
    response = paralegal_client.get(reverse("staff:export_json", args=[medical_case.reference]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert set(data) == {
        "reference",
        "answers",
        "answered_not_sure",
        "assessment",
        "rules_version",
        "as_of",
    }
    assert data["reference"] == medical_case.reference
    assert data["answers"] == medical_case.answers
    assert data["as_of"] == medical_case.as_of.isoformat()
    assessment = data["assessment"]
    for key in ("rules_version", "as_of", "urgency", "pathways", "forms", "fees", "evidence"):
        assert key in assessment
    assert {"flags", "alternatives", "ignored_answers"} <= set(assessment)
    pathway = assessment["pathways"][0]
    assert set(pathway) == {"id", "verdict", "reasons", "files"}
    assert {"code", "text", "answers", "source"} <= set(pathway["reasons"][0])
