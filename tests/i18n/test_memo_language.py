"""The client's language: asked in the client details (editable), or taken from a saved screening
brought in by code (the language it was filled in), kept with where it came from, shown on the
case and said right in the memo (in English, whatever the staff member's pages are in). The
language of the staff member's pages is never the client's, and an unknown one is never
"English"."""

import io
import re
from html import unescape

import django.apps
import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from screening.models import Case, LanguageSource
from tests.staff.conftest import MEDICAL, intake_url, make_case, opened_now
from tests.walker import intake, post_data, walk

pytestmark = pytest.mark.django_db


def memo_text(client, case) -> tuple[str, PdfReader]:
    response = client.get(reverse("staff:memo_pdf", args=[case.reference]))
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), reader


def case_page(client, case) -> str:
    html = client.get(reverse("staff:case_detail", args=[case.reference])).content.decode()
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_memo_states_the_clients_language_in_english(paralegal_client, paralegal, spanish_offered):
    case = make_case(
        MEDICAL, client_name="Rosa Díaz", language="es", language_source=LanguageSource.STAFF
    )
    paralegal_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    text, reader = memo_text(paralegal_client, case)
    assert "The client's language: Spanish (recorded by staff)" in text
    assert reader.trailer["/Root"]["/Lang"] == "en"
    with translation.override("es"):
        spanish = translation.gettext("Urgent actions")
    assert spanish != "Urgent actions", "the Spanish catalogue should translate this heading"
    assert "Urgent actions" in text and spanish not in text


def test_an_unknown_language_is_said_unknown_never_english(paralegal_client, paralegal):
    case = make_case(MEDICAL, client_name="Ann Lee", created_by=paralegal)
    text, _reader = memo_text(paralegal_client, case)
    assert "The client's language: Not recorded yet" in text
    assert "The client's language Not recorded yet" in case_page(paralegal_client, case)
    assert "language: English" not in text


def test_the_page_language_of_the_intake_is_not_the_clients(
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
    assert case.status == "screened" and (case.language, case.language_source) == ("", "")


def details(case: Case, **changes) -> dict:
    data = {
        "client_name": case.client_name,
        "client_contact": "",
        "a_number": "",
        "language": "",
        "assigned_to": "",
    }
    return opened_now(case, data | changes)


def test_staff_record_and_change_it_in_the_client_details(
    paralegal_client, paralegal, spanish_offered
):
    case = make_case(MEDICAL, client_name="Jean Pierre", created_by=paralegal)
    edit = reverse("staff:case_edit", args=[case.reference])
    assert 'name="language"' in paralegal_client.get(edit).content.decode()
    response = paralegal_client.post(edit, details(case, language="ht"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.language, case.language_source) == ("ht", LanguageSource.STAFF)
    assert "The client's language Haitian Creole (recorded by staff)" in case_page(
        paralegal_client, case
    )
    paralegal_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    assert "Idioma del cliente Criollo haitiano (registrado por el personal)" in case_page(
        paralegal_client, case
    )
    paralegal_client.post(edit, details(case, language=""))
    case.refresh_from_db()
    assert (case.language, case.language_source) == ("", "")


def test_a_new_case_can_record_it(paralegal_client):
    response = paralegal_client.post(
        reverse("staff:case_new"), {"client_name": "Olena Shevchenko", "language": "uk"}
    )
    assert response.status_code == 302
    case = Case.objects.get()
    assert (case.language, case.language_source) == ("uk", LanguageSource.STAFF)


def spanish_applicant_saves() -> str:
    applicant = Client()
    applicant.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    data = post_data("situation", {"location": "outside_us", "goal": "come_to_us"})
    applicant.post("/screen/situation/", data | {"save_for_later": "1"})
    page = applicant.get("/saved/")
    return re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", page.content.decode())[0]


def test_a_saved_screening_brings_the_language_it_was_saved_in(
    paralegal_client, paralegal, spanish_offered
):
    code = spanish_applicant_saves()
    case = make_case(None, status="draft", client_name="Rosa Díaz", created_by=paralegal)
    url = reverse("staff:import_saved", args=[case.reference])
    assert paralegal_client.post(url, opened_now(case, {"code": code})).status_code == 302
    case.refresh_from_db()
    assert (case.language, case.language_source) == ("es", LanguageSource.SAVED_SCREENING)
    assert (
        "The client's language Spanish (the language the client's saved screening was in)"
        in case_page(paralegal_client, case)
    )


def test_what_staff_recorded_stays_when_a_saved_screening_comes_in(
    paralegal_client, paralegal, spanish_offered
):
    code = spanish_applicant_saves()
    case = make_case(
        None, status="draft", client_name="Ana", language="en", language_source="staff"
    )
    url = reverse("staff:import_saved", args=[case.reference])
    paralegal_client.post(url, opened_now(case, {"code": code}))
    case.refresh_from_db()
    assert (case.language, case.language_source) == ("en", LanguageSource.STAFF)


def test_the_migration_forgets_the_page_languages_recorded_before():
    from importlib import import_module

    migration = import_module("screening.migrations.0012_client_language_and_source")
    case = make_case(MEDICAL, client_name="Old Case", language="en")
    migration.forget_page_languages(django.apps.apps, None)
    case.refresh_from_db()
    assert case.language == ""
