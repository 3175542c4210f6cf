"""Right to left ready: under a generated pseudo-Dari catalogue the pages say dir="rtl",
come out in that catalogue, and do not break at 320 px (nothing wider than the screen)."""

from __future__ import annotations

import io
import re

import pytest
from django.conf import settings as django_settings
from pypdf import PdfReader

from tests.walker import APPLICANT, walk
from tests.wizard.conftest import MANAGEMENT

from . import pseudo

pytestmark = pytest.mark.django_db


def in_rtl(client):
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = pseudo.CODE
    return client


@pytest.mark.parametrize("path", ["/", "/screen/situation/", "/screen/resume/", "/result/"])
def test_pages_are_right_to_left(client, rtl, path):
    response = in_rtl(client).get(path, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="fa-af" dir="rtl">', html)
    assert f"{pseudo.MARK} ParoleScreen {pseudo.MARK}" in html


def test_staff_pages_stay_english_or_spanish(rtl, paralegal_client):
    """Staff pages exist in English and Spanish only: asked for in Dari, they come in English,
    and their switcher offers English and Spanish."""
    html = in_rtl(paralegal_client).get("/staff/").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert pseudo.MARK not in html
    assert 'value="es" lang="es"' in html
    assert 'value="fa-af"' not in html
    paralegal_client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "es"
    assert '<html lang="es" dir="ltr">' in paralegal_client.get("/staff/").content.decode()


def finish_a_screening(client) -> None:
    walk(
        client, APPLICANT, {"location": "outside_us", "goal": "come_to_us", "reasons": ["funeral"]}
    )
    response = client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    assert response.status_code == 302 and response["Location"] == "/result/"


def test_the_result_and_its_pdf_are_right_to_left(client, rtl):
    finish_a_screening(in_rtl(client))
    html = client.get("/result/").content.decode()
    assert '<html lang="fa-af" dir="rtl">' in html
    reader = PdfReader(io.BytesIO(client.get("/result/pdf/").content))
    assert reader.trailer["/Root"]["/Lang"] == pseudo.CODE
    assert pseudo.MARK in reader.pages[0].extract_text()
