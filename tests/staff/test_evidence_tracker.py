"""The evidence tracker: documents the client has start as "have", named about the client."""

import html
import re

import pytest
from django.urls import reverse

from screening.models import EvidenceItem

from .conftest import MEDICAL, make_case
from .test_memo_export import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(paralegal):
    answers = MEDICAL | {"evidence_on_hand": ["identity_document", "medical_records"]}
    return make_case(answers, client_name="Ngozi Okafor", created_by=paralegal)


def selected(page: str, evidence_id: str) -> str:
    select = re.search(rf'<select name="state__{evidence_id}".*?</select>', page, re.S).group(0)
    return re.search(r'<option value="(\w+)" selected>', select).group(1)


def tracker(client, case) -> str:
    page = client.get(reverse("staff:case_detail", args=[case.reference])).content.decode()
    return html.unescape(page.split('id="evidence"', 1)[1].split("</section>", 1)[0])


def test_documents_the_client_has_start_as_have(paralegal_client, case):
    page = tracker(paralegal_client, case)
    assert selected(page, "identity_document") == "received"
    assert selected(page, "medical_records") == "received"
    assert selected(page, "physician_statement") == "needed"
    assert '<option value="received" selected>Have</option>' in page


def test_saving_the_tracker_unchanged_stores_nothing(paralegal_client, case):
    page = tracker(paralegal_client, case)
    data = {f"state__{e}": selected(page, e) for e in re.findall(r'name="state__(\w+)"', page)}
    response = paralegal_client.post(reverse("staff:evidence_update", args=[case.reference]), data)
    assert response.status_code == 302
    assert not EvidenceItem.objects.exists()


def test_the_tracker_speaks_about_the_client(paralegal_client, case):
    page = tracker(paralegal_client, case)
    assert "The client's identity document" in page
    assert not re.search(r"\b(you|your)\b", page, re.I), page


def test_the_memo_lists_have_for_what_the_client_has(attorney_client, case):
    response = attorney_client.get(reverse("staff:memo_pdf", args=[case.reference]))
    text = " ".join(pdf_text(response.content).split()).replace("’", "'")
    assert "The client's identity document Have" in text
