"""The days a route after parole opens, as the applicant reads them: on the result page's
timeline (met, not "passed", once the day is behind), in the .ics and in the PDF."""

import datetime as dt
import re

import icalendar
from django.utils.formats import date_format

from screening.result.labels import DEADLINES
from screening.rules.assessment import DEADLINE_IDS
from tests.result.conftest import pdf_text, put_result, squash
from tests.result.test_timeline import timeline_items

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


def year_before(day: dt.date) -> dt.date:
    """The arrival day whose first anniversary is `day` (never 29 February, see below)."""
    return day.replace(year=day.year - 1)


def mark_in(days: int) -> dt.date:
    day = TODAY + days * DAY
    return day + DAY if (day.month, day.day) == (2, 29) else day  # keep the anniversary exact


def cuban(arrived: dt.date) -> dict:
    return {
        "location": "inside_us",
        "goal": "stay_in_us",
        "entry": "paroled",
        "parole_program": "other",
        "reasons": ["other"],
        "citizenship": "CU",
        "in_us_since": arrived.isoformat(),
    }


PROCEEDINGS = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "without_inspection",
    "risk_factors": ["removal_proceedings"],
    "us_relatives": ["usc_child_under_21"],
    "in_us_since": "2014-06-01",
}


def item_named(html: str, name: str) -> str:
    return next(item for item in timeline_items(html) if name in item)


def test_a_coming_cuban_year_is_on_the_timeline_with_what_to_do(client, db):
    mark = mark_in(20)
    put_result(client, cuban(year_before(mark)), TODAY.isoformat())
    html = client.get("/result/").content.decode()
    item = item_named(html, "Cuban Adjustment Act: one year here")
    assert f'<time datetime="{mark.isoformat()}">{date_format(mark)}</time>' in item
    assert "In 20 days." in item
    assert "from this day you may apply for a green card under the Cuban Adjustment Act" in item
    assert "<strong>What to do:</strong> Before this day, have a lawyer confirm" in item
    assert "Reported by secondary sources, last checked on" in item
    assert 'href="/result/dates.ics"' in html


def test_a_met_cuban_year_reads_as_met_not_as_a_missed_day(client, db):
    mark = mark_in(-3)
    put_result(client, cuban(year_before(mark)), TODAY.isoformat())
    html = client.get("/result/").content.decode()
    item = item_named(html, "Cuban Adjustment Act: one year here")
    assert "This waiting period was met 3 days ago." in item
    assert "has passed" not in item
    assert "The year is reached" in item
    assert re.search(r'<li class="timeline-item timeline-item--reached">', html)
    assert "dates.ics" not in html  # nothing left to put in a calendar


def test_ten_years_before_the_notice_to_appear_are_shown_as_met(client, db):
    put_result(client, PROCEEDINGS | {"nta_served_on": "2024-06-02"}, TODAY.isoformat())
    html = client.get("/result/").content.decode()
    item = item_named(html, "Cancellation of removal: ten years here")
    assert date_format(dt.date(2024, 6, 1)) in item
    assert "This waiting period was met" in item
    assert "before the Notice to Appear was served, which stops the count" in item
    assert "Form EOIR-42B" in item
    cut_short = PROCEEDINGS | {"nta_served_on": "2024-05-31", "nta_gave_date_time": True}
    put_result(client, cut_short, TODAY.isoformat())
    assert "ten years here" not in client.get("/result/").content.decode()


def test_the_calendar_holds_a_coming_cuban_year(client, db):
    mark = mark_in(40)
    put_result(client, cuban(year_before(mark)), TODAY.isoformat())
    events = list(
        icalendar.Calendar.from_ical(client.get("/result/dates.ics").content).walk("VEVENT")
    )
    assert [e.decoded("dtstart") for e in events] == [mark]
    assert str(events[0]["summary"]) == "Cuban Adjustment Act: one year here"
    assert str(events[0]["uid"]) == f"cuban_adjustment_one_year-{mark.isoformat()}@parolescreen"
    assert "Form I-485 can be filed from this day" in str(events[0]["description"])
    assert "CU" not in re.sub(
        r"(DTSTAMP|UID|PRODID):.*", "", client.get("/result/dates.ics").content.decode()
    )


def test_the_pdf_names_the_cuban_year(client, db):
    mark = mark_in(20)
    put_result(client, cuban(year_before(mark)), TODAY.isoformat())
    text = squash(pdf_text(client.get("/result/pdf/").content))
    assert squash("Cuban Adjustment Act: one year here") in text
    assert squash(date_format(mark)) in text


def test_every_deadline_id_has_a_name():
    assert set(DEADLINES) == set(DEADLINE_IDS)
