"""The applicant's dates that matter: a timeline on the result page and in the PDF, and an
"Add to calendar" .ics made on request from the session's answers."""

import datetime as dt
import re

import icalendar
from django.utils.formats import date_format

from screening.models import AuditEvent, Case
from tests.result.conftest import pdf_text, put_result, squash

TODAY = dt.date.today()
ENDS = TODAY + dt.timedelta(days=200)
UKRAINIAN = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "paroled",
    "parole_program": "u4u",
    "parole_expires_on": ENDS.isoformat(),
    "citizenship": "UA",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_provider_arranged": True,
    "medical_life_threatening": False,
    "needed_by": (TODAY - dt.timedelta(days=3)).isoformat(),
}
OPENS = ENDS - dt.timedelta(days=180)
FILE_BY = ENDS - dt.timedelta(days=60)


def timeline_items(html: str) -> list[str]:
    match = re.search(r'<ol class="timeline-list">(.*?)</ol>', html, re.S)
    assert match, "no timeline on the page"
    return re.findall(r'<li class="timeline-item[^"]*">(.*?)</li>', match.group(1), re.S)


def test_result_page_lists_the_dates_in_order_in_words(client, db):
    put_result(client, UKRAINIAN, TODAY.isoformat())
    html = client.get("/result/").content.decode()
    items = timeline_items(html)
    assert len(items) == 4
    days = [re.search(r'<time datetime="([\d-]+)">([^<]+)</time>', item).groups() for item in items]
    expected = [TODAY - dt.timedelta(days=3), OPENS, FILE_BY, ENDS]
    assert [d for d, _ in days] == [e.isoformat() for e in expected]
    assert [w for _, w in days] == [date_format(e) for e in expected]  # DATE_FORMAT, not ISO
    assert "This day has passed (3 days ago)." in items[0]
    assert "In 20 days." in items[1]
    assert "Parole ends" in items[3] and "Your parole ends automatically" in items[3]
    assert "Reported by secondary sources, last checked on" in items[1]
    assert 'href="/result/dates.ics"' in html


def test_no_timeline_and_no_calendar_link_without_dates(client, db):
    put_result(client, {"location": "outside_us", "goal": "come_to_us"}, TODAY.isoformat())
    html = client.get("/result/").content.decode()
    assert "timeline-list" not in html and "dates.ics" not in html


def test_calendar_link_is_hidden_when_every_date_has_passed(client, db):
    put_result(client, UKRAINIAN | {"parole_expires_on": "2026-01-01"}, "2025-12-01")
    html = client.get("/result/").content.decode()
    assert "timeline-list" in html and "dates.ics" not in html


def test_calendar_holds_the_coming_dates_and_nothing_personal(client, db):
    put_result(client, UKRAINIAN, TODAY.isoformat())
    response = client.get("/result/dates.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="parole-screening-dates.ics"' in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    # the passed needed-by date is left out; the three coming ones are all-day events
    assert [e.decoded("dtstart") for e in events] == [OPENS, FILE_BY, ENDS]
    assert [str(e["summary"]) for e in events] == [
        "The re-parole filing window opens",
        "Recommended last day to file for re-parole",
        "Parole ends",
    ]
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(days=1) for e in events)
    assert events[0].walk("VALARM")[0].decoded("trigger") == dt.timedelta(days=-7)
    text = response.content.decode()
    for personal in ("UA", "medical", "u4u", "stay_in_us"):
        assert personal not in re.sub(r"(DTSTAMP|UID|PRODID):.*", "", text)
    assert {str(e["uid"]) for e in events} == {
        f"re_parole_window_opens-{OPENS.isoformat()}@parolescreen",
        f"re_parole_file_by-{FILE_BY.isoformat()}@parolescreen",
        f"parole_ends-{ENDS.isoformat()}@parolescreen",
    }


def test_calendar_is_stored_nowhere(client, db):
    put_result(client, UKRAINIAN, TODAY.isoformat())
    before = dict(client.session)
    client.get("/result/dates.ics")
    assert dict(client.session) == before
    assert not Case.objects.exists() and not AuditEvent.objects.exists()


def test_calendar_without_a_screening_says_there_is_nothing_to_show(client, db):
    response = client.get("/result/dates.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert "There is no screening in progress" in response.content.decode()


def test_pdf_summary_shows_the_dates_on_its_first_page(client, db):
    import io

    from pypdf import PdfReader

    put_result(client, UKRAINIAN, TODAY.isoformat())
    body = client.get("/result/pdf/").content
    first = PdfReader(io.BytesIO(body)).pages[0].extract_text()
    assert squash("Dates that matter") in squash(first)
    assert squash(date_format(ENDS)) in squash(first)
    assert "Add these dates" not in pdf_text(body)
