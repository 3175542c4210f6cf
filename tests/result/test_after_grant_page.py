"""The "If you are paroled" section on the applicant's result page: its own section apart from
the warnings, the arrival steps in order, a source behind each item, and the three fee ideas
kept apart in Spanish (the I-912 fee waiver, the law's exception, USCIS charging nothing)."""

from __future__ import annotations

import datetime as dt
import re

import icalendar
import pytest
from django.conf import settings
from django.utils import translation

from tests.rules.test_after_grant import DONOR, PAROLED

from .conftest import put_result, scenario

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_language_left_active():
    """A Spanish request leaves Spanish active in this thread: later tests render in English."""
    yield
    translation.deactivate()


ARRIVAL_NAMES = [
    "The embassy or consulate",
    "The travel document",
    "At the port of entry",
    "The I-94 record",
    "The parole fee at the port",
]


def section(html: str) -> str:
    match = re.search(r'<section class="after-grant".*?</section>', html, re.DOTALL)
    assert match, "no after-grant section"
    return match.group(0)


def page(client, answers, as_of="2026-11-30", language="en") -> str:
    put_result(client, answers, as_of)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client.get("/result/").content.decode()


def test_a_person_abroad_sees_the_arrival_steps_in_order_in_a_section_of_their_own(client):
    html = page(client, scenario("21")["answers"])
    part = section(html)
    assert "If you are paroled" in part and "Once the client is paroled" not in part
    steps = re.search(r'<ol class="after-grant-steps">(.*?)</ol>', part, re.DOTALL).group(1)
    found = [name for name in ARRIVAL_NAMES if name in steps]
    assert found == ARRIVAL_NAMES
    assert [steps.index(n) for n in found] == sorted(steps.index(n) for n in found)
    # one "Where this comes from" for the section (its fold), naming every item it backs
    fold = re.search(r'<details[^>]*id="fold-after_grant".*?</details>', html, re.DOTALL)
    assert fold and fold.group(0).count("Where this comes from") == 1
    flags = re.search(r'<section class="flags".*?</section>', html, re.DOTALL)
    assert flags is None or "If you are paroled" not in flags.group(0)


def test_a_paroled_person_sees_no_arrival_steps(client):
    part = section(page(client, PAROLED))
    assert "after-grant-steps" not in part
    assert "While you are on parole" in part and "Work permit" in part


def test_nothing_is_shown_for_an_unlikely_only_result(client):
    html = page(client, scenario("11")["answers"], scenario("11")["as_of"])
    assert 'class="after-grant"' not in html


def test_spanish_keeps_the_fee_waiver_and_the_exception_apart(client):
    waiver = section(page(client, PAROLED, language="es"))
    assert "Si recibe el parole" in waiver
    assert "exención de tarifa" in waiver
    assert re.findall(r"exenci[oó]n(?! de tarifa)", waiver) == []
    exception = section(page(client, DONOR, language="es"))  # an organ donor: the exception
    assert "Probablemente aplica una excepción a la tarifa de parole" in exception
    assert re.findall(r"exenci[oó]n(?! de tarifa)", exception) == []


def test_the_calendar_holds_each_new_date_by_its_name(client):
    today = dt.date.today()

    def later(days: int) -> str:
        return (today + dt.timedelta(days=days)).isoformat()

    answers = PAROLED | {
        "parole_expires_on": later(300),
        "treatment_date": later(20),
        "ead_expires_on": later(90),
        "moved_on": later(-1),
        "risk_factors": ["removal_proceedings"],
    }
    put_result(client, answers, today.isoformat())
    calendar = icalendar.Calendar.from_ical(client.get("/result/dates.ics").content)
    events = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    assert events["Treatment day"] == today + dt.timedelta(days=20)
    assert events["Your work permit ends"] == today + dt.timedelta(days=90)
    assert events["Last day to report the new address to USCIS"] == today + dt.timedelta(days=9)
    assert events["Last day to report the new address to the court"] == today + dt.timedelta(days=4)
