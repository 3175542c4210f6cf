"""The facts register as a staff page, /staff/facts/: what the rules hold on a day someone picks and
what changed since another day, each value with its source and how sure it is."""

from __future__ import annotations

import html
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

URL = "/staff/facts/"


def text_of(response) -> str:
    body = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", response.content.decode())
    words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
    return re.sub(r" ([:,.])", r"\1", words)


def register_part(page: str) -> str:
    """The values in force on the day (without the changes listed before and after it)."""
    page = re.split(r"Known changes after [A-Z][a-z]+ \d", page, maxsplit=1)[0]
    return re.split(r"What changed after [A-Z][a-z]+ \d", page, maxsplit=1)[0]


@pytest.mark.parametrize("persona", ["paralegal", "attorney", "admin"])
def test_every_staff_role_reads_the_register_and_it_is_never_cached(persona_client, persona):
    response = persona_client(persona).get(URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "Facts register" in text_of(response)


def test_it_needs_a_login_and_a_staff_role(persona_client):
    assert persona_client("anonymous").get(URL)["Location"].startswith("/accounts/login/")
    assert persona_client("outsider").get(URL).status_code == 403


def test_the_staff_navigation_links_to_it(persona_client):
    page = persona_client("paralegal").get(reverse("staff:case_list")).content.decode()
    assert f'href="{URL}"' in page


def test_the_register_on_a_day_shows_the_value_then_in_force(persona_client):
    client = persona_client("attorney")
    before = register_part(text_of(client.get(URL, {"on": "2025-12-31"})))
    after = register_part(text_of(client.get(URL, {"on": "2026-01-01"})))
    assert "paper: $1,000" in before and "paper: $1,020" not in before
    assert "paper: $1,020" in after
    assert "proclamation: 10949" in before and "proclamation: 10998" in after
    assert "from October 16, 2025, until December 31, 2025" in before
    # each value with its source and how sure it is, in words
    assert "DHS notice 90 FR 48317 (2025-10-16)" in before
    assert "Confirmed from a primary text" in before
    assert "Reported by secondary sources only" in after


def test_what_changed_since_a_day(persona_client):
    page = text_of(persona_client("attorney").get(URL, {"on": "2026-01-31", "since": "2025-12-01"}))
    changed = page.split("What changed after December 1, 2025", 1)[1]
    changed = changed.split("Known changes after January 31, 2026", 1)[0]
    assert "January 1, 2026: Presidential proclamations suspending entry" in changed
    assert "December 15, 2025: Family Reunification Parole processes" in changed
    assert "Before: paused" in changed  # new requests paused from 2025-01-28
    assert "2026-10-16" not in changed and "October 16, 2026" not in changed
    coming = page.split("Known changes after January 31, 2026", 1)[1]
    assert "October 16, 2026: Immigration parole fee" in coming


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        (
            {"on": "2026-02-30"},
            "on",
            "Enter a real date as year-month-day, for example 2026-11-28.",
        ),
        ({"on": "next tuesday"}, "on", "Enter a real date as year-month-day"),
        ({"on": "2026-01-01", "since": "2026-03-01"}, "since", "Pick a day before the day above."),
    ],
)
def test_a_bad_date_gets_a_clear_error_and_keeps_what_was_typed(
    persona_client, query, field, message
):
    response = persona_client("paralegal").get(URL, query)
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page and message in html.unescape(page)
    assert f'href="#id_{field}"' in page
    assert f'value="{query[field]}"' in page
    assert "In force on" not in page  # no register for a day that is not one


def test_the_page_is_in_spanish_for_a_spanish_reader(persona_client, settings):
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    client = persona_client("attorney")
    client.cookies["django_language"] = "es"
    page = client.get(URL, {"on": "2026-01-01"}).content.decode()
    assert '<html lang="es"' in page
    assert "Registro de datos" in page and "Tarifas y excepciones a la tarifa de parole" in page
    assert "Confirmado en un texto primario" in page
    assert '<dd lang="en" class="fact-source">' in page  # citations stay English, marked so
