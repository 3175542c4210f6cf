"""Deadlines across cases: the Deadlines page, the case list's next deadline, the marks for an
ended parole or an open filing window, and a case's .ics download."""

import datetime as dt
import re

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from screening.models import AuditEvent, Status
from screening.staff.deadlines import PAGE_SIZE

from .conftest import MEDICAL, make_case

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = dt.timedelta(days=1)
URL = reverse("staff:deadline_list")


def parolee(ends: dt.date, program: str = "u4u") -> dict:
    return {
        "location": "inside_us",
        "goal": "stay_in_us",
        "entry": "paroled",
        "parole_program": program,
        "parole_expires_on": ends.isoformat(),
        "citizenship": "UA",
        "reasons": ["medical_treatment"],
        "medical_available_at_home": False,
        "medical_provider_arranged": True,
        "medical_life_threatening": False,
    }


def needing(day: dt.date) -> dict:
    return MEDICAL | {"needed_by": day.isoformat()}


def references(response) -> list[str]:
    return re.findall(r'class="case-ref">(PS-[\w-]+)<', response.content.decode())


def test_saving_a_result_stores_the_next_deadline_and_the_parole_dates():
    ends = TODAY + 300 * DAY
    case = make_case(parolee(ends), TODAY)
    assert case.next_deadline_on == ends - 180 * DAY
    assert case.next_deadline_id == "re_parole_window_opens"
    assert case.parole_ends_on == ends and case.window_opens_on == ends - 180 * DAY
    undated = make_case(MEDICAL, TODAY)
    assert undated.next_deadline_on is None and undated.next_deadline_id == ""


def test_page_lists_open_cases_soonest_first_without_closed_drafts_or_undated(paralegal_client):
    later = make_case(needing(TODAY + 40 * DAY), TODAY, client_name="Later Client")
    sooner = make_case(needing(TODAY + 5 * DAY), TODAY, client_name="Sooner Client")
    make_case(needing(TODAY + 1 * DAY), TODAY, status=Status.CLOSED, client_name="Closed One")
    make_case(None, status=Status.DRAFT, client_name="Draft One")
    make_case(MEDICAL, TODAY, client_name="Undated One")
    response = paralegal_client.get(URL)
    assert response.status_code == 200
    assert references(response) == [sooner.reference, later.reference]
    text = response.content.decode()
    assert "2 cases with a deadline." in text
    assert date_format(TODAY + 5 * DAY) in text and "in 5 days" in text
    assert "Closed One" not in text and "Draft One" not in text and "Undated One" not in text


@pytest.mark.parametrize(
    ("window", "inside", "outside"),
    [
        ("overdue", -1, 0),
        ("30", 30, 31),
        ("90", 90, 91),
        ("180", 180, 181),
    ],
)
def test_window_filter_takes_the_days_on_both_sides_of_its_edge(
    paralegal_client, window, inside, outside
):
    # Screened in the past so that a needed-by day before today is still the next deadline.
    as_of = TODAY - 10 * DAY
    yes = make_case(needing(TODAY + inside * DAY), as_of)
    no = make_case(needing(TODAY + outside * DAY), as_of)
    found = references(paralegal_client.get(URL, {"window": window}))
    assert yes.reference in found and no.reference not in found
    if window != "overdue":  # today itself is due, not overdue
        today = make_case(needing(TODAY), as_of)
        assert today.reference in references(paralegal_client.get(URL, {"window": window}))
        assert today.reference not in references(paralegal_client.get(URL, {"window": "overdue"}))


def test_filter_by_assignee_and_status(attorney_client, paralegal, attorney):
    mine = make_case(needing(TODAY + 3 * DAY), TODAY, assigned_to=paralegal)
    theirs = make_case(needing(TODAY + 2 * DAY), TODAY, assigned_to=attorney)
    review = make_case(needing(TODAY + 4 * DAY), TODAY, status=Status.IN_REVIEW)
    assert references(attorney_client.get(URL, {"assignee": paralegal.pk})) == [mine.reference]
    assert references(attorney_client.get(URL, {"status": "in_review"})) == [review.reference]
    assert references(attorney_client.get(URL)) == [
        theirs.reference,
        mine.reference,
        review.reference,
    ]


def test_a_paralegal_sees_the_deadlines_of_the_cases_the_case_list_shows_them(
    paralegal_client, paralegal, attorney
):
    mine = make_case(needing(TODAY + 3 * DAY), TODAY, assigned_to=paralegal)
    unassigned = make_case(needing(TODAY + 4 * DAY), TODAY)
    colleagues = make_case(needing(TODAY + 2 * DAY), TODAY, assigned_to=attorney)
    shown = references(paralegal_client.get(URL))
    assert shown == [mine.reference, unassigned.reference]
    assert colleagues.reference not in references(paralegal_client.get(reverse("staff:case_list")))
    calendar = reverse("staff:case_calendar", args=[colleagues.reference])
    assert paralegal_client.get(calendar).status_code == 404


def test_a_bad_filter_value_is_named_and_the_list_still_shows(paralegal_client):
    case = make_case(needing(TODAY + 3 * DAY), TODAY)
    response = paralegal_client.get(URL, {"window": "45"})
    text = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in text and "Select a valid choice" in text
    assert references(response) == [case.reference]


def test_marks_for_ended_parole_and_open_window_on_the_lists_and_the_case_page(
    paralegal_client,
):
    ended = make_case(parolee(TODAY - DAY), TODAY - 30 * DAY, client_name="Ended Parole")
    opening = TODAY - DAY  # the Ukrainian window opened yesterday
    window = make_case(parolee(opening + 180 * DAY), TODAY - 30 * DAY, client_name="Window Open")
    not_yet = make_case(parolee(TODAY + 181 * DAY), TODAY, client_name="Not Yet")
    for url in (URL, reverse("staff:case_list")):
        text = paralegal_client.get(url).content.decode()
        rows = {
            re.search(r"PS-[\w-]+", row).group(0): row
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", text, re.S)
            if "PS-" in row
        }
        assert "Parole has ended" in rows[ended.reference]
        assert "Re-parole filing window is open" in rows[window.reference]
        assert "Parole has ended" not in rows[not_yet.reference]
        assert "window is open" not in rows[not_yet.reference]
    page = paralegal_client.get(reverse("staff:case_detail", args=[ended.reference]))
    assert "Parole has ended" in page.content.decode()
    page = paralegal_client.get(reverse("staff:case_detail", args=[window.reference]))
    assert "Re-parole filing window is open" in page.content.decode()


def test_case_list_shows_each_case_next_deadline(paralegal_client):
    case = make_case(needing(TODAY + 12 * DAY), TODAY)
    text = paralegal_client.get(reverse("staff:case_list")).content.decode()
    assert "Next deadline" in text
    row = text.split(case.reference, 2)[2].split("</tr>")[0]
    assert date_format(TODAY + 12 * DAY) in row and "in 12 days" in row


def test_case_page_shows_the_timeline_and_the_calendar_link(paralegal_client):
    case = make_case(parolee(TODAY + 300 * DAY), TODAY)
    text = paralegal_client.get(reverse("staff:case_detail", args=[case.reference])).content
    text = text.decode()
    assert "Dates that matter" in text
    assert reverse("staff:case_calendar", args=[case.reference]) in text


def test_case_calendar_carries_only_the_reference_and_the_deadlines(paralegal_client):
    ends = TODAY + 300 * DAY
    case = make_case(parolee(ends), TODAY, client_name="Oksana Secretname", a_number="A123456789")
    response = paralegal_client.get(reverse("staff:case_calendar", args=[case.reference]))
    assert response.status_code == 200
    assert f'filename="deadlines-{case.reference}.ics"' in response["Content-Disposition"]
    events = list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [ends - 180 * DAY, ends - 60 * DAY, ends]
    assert str(events[-1]["summary"]) == f"{case.reference}: Parole ends"
    assert str(events[-1]["uid"]) == f"{case.reference}-parole_ends-{ends.isoformat()}@parolescreen"
    text = response.content.decode()
    for personal in ("Oksana", "Secretname", "A123456789", "UA", "medical"):
        assert personal not in text
    event = AuditEvent.objects.get(action="calendar_downloaded")
    assert event.case_reference == case.reference


def test_deadlines_page_is_in_the_staff_navigation(paralegal_client):
    text = paralegal_client.get(reverse("staff:case_list")).content.decode()
    assert f'href="{URL}"' in text


@pytest.mark.parametrize("count", [5, 50])
def test_deadlines_page_costs_the_same_queries_for_5_and_50_cases(
    paralegal, paralegal_client, django_assert_num_queries, count
):
    for i in range(count):
        make_case(needing(TODAY + (i + 1) * DAY), TODAY, assigned_to=paralegal)
    paralegal_client.get(URL)  # warm the session and the permission cache
    # session, user, user and group permissions, the count, the page, the assignee choices, and
    # whether this person viewed the page in the last few minutes (the audit log's one row)
    with django_assert_num_queries(8):
        response = paralegal_client.get(URL, {"window": "180"})
    assert f"{count} cases with a deadline." in response.content.decode()
    assert len(references(response)) == min(count, PAGE_SIZE)


def test_memo_shows_the_case_deadlines_on_its_first_page(attorney_client):
    import io

    from pypdf import PdfReader

    ends = TODAY + 300 * DAY
    case = make_case(parolee(ends), TODAY)
    response = attorney_client.get(reverse("staff:memo_pdf", args=[case.reference]))
    first = " ".join(PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split())
    assert "Dates that matter" in first
    assert date_format(ends - 180 * DAY) in first and date_format(ends) in first
    assert "Add these dates" not in first
