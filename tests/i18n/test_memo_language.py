"""The attorney memo is in English, whatever the staff member's pages are in, and states the
language the client used; the intake records that language on the case."""

import io

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from tests.staff.conftest import MEDICAL, intake_url, make_case
from tests.walker import intake, walk

pytestmark = pytest.mark.django_db


def memo_text(client, case) -> tuple[str, PdfReader]:
    response = client.get(reverse("staff:memo_pdf", args=[case.reference]))
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), reader


def test_memo_states_the_clients_language_in_english(paralegal_client, paralegal, spanish_offered):
    case = make_case(MEDICAL, client_name="Rosa Díaz", created_by=paralegal, language="es")
    paralegal_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    text, reader = memo_text(paralegal_client, case)
    assert "Language the client used: Spanish" in text
    assert reader.trailer["/Root"]["/Lang"] == "en"
    with translation.override("es"):
        spanish = translation.gettext("Urgent actions")
    assert spanish != "Urgent actions", "the Spanish catalogue should translate this heading"
    assert "Urgent actions" in text and spanish not in text


def test_an_english_case_says_english(paralegal_client, paralegal):
    case = make_case(MEDICAL, client_name="Ann Lee", created_by=paralegal)
    text, _reader = memo_text(paralegal_client, case)
    assert "Language the client used: English" in text


def test_the_intake_records_the_language_it_was_run_in(
    paralegal_client, paralegal, spanish_offered
):
    case = make_case(None, status="draft", client_name="Rosa Díaz", created_by=paralegal)
    paralegal_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    walk(paralegal_client, intake(case), MEDICAL)
    check = intake_url(case, "check")
    management = f"staff_intake_{case.reference}-current_step"
    response = paralegal_client.post(check, {management: "check", "confirm": "1"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "screened" and case.language == "es"


def test_the_case_page_names_the_clients_language_in_that_language(paralegal_client, paralegal):
    case = make_case(MEDICAL, client_name="Rosa Díaz", created_by=paralegal, language="es")
    html = paralegal_client.get(reverse("staff:case_detail", args=[case.reference])).content
    assert '<dd lang="es">Español</dd>' in html.decode()
