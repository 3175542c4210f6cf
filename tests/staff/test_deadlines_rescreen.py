"""Re-screening recomputes the deadlines from the stored answers under today's rules, and the
comparison says in words how each deadline moved."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from screening.result.timeline import moved_words
from screening.staff.diff import compare

from .conftest import make_case, opened_now
from .test_deadlines import parolee

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = dt.timedelta(days=1)


def test_moved_words_for_each_kind_of_move():
    assert moved_words("2027-03-01", "2027-04-02") == (
        f"Moved 32 days later, from {date_format(dt.date(2027, 3, 1))} "
        f"to {date_format(dt.date(2027, 4, 2))}."
    )
    assert moved_words("2027-03-02", "2027-03-01").startswith("Moved 1 day earlier")
    assert moved_words(None, "2027-03-01") == f"New deadline: {date_format(dt.date(2027, 3, 1))}."
    assert moved_words("2027-03-01", None).startswith("No longer a deadline")
    assert moved_words("2027-03-01", "2027-03-01") == ""


def test_a_paused_program_reopening_brings_the_filing_window_in(attorney_client):
    # Stored while Ukrainian re-parole was paused (2025-02-14 to 2025-06-09): no window then.
    ends = TODAY + 200 * DAY
    case = make_case(parolee(ends), dt.date(2025, 6, 1))
    assert case.window_opens_on is None and case.next_deadline_id == "parole_ends"
    response = attorney_client.get(reverse("staff:rescreen", args=[case.reference]))
    text = response.content.decode()
    assert "Deadlines" in text
    assert f"New deadline: {date_format(ends - 180 * DAY)}." in text
    assert f"New deadline: {date_format(ends - 60 * DAY)}." in text
    attorney_client.post(reverse("staff:rescreen", args=[case.reference]), opened_now(case))
    case.refresh_from_db()
    assert case.window_opens_on == ends - 180 * DAY
    assert case.next_deadline_on == ends - 180 * DAY
    assert case.next_deadline_id == "re_parole_window_opens"


def test_a_deadline_the_rules_move_is_shown_as_moved(attorney_client):
    ends = TODAY + 200 * DAY
    case = make_case(parolee(ends), TODAY)
    stored = case.assessment
    for deadline in stored["deadlines"]:  # as if older rules had said 30 days, not 60
        if deadline["id"] == "re_parole_file_by":
            deadline["date"] = (ends - 30 * DAY).isoformat()
    stored["rules_version"] = "2026-01-01+000000000000"
    case.assessment = stored
    case.save()
    diff = compare(case.assessment, stored | {"deadlines": []})
    assert {row.id for row in diff.changed("deadlines")} == {
        "re_parole_window_opens",
        "re_parole_file_by",
        "parole_ends",
    }
    text = attorney_client.get(reverse("staff:rescreen", args=[case.reference])).content.decode()
    old, new = date_format(ends - 30 * DAY), date_format(ends - 60 * DAY)
    assert f"Moved 30 days earlier, from {old} to {new}." in text
