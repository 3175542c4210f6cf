"""What the pages say about where the answers are kept is true at each point: in this browser
session only until the person saves; once saved, kept, encrypted, until the saved copy's date.
Pages with nothing to show offer the resume code too."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import formats, timezone

from screening.models import SavedScreening
from tests.walker import APPLICANT, walk

from .conftest import MANAGEMENT
from .test_save_resume import save_on

pytestmark = pytest.mark.django_db

SESSION_ONLY = "Your answers are kept, encrypted, for this browser session only."
SAVED = "You saved your answers under a resume code: they are kept, encrypted, until"
OLD_CLAIM = "nothing about your answers is kept on our server"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def until_words(saved: SavedScreening) -> str:
    return formats.date_format(timezone.localtime(saved.expires_at).date())


def test_before_saving_every_page_says_this_session_only(client, settings):
    settings.SESSION_COOKIE_AGE = 2 * 3600
    landing = text(client.get("/"))
    assert SESSION_ONLY in landing and "after 2 hours at most" in landing
    assert OLD_CLAIM not in landing
    assert "for 30 days under a resume code that only you are shown" in landing
    step = text(client.get("/screen/situation/"))
    assert SESSION_ONLY in step and SAVED not in step


def test_once_saved_the_pages_say_kept_encrypted_until_the_date(client):
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    saved = SavedScreening.objects.get()
    until = until_words(saved)
    for url in ("/", "/screen/situation/", "/screen/about_you/"):
        page = text(client.get(url))
        assert f"{SAVED} {until}, and then deleted." in page, url
        assert SESSION_ONLY not in page and OLD_CLAIM not in page, url
    assert "Anything you change or add after saving stays only in this browser session" in page
    # the page that showed the code says the same date
    assert f"Your answers are kept, encrypted, until {until}, and then deleted." in text(
        client.get("/saved/")
    )


def test_the_same_in_spanish(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    assert "Sus respuestas se guardan, cifradas, solo para esta sesión del navegador." in text(
        client.get("/screen/situation/")
    )
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    until = until_words(SavedScreening.objects.get())
    assert re.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}", until)  # the date in Spanish words
    page = text(client.get("/screen/about_you/"))
    assert f"se guardan, cifradas, hasta el {until}, y después se borran." in page


def test_deleted_or_expired_saved_answers_bring_back_the_session_words(client):
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    SavedScreening.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    assert SESSION_ONLY in text(client.get("/screen/about_you/"))
    SavedScreening.objects.all().delete()
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    assert SAVED in text(client.get("/screen/about_you/"))
    client.post("/saved/delete/")
    assert SESSION_ONLY in text(client.get("/screen/about_you/"))


def test_resuming_by_code_says_until_when_the_copy_is_kept(client):
    from django.test import Client

    code = save_on(client, "situation", location="outside_us", goal="come_to_us")
    other = Client()
    other.post("/resume/", {"code": code, "resume": "1"})
    assert SAVED in text(other.get("/screen/situation/"))


def test_starting_again_says_the_saved_copy_is_not_cleared(client):
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    until = until_words(SavedScreening.objects.get())
    ask = text(client.get("/screen/start-again/"))
    assert "It does not delete the answers you saved under a resume code" in ask
    assert f"they are kept, encrypted, until {until}." in ask
    client.post("/screen/", {"start_again": "1"})
    cleared = text(client.get("/screen/cleared/"))
    assert f"are still kept, encrypted, until {until}." in cleared
    assert 'action="/saved/delete/"' in cleared
    client.post("/saved/delete/")
    assert "still kept" not in text(client.get("/screen/cleared/"))


@pytest.mark.parametrize("url", ["/result/", "/result/pdf/", "/result/dates.ics", "/screen/check/"])
def test_nothing_to_show_says_so_and_offers_the_code(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/html"), url
    page = text(response)
    assert "There is no screening in progress" in page
    assert "There are no answers in this browser to show." in page
    assert SESSION_ONLY in page
    assert 'action="/resume/"' in page and 'name="code"' in page
    assert "Continue with my code" in page and "Start a screening" in page


def test_the_calendar_of_an_unfinished_screening_says_it_is_not_finished(client):
    client.post(
        "/screen/situation/",
        {
            MANAGEMENT: "situation",
            "situation-location": "outside_us",
            "situation-goal": "come_to_us",
        },
    )
    response = client.get("/result/dates.ics")
    assert response.status_code == 200 and "Your screening is not finished yet" in text(response)


def test_the_calendar_still_downloads_for_a_finished_screening(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    client.post("/screen/check/", {MANAGEMENT: "check"})
    response = client.get("/result/dates.ics")
    assert response["Content-Type"].startswith("text/calendar")


def test_the_code_form_on_the_no_screening_page_continues(client):
    from django.test import Client

    code = save_on(client, "situation", location="outside_us", goal="come_to_us")
    other = Client()
    assert "Continue with my code" in text(other.get("/result/"))
    response = other.post("/resume/", {"code": code, "resume": "1"})
    assert response.status_code == 302 and response["Location"] == "/screen/situation/"
