"""Deadlines from the dates a person gives: a work permit's end, the address reports after a move,
the treatment and donation days (each with its exact date), and every date still to come among
the deadlines; urgency counts treatment and donation days as it counts `needed_by`."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import SCHEMA, assess
from screening.rules import deadlines as deadlines_module
from screening.rules.answers import Answers
from screening.rules.assessment import DEADLINE_IDS, Deadline
from screening.rules.deadlines import DEADLINE_RULES, deadlines
from tests.rules.test_after_grant import DONOR, PAROLED

DAY = dt.date(2026, 11, 30)


def dates(answers, day=DAY) -> dict[str, str]:
    return {d["id"]: d["date"] for d in assess(answers, day).to_dict()["deadlines"]}


def test_the_work_permit_end_is_the_card_s_day():
    got = dates(PAROLED | {"ead_expires_on": "2027-03-15"})
    assert got["ead_ends"] == "2027-03-15"


@pytest.mark.parametrize(
    ("day", "automatic_extension_named"),
    [(dt.date(2025, 10, 29), False), (dt.date(2025, 10, 30), True), (dt.date(2025, 10, 31), True)],
)
def test_the_work_permit_todo_names_the_end_of_automatic_extensions_from_its_day(
    day, automatic_extension_named
):
    result = assess(PAROLED | {"ead_expires_on": "2027-03-15"}, day)
    todo = next(d for d in result.deadlines if d.id == "ead_ends").todo.text
    assert ("no longer extended automatically" in todo) == automatic_extension_named
    assert "never lasts longer than the parole" in todo


def test_a_move_gives_ten_days_for_uscis_and_five_for_the_court():
    moved = PAROLED | {"moved_on": "2026-11-25"}
    got = dates(moved)
    assert got["address_change_due"] == "2026-12-05"
    assert "court_address_change_due" not in got
    got = dates(moved | {"risk_factors": ["removal_proceedings"]})
    assert got["court_address_change_due"] == "2026-11-30"
    # across a month's end
    assert dates(PAROLED | {"moved_on": "2026-12-28"})["address_change_due"] == "2027-01-07"


def test_treatment_and_donation_days_are_dates_that_matter():
    treated = PAROLED | {"treatment_date": "2027-02-01"}
    assert dates(treated)["treatment_date"] == "2027-02-01"
    got = dates(DONOR)
    assert got["donation_date"] == "2027-01-20"
    assert "needed_by" not in got  # the transplant day is listed even with needed_by blank


DATE_KEYS_TO_DEADLINES = {
    "parole_expires_on": "parole_ends",
    "court_date": "court_date",
    "needed_by": "needed_by",
    "donation_date": "donation_date",
    "treatment_date": "treatment_date",
    "ead_expires_on": "ead_ends",
}
# Dates of the past by nature (an arrival, a notice served, a filing, a move: the move's own
# deadline is ten days later), and the TPS end, whose deadline `tps_ends` is another change's.
NOT_A_DEADLINE_ITSELF = {
    "in_us_since",
    "nta_served_on",
    "asylum_filed_on",
    "i485_filed_on",
    "moved_on",
    "tps_ends_on",
}


def test_every_date_key_is_a_deadline_or_named_as_a_past_fact():
    date_keys = {f.key for f in SCHEMA if f.kind == "date"}
    assert date_keys - NOT_A_DEADLINE_ITSELF == set(DATE_KEYS_TO_DEADLINES)


@pytest.mark.parametrize(("key", "deadline_id"), sorted(DATE_KEYS_TO_DEADLINES.items()))
def test_every_date_still_to_come_is_among_the_deadlines(key, deadline_id):
    future = "2027-04-01"
    answers = {
        "parole_expires_on": PAROLED,
        "ead_expires_on": PAROLED,
        "treatment_date": PAROLED,
        "court_date": ABROAD_COURT,
        "needed_by": DONOR,
        "donation_date": DONOR,
    }[key] | {key: future}
    assert dates(answers)[deadline_id] == future


ABROAD_COURT = {
    "location": "outside_us",
    "goal": "come_to_us",
    "reasons": ["court_proceeding"],
    "agency_request": False,
    "visa_option": "too_slow",
    "financial_supporter": "self",
}


def test_the_deadline_rules_take_a_new_id_without_other_changes(monkeypatch):
    def made_up(ctx, pathways, alternatives):
        return [Deadline("A made-up day.", id="not_listed_yet", date=dt.date(2027, 1, 20))]

    monkeypatch.setattr(deadlines_module, "DEADLINE_RULES", (*DEADLINE_RULES, made_up))
    found = deadlines(Answers.from_dict(DONOR), DAY, {})
    # on one day, an id not yet in DEADLINE_IDS comes after the listed ones
    assert [d.id for d in found] == ["donation_date", "not_listed_yet"]
    assert "not_listed_yet" not in DEADLINE_IDS


@pytest.mark.parametrize(
    ("days_away", "urgency"), [(20, "emergency"), (60, "urgent"), (120, "standard")]
)
def test_urgency_counts_the_treatment_and_donation_days_like_needed_by(days_away, urgency):
    day = (DAY + dt.timedelta(days=days_away)).isoformat()
    treated = PAROLED | {"medical_life_threatening": False, "treatment_date": day}
    assert assess(treated, DAY).urgency == urgency
    donor = DONOR | {"donation_date": day}
    assert assess(donor, DAY).urgency == urgency


def test_a_court_address_report_makes_a_case_urgent_never_an_emergency():
    calm = PAROLED | {"medical_life_threatening": False, "parole_expires_on": "2030-01-01"}
    assert assess(calm, DAY).urgency == "standard"
    moved = calm | {"moved_on": "2026-11-28", "risk_factors": ["removal_proceedings"]}
    result = assess(moved, DAY)
    assert result.urgency == "urgent"
    assert "expedite_request" not in {f.id for f in result.flags}
    # passed: no longer counted
    gone = calm | {"moved_on": "2026-11-01", "risk_factors": ["removal_proceedings"]}
    assert assess(gone, DAY).urgency == "standard"
