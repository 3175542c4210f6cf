"""Save and continue later: a resume code, shown once, continues anywhere with every answer."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from screening.models import SavedScreening
from screening.privacy import codes
from tests.walker import APPLICANT, default_answer, post_data, post_step, step_of, walk

from .conftest import answer

pytestmark = pytest.mark.django_db

CODE = re.compile(r"\b([0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3})\b")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def save_on(client, step: str, **answers) -> str:
    """Press "Save and continue later" on a step; return the code the saved page shows."""
    data = post_data(step, answers) | {"save_for_later": "1"}
    response = client.post(f"/screen/{step}/", data)
    assert response.status_code == 302 and response["Location"] == "/saved/"
    page = client.get("/saved/").content.decode()
    found = CODE.search(page)
    assert found, page
    return found.group(1)


def test_the_button_is_on_every_question_page_and_check(client, medical_answers):
    first = client.get("/screen/situation/").content.decode()
    assert 'name="save_for_later"' in first and "Save and continue later" in first
    walk(client, APPLICANT, medical_answers)
    assert "Save and continue later" in client.get("/screen/check/").content.decode()


def test_the_code_is_shown_once_in_groups_and_stored_as_a_hash(client):
    code = save_on(client, "situation", location="outside_us", goal="come_to_us")
    assert len(code.replace("-", "")) == 16  # 16 x 5 bits = 80 bits
    again = client.get("/saved/").content.decode()
    assert code not in again and "shown once" in again
    saved = SavedScreening.objects.get()
    assert saved.code_hash == codes.code_hash(code.replace("-", ""))
    assert code.replace("-", "") not in str(saved.data)


def test_resume_on_another_device_at_the_same_step_with_every_answer(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    code = save_on(client, "check")
    other = Client()  # another browser: no session in common
    response = other.post("/resume/", {"code": code.lower().replace("-", " "), "resume": "1"})
    assert step_of(response) == "check"
    page = other.get("/screen/check/")
    assert page.status_code == 200
    assert (
        page.context["view"].partial_answers()
        == client.get("/screen/check/").context["view"].partial_answers()
    )


def test_a_half_answered_page_resumes_there_with_the_answers_typed(client):
    step = step_of(answer(client, "situation", location="outside_us", goal="come_to_us"))
    # On the next page one question is answered and the rest left blank.
    page = client.get(f"/screen/{step}/")
    assert page.status_code == 200 and len(page.context["rows"]) > 1
    so_far = {"location": "outside_us", "goal": "come_to_us"}
    key = next(
        r["key"] for r in page.context["rows"] if default_answer(r["key"], so_far) is not None
    )
    value = default_answer(key, so_far)
    data = post_data(step, {key: value}) | {"save_for_later": "1"}
    assert client.post(f"/screen/{step}/", data)["Location"] == "/saved/"
    code = CODE.search(client.get("/saved/").content.decode()).group(1)
    other = Client()
    assert step_of(other.post("/resume/", {"code": code, "resume": "1"})) == step
    resumed = other.get(f"/screen/{step}/")
    assert resumed.context["view"].partial_answers()[key] == value
    assert resumed.context["view"].partial_answers()["location"] == "outside_us"


def test_a_wrong_answer_is_shown_again_not_saved(client):
    data = post_data("situation", {}) | {"situation-location": "moon", "save_for_later": "1"}
    response = client.post("/screen/situation/", data)
    assert response.status_code == 200 and response.context["errors"]
    assert not SavedScreening.objects.exists()


def test_a_wrong_code_says_so_and_keeps_what_was_typed(client):
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    response = Client().post("/resume/", {"code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "resume": "1"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "We could not find saved answers for that code" in html
    assert 'value="ZZZZ-ZZZZ-ZZZZ-ZZZZ"' in html
    assert SavedScreening.objects.count() == 1  # nothing lost


def test_attempts_are_rate_limited_per_address_and_per_code(client):
    code = save_on(client, "situation", location="outside_us", goal="come_to_us")
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for i in range(10):
        guesser.post("/resume/", {"code": f"ZZZZ-ZZZZ-ZZZZ-ZZ{i:02d}"[:19], "resume": "1"})
    blocked = guesser.post("/resume/", {"code": code, "resume": "1"})  # even the right code
    assert blocked.status_code == 400 and "too many tries" in blocked.content.decode()
    # one code tried from many addresses
    for i in range(5):
        Client(REMOTE_ADDR=f"198.51.100.{i}").post(
            "/resume/", {"code": "YYYY-YYYY-YYYY-YYYY", "resume": "1"}
        )
    same_code = Client(REMOTE_ADDR="198.51.100.77").post(
        "/resume/", {"code": "YYYY-YYYY-YYYY-YYYY", "resume": "1"}
    )
    assert "too many tries" in same_code.content.decode()
    fine = Client(REMOTE_ADDR="192.0.2.1").post("/resume/", {"code": code, "resume": "1"})
    assert fine.status_code == 302


def test_an_expired_screening_cannot_be_resumed(client, settings):
    code = save_on(client, "situation", location="outside_us", goal="come_to_us")
    SavedScreening.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    response = Client().post("/resume/", {"code": code, "resume": "1"})
    assert response.status_code == 400


def test_saved_screenings_expire_after_the_configured_days(client, settings):
    settings.SAVED_SCREENING_DAYS = 7
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    left = SavedScreening.objects.get().expires_at - timezone.now()
    assert dt.timedelta(days=6, hours=23) < left <= dt.timedelta(days=7)


def test_the_person_can_delete_it_with_the_code_or_from_the_saved_page(client):
    code = save_on(client, "situation", location="outside_us", goal="come_to_us")
    response = Client().post("/resume/", {"code": code, "delete": "1"})
    assert "were deleted" in response.content.decode()
    assert not SavedScreening.objects.exists()
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    client.post("/saved/delete/")
    assert not SavedScreening.objects.exists()


def test_saving_again_replaces_the_earlier_save(client):
    first = save_on(client, "situation", location="outside_us", goal="come_to_us")
    second = save_on(client, "situation", location="outside_us", goal="come_to_us")
    assert first != second and SavedScreening.objects.count() == 1
    assert Client().post("/resume/", {"code": first, "resume": "1"}).status_code == 400


def test_the_landing_page_offers_to_continue_with_a_code(client):
    html = client.get("/").content.decode()
    assert 'action="/resume/"' in html and "Your resume code" in html


def test_the_code_never_appears_in_a_url(client):
    outside = {"location": "outside_us", "goal": "come_to_us"}
    response = post_step(client, APPLICANT, "situation", outside, extra={"save_for_later": "1"})
    assert response["Location"] == "/saved/"
