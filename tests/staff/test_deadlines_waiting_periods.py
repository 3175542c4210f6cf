"""A day a route after parole opens, on the staff pages: the next deadline while it is coming,
"reached" (never overdue) once it is behind, in the case's .ics, and in the re-screen comparison."""

import datetime as dt
import re

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from tests.result.test_timeline_waiting_periods import cuban, mark_in, year_before

from .conftest import make_case, opened_now
from .test_deadlines import URL, needing, references

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = dt.timedelta(days=1)


def row_of(text: str, reference: str) -> str:
    return next(row for row in re.findall(r"<tr[^>]*>.*?</tr>", text, re.S) if reference in row)


def test_a_coming_cuban_year_is_the_cases_next_deadline(paralegal_client):
    mark = mark_in(15)
    case = make_case(cuban(year_before(mark)), TODAY)
    assert case.next_deadline_on == mark and case.next_deadline_id == "cuban_adjustment_one_year"
    row = row_of(paralegal_client.get(URL).content.decode(), case.reference)
    assert "Cuban Adjustment Act: one year here" in row and "in 15 days" in row
    assert case.reference in references(paralegal_client.get(URL, {"window": "30"}))


def test_a_cuban_year_met_since_the_result_was_saved_is_reached_not_overdue(paralegal_client):
    mark = mark_in(-3)
    reached = make_case(cuban(year_before(mark)), TODAY - 10 * DAY, client_name="Year Met")
    missed = make_case(needing(TODAY - 2 * DAY), TODAY - 10 * DAY, client_name="Day Missed")
    text = paralegal_client.get(URL).content.decode()
    row = row_of(text, reached.reference)
    assert "(reached, 3 days ago)" in row and "passed" not in row
    assert "deadline-row--overdue" not in row and "next-deadline--reached" in row
    assert "deadline-row--overdue" in row_of(text, missed.reference)
    assert references(paralegal_client.get(URL, {"window": "overdue"})) == [missed.reference]


def test_a_year_already_met_when_screened_is_no_deadline_to_watch(paralegal_client):
    case = make_case(cuban(year_before(mark_in(-30))), TODAY)
    assert case.next_deadline_on is None and case.next_deadline_id == ""
    assert case.reference not in references(paralegal_client.get(URL))
    page = paralegal_client.get(reverse("staff:case_detail", args=[case.reference]))
    text = page.content.decode()
    assert "Cuban Adjustment Act: one year here" in text  # still on the case's timeline
    assert "This waiting period was met 30 days ago." in text


def test_the_case_calendar_holds_the_coming_cuban_year(paralegal_client):
    mark = mark_in(60)
    case = make_case(cuban(year_before(mark)), TODAY, client_name="Yaniel Secretname")
    response = paralegal_client.get(reverse("staff:case_calendar", args=[case.reference]))
    events = list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [mark]
    assert str(events[0]["summary"]) == f"{case.reference}: Cuban Adjustment Act: one year here"
    assert "Secretname" not in response.content.decode()


def test_re_screening_names_a_waiting_period_that_is_new_or_moved(attorney_client):
    mark = mark_in(100)
    case = make_case(cuban(year_before(mark)), TODAY)
    stored = case.assessment
    listed = stored["deadlines"]
    stored["deadlines"] = []  # as if saved before the rules listed the year
    stored["rules_version"] = "2026-01-01+000000000000"
    case.assessment, case.next_deadline_on, case.next_deadline_id = stored, None, ""
    case.save()
    rescreen = reverse("staff:rescreen", args=[case.reference])
    text = attorney_client.get(rescreen).content.decode()
    assert f"New deadline: {date_format(mark)}." in text
    # as if older rules had counted the year from another day
    stored["deadlines"] = [d | {"date": (mark - 5 * DAY).isoformat()} for d in listed]
    case.assessment = stored
    case.save()
    text = attorney_client.get(rescreen).content.decode()
    old, new = date_format(mark - 5 * DAY), date_format(mark)
    assert f"Moved 5 days later, from {old} to {new}." in text
    attorney_client.post(rescreen, opened_now(case))
    case.refresh_from_db()
    assert case.next_deadline_on == mark and case.next_deadline_id == "cuban_adjustment_one_year"
