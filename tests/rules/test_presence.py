"""Unlawful presence: where the count starts, what stops it, the 180th day, the bars flag and
advance parole; each dated boundary on the day before, on and after."""

import datetime as dt

import pytest

from screening.rules import assess

DAY = dt.timedelta(days=1)
INSIDE = {"location": "inside_us", "goal": "stay_in_us", "beneficiary_is_minor": False}
PAROLEE = INSIDE | {
    "entry": "paroled",
    "parole_program": "none",
    "parole_expires_on": "2026-10-14",
    "in_us_since": "2024-10-15",
    "citizenship": "GE",
    "reasons": ["other"],
    "financial_supporter": "self",
}
EWI = INSIDE | {"entry": "without_inspection", "in_us_since": "2025-01-01", "citizenship": "MX"}
# A Haitian paroled in 2023 who then held TPS until the termination of 2026-07-27.
FORMER_TPS = INSIDE | {
    "entry": "paroled",
    "parole_program": "none",
    "parole_expires_on": "2024-06-01",
    "in_us_since": "2023-06-01",
    "citizenship": "HT",
    "pending_applications": ["tps"],
    "tps_granted": True,
    "reasons": ["protection"],
}


def flag(result, fid):
    return next((f for f in result.flags if f.id == fid), None)


def deadline(result, did):
    return next((d for d in result.deadlines if d.id == did), None)


def test_a_parolee_counts_from_the_day_after_parole_ended():
    result = assess(PAROLEE, dt.date(2026, 11, 30))
    up = deadline(result, "unlawful_presence_180_days")
    assert up.date == dt.date(2027, 4, 13)  # 2026-10-15 is day 1
    assert up.confidence == "S"  # it rests on parole time
    assert flag(result, "unlawful_presence_bars") is None


@pytest.mark.parametrize(
    ("as_of", "raised"),
    [(dt.date(2027, 4, 12), False), (dt.date(2027, 4, 13), True), (dt.date(2027, 4, 14), True)],
)
def test_the_flag_from_the_180th_day_names_the_day_and_why(as_of, raised):
    result = assess(PAROLEE, as_of)
    bars = flag(result, "unlawful_presence_bars")
    assert (bars is not None) is raised
    # the deadline stays listed once passed
    assert deadline(result, "unlawful_presence_180_days").date == dt.date(2027, 4, 13)
    if raised:
        assert bars.params["start"] == "2026-10-15"
        assert "the day after your parole ended" in bars.text
        assert "More than 180 days have been counted" in bars.text
        assert "the client's parole ended" in bars.client_text


def test_no_deadline_while_parole_still_runs():
    result = assess(PAROLEE, dt.date(2026, 10, 14))
    assert deadline(result, "unlawful_presence_180_days") is None


def test_a_former_tps_holder_counts_from_the_day_after_tps_ended():
    result = assess(FORMER_TPS, dt.date(2026, 12, 7))
    up = deadline(result, "unlawful_presence_180_days")
    assert up.date == dt.date(2027, 1, 24)  # her real 180th day, from 2026-07-28
    assert flag(result, "unlawful_presence_bars") is None
    assert not any("can now start" in f.text for f in result.flags)
    on = assess(FORMER_TPS, dt.date(2027, 1, 24))
    bars = flag(on, "unlawful_presence_bars")
    assert bars.params["start"] == "2026-07-28" and "the day after your TPS ended" in bars.text
    assert "reported not to count" in bars.text


@pytest.mark.parametrize(
    ("as_of", "urgency"),
    [
        (dt.date(2026, 10, 25), "standard"),  # 91 days before 2027-01-24
        (dt.date(2026, 10, 26), "urgent"),  # 90 days
        (dt.date(2027, 1, 20), "urgent"),  # 4 days: still never an emergency on its own
    ],
)
def test_the_180th_day_makes_it_urgent_within_90_days(as_of, urgency):
    result = assess(FORMER_TPS, as_of)
    assert result.urgency == urgency
    assert flag(result, "expedite_request") is None


def test_time_with_a_pending_asylum_application_does_not_count():
    filed = EWI | {"pending_applications": ["i589"], "asylum_filed_on": "2025-03-01"}
    result = assess(filed, dt.date(2026, 12, 7))
    assert flag(result, "unlawful_presence_bars") is None
    assert deadline(result, "unlawful_presence_180_days") is None
    late = filed | {"asylum_filed_on": "2025-06-30"}  # 2025-06-30 = 2025-01-01 + 180 days
    assert flag(assess(late, dt.date(2026, 12, 7)), "unlawful_presence_bars") is not None
    just_in_time = filed | {"asylum_filed_on": "2025-06-29"}
    assert flag(assess(just_in_time, dt.date(2026, 12, 7)), "unlawful_presence_bars") is None


def test_a_pending_asylum_application_with_no_date_is_never_told_it_can_now_start():
    pending = EWI | {"pending_applications": ["i589"]}
    early = assess(pending, dt.date(2025, 6, 29))  # it was filed before today: in time
    assert flag(early, "unlawful_presence_bars") is None
    assert deadline(early, "unlawful_presence_180_days") is None
    later = assess(pending, dt.date(2026, 12, 7))
    bars = flag(later, "unlawful_presence_bars")
    assert bars.params["day"] == "2025-06-30"
    assert "if you filed it before {day}" in bars.message
    assert "More than 180 days have been counted by now" not in bars.text


def test_a_pending_i485_stops_the_count_from_its_filing_day():
    adjusting = PAROLEE | {"pending_applications": ["i485"], "i485_filed_on": "2026-09-01"}
    result = assess(adjusting, dt.date(2027, 6, 1))
    assert flag(result, "unlawful_presence_bars") is None
    assert deadline(result, "unlawful_presence_180_days") is None
    unknown = PAROLEE | {"pending_applications": ["i485"]}
    bars = flag(assess(unknown, dt.date(2027, 6, 1)), "unlawful_presence_bars")
    assert "green card application (Form I-485)" in bars.text
    assert "9 FAM 302.11-3" in bars.source


def test_an_entry_without_inspection_counts_from_the_arrival_with_the_age_caveat():
    result = assess(EWI, dt.date(2026, 12, 7))
    bars = flag(result, "unlawful_presence_bars")
    assert bars.params["start"] == "2025-01-01"
    assert "only from your 18th birthday" in bars.text
    assert deadline(result, "unlawful_presence_180_days").confidence == "C"
    released = assess(EWI | {"entry": "released_from_custody"}, dt.date(2026, 12, 7))
    assert "Form I-220A) is not parole" in flag(released, "unlawful_presence_bars").text
    child = EWI | {"beneficiary_is_minor": True}
    assert flag(assess(child, dt.date(2026, 12, 7)), "unlawful_presence_bars") is None


def test_advance_parole_departure_is_a_stop_only_with_the_bars_flag():
    traveller = EWI | {
        "goal": "travel_and_return",
        "entry": "admitted",
        "risk_factors": ["prior_overstay"],
    }
    with_bars = assess(traveller, dt.date(2026, 12, 7))
    assert flag(with_bars, "unlawful_presence_bars") is not None
    assert flag(with_bars, "advance_parole_departure").severity == "stop"
    clean = traveller | {"risk_factors": []}
    assert flag(assess(clean, dt.date(2026, 12, 7)), "advance_parole_departure").severity == (
        "warning"
    )


def test_a_current_tps_holder_who_entered_without_inspection_gets_no_count_but_a_caveat():
    holder = EWI | {
        "citizenship": "SV",
        "in_us_since": "2000-05-01",
        "pending_applications": ["tps"],
        "tps_granted": True,
    }
    result = assess(holder, dt.date(2026, 12, 7))
    assert deadline(result, "unlawful_presence_180_days") is None
    bars = flag(result, "unlawful_presence_bars")
    assert "before your TPS grant" in bars.text and "If more than 180 days" in bars.text
    assert "More than 180 days have been counted by now" not in bars.text


def test_no_one_is_told_leaving_can_now_start_a_bar_when_nothing_has_been_counted():
    # A parolee whose parole ended long ago but who filed for asylum within the 180 days.
    asylum = PAROLEE | {
        "parole_expires_on": "2025-01-01",
        "pending_applications": ["i589"],
        "asylum_filed_on": "2025-03-01",
    }
    for as_of in (dt.date(2025, 6, 30), dt.date(2026, 12, 7)):
        result = assess(asylum, as_of)
        assert flag(result, "unlawful_presence_bars") is None
        assert not any("can now start" in f.text for f in result.flags)
        assert not any("3- or 10-year bar" in f.text for f in result.flags)
    # The former TPS holder: nothing counted while TPS lasted.
    held = assess(FORMER_TPS, dt.date(2026, 7, 27))
    assert flag(held, "unlawful_presence_bars") is None
    assert deadline(held, "unlawful_presence_180_days") is None
    assert flag(held, "tps_protection") is not None
    ended = assess(FORMER_TPS, dt.date(2026, 7, 28))
    assert flag(ended, "tps_protection") is None
    assert deadline(ended, "unlawful_presence_180_days").date == dt.date(2027, 1, 24)
