"""The 2025-26 restrictions (knowledge/restrictions.py), on the day before, on and after each date:
the travel-ban proclamations, the USCIS holds and their vacatur, the unlawful-presence bars,
and the calibration that no pathway is `likely` while a hold reaches the person."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess
from tests.rules.test_dated_values import around, flag, verdict

# Someone abroad with an urgent medical reason: `likely` unless something weighs against it.
URGENT = {
    "location": "outside_us",
    "goal": "come_to_us",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "self",
}


def flags_of(result, flag_id):
    return [f for f in result.flags if f.id == flag_id]


@pytest.mark.parametrize(
    ("country", "day", "number", "full"),
    [("CU", "2025-06-09", "10949", False), ("IR", "2025-06-09", "10949", True)],
)
def test_proclamation_10949_from_2025_06_09(country, day, number, full):
    before, on, after = (assess(URGENT | {"citizenship": country}, d) for d in around(day))
    assert flag(before, "travel_ban") is None
    for result in (on, after):
        ban = flag(result, "travel_ban")
        assert ban.severity == "warning"
        assert f"Proclamation {number}" in ban.text
        assert ("partly suspends" not in ban.text) is full
        assert "Form I-601A" in ban.text and "not confirmed" in ban.text
        assert "90 FR 24497" in ban.source


@pytest.mark.parametrize(("country", "full"), [("NG", False), ("SY", True), ("PS", True)])
def test_proclamation_10998_adds_countries_from_2026_01_01(country, full):
    before, on, after = (assess(URGENT | {"citizenship": country}, d) for d in around("2026-01-01"))
    assert flag(before, "travel_ban") is None
    for result in (on, after):
        ban = flag(result, "travel_ban")
        assert "Proclamation 10998" in ban.text
        assert ("partly suspends" not in ban.text) is full
        assert "PM-602-0194" in ban.source


def test_a_country_on_no_list_raises_no_travel_ban():
    assert flag(assess(URGENT | {"citizenship": "PE"}, dt.date(2026, 12, 1)), "travel_ban") is None


def test_the_hold_of_pm_602_0192_reaches_the_19_from_2025_12_02():
    before, on, after = (assess(URGENT | {"citizenship": "CU"}, d) for d in around("2025-12-02"))
    assert flags_of(before, "processing_hold") == []
    assert verdict(before, "humanitarian_parole") == "likely"
    for result in (on, after):
        (hold,) = flags_of(result, "processing_hold")
        assert "PM-602-0192" in hold.text and "born in" in hold.text
        assert verdict(result, "humanitarian_parole") == "possible"
        codes = [r.code for r in result.pathway("humanitarian_parole").reasons]
        assert "processing_hold" in codes and "discretion" not in codes


def test_the_hold_of_pm_602_0194_reaches_the_39_from_2026_01_01():
    before, on, after = (assess(URGENT | {"citizenship": "NG"}, d) for d in around("2026-01-01"))
    assert flags_of(before, "processing_hold") == []
    for result in (on, after):
        (hold,) = flags_of(result, "processing_hold")
        assert "PM-602-0194" in hold.text
        assert hold.params["since"] == dt.date(2026, 1, 1)
        assert verdict(result, "humanitarian_parole") == "possible"
    # Cuba was held since 2025-12-02: the run of holds is dated from its start
    (cuba,) = flags_of(
        assess(URGENT | {"citizenship": "CU"}, dt.date(2026, 3, 1)), "processing_hold"
    )
    assert cuba.params["since"] == dt.date(2025, 12, 2)


@pytest.mark.parametrize("country", ["CU", "NG", "IR"])
def test_the_holds_end_with_the_dorcas_final_judgment_of_2026_06_11(country):
    before, on, after = (assess(URGENT | {"citizenship": country}, d) for d in around("2026-06-11"))
    assert flags_of(before, "processing_hold")
    assert verdict(before, "humanitarian_parole") == "possible"
    # Iran stays under a full travel ban: whether it stops a parolee's entry is not confirmed
    held = "possible" if country == "IR" else "likely"
    for result in (on, after):
        assert flags_of(result, "processing_hold") == []
        assert verdict(result, "humanitarian_parole") == held


def test_every_pending_asylum_application_was_held_from_2025_12_02_to_2026_06_11():
    answers = {"location": "inside_us", "goal": "stay_in_us", "pending_applications": ["i589"]}
    before, on, after = (assess(answers, d) for d in around("2025-12-02"))
    assert flags_of(before, "processing_hold") == []
    for result in (on, after):
        (hold,) = flags_of(result, "processing_hold")
        assert "every pending asylum application" in hold.text
    assert flags_of(assess(answers, dt.date(2026, 6, 11)), "processing_hold") == []


def test_the_afghan_halt_stays_flagged_as_unconfirmed_after_dorcas():
    answers = URGENT | {"citizenship": "AF"}
    before, on, after = (assess(answers, d) for d in around("2025-11-27"))
    assert flags_of(before, "processing_hold") == []
    assert "Check uscis.gov" in flags_of(on, "processing_hold")[0].text
    later = assess(answers, dt.date(2026, 6, 11))
    (hold,) = flags_of(later, "processing_hold")
    assert "whether the Afghan halt has ended is not confirmed" in hold.text
    assert verdict(later, "humanitarian_parole") == "possible"  # a flagged hold: never likely


def test_the_re_review_of_approvals_resumes_on_2026_08_14_for_a_green_card():
    answers = {
        "location": "inside_us",
        "goal": "stay_in_us",
        "entry": "paroled",
        "citizenship": "NG",
        "us_relatives": ["usc_spouse"],
    }

    def bars(day):
        alternative = next(
            a for a in assess(answers, day).alternatives if a.id == "adjustment_of_status"
        )
        return " ".join(m.text for m in alternative.bars)

    before, on, after = (bars(d) for d in around("2026-08-14"))
    assert "review again" not in before
    assert "review again" in on and "review again" in after


# ---------------------------------------------------------------------------------------------
# unlawful_presence_bars

WITHOUT_INSPECTION = {"location": "inside_us", "goal": "stay_in_us", "entry": "without_inspection"}
AS_OF = dt.date(2026, 12, 1)


# The arrival day is day 1: 180 days after it, more than 180 days have been counted.
@pytest.mark.parametrize(("days", "raised"), [(179, False), (180, True), (181, True)])
def test_the_bars_warning_needs_more_than_180_days_here(days, raised):
    since = (AS_OF - dt.timedelta(days=days)).isoformat()
    for entry in ("without_inspection", "released_from_custody"):
        result = assess(WITHOUT_INSPECTION | {"entry": entry, "in_us_since": since}, AS_OF)
        assert (flag(result, "unlawful_presence_bars") is not None) is raised, entry


def test_the_bars_warning_when_the_arrival_is_unknown_an_overstay_or_an_old_parole():
    assert flag(assess(WITHOUT_INSPECTION, AS_OF), "unlawful_presence_bars")
    overstay = WITHOUT_INSPECTION | {"entry": "admitted", "risk_factors": ["prior_overstay"]}
    assert (
        "stayed longer than you were allowed"
        in flag(assess(overstay, AS_OF), "unlawful_presence_bars").text
    )
    parolee = WITHOUT_INSPECTION | {"entry": "paroled", "parole_program": "none"}
    ended = (AS_OF - dt.timedelta(days=181)).isoformat()
    recent = (AS_OF - dt.timedelta(days=180)).isoformat()
    assert flag(assess(parolee | {"parole_expires_on": ended}, AS_OF), "unlawful_presence_bars")
    assert not flag(
        assess(parolee | {"parole_expires_on": recent}, AS_OF), "unlawful_presence_bars"
    )


def test_the_bars_warning_says_never_travel_and_is_not_raised_for_children_or_visitors():
    bars = flag(assess(WITHOUT_INSPECTION, AS_OF), "unlawful_presence_bars")
    assert bars.severity == "warning"
    assert "3- or 10-year bar" in bars.text
    assert "Do not travel before you talk to a lawyer." in bars.text
    assert "212(a)(9)(B)" in bars.source and "212(a)(9)(B)" not in bars.text
    minor = WITHOUT_INSPECTION | {"beneficiary_is_minor": True}
    assert flag(assess(minor, AS_OF), "unlawful_presence_bars") is None
    admitted = WITHOUT_INSPECTION | {"entry": "admitted"}
    assert flag(assess(admitted, AS_OF), "unlawful_presence_bars") is None
    abroad = URGENT | {"citizenship": "PE"}
    assert flag(assess(abroad, AS_OF), "unlawful_presence_bars") is None
