"""What comes after parole (docs/rules.md, "What comes after parole"): each alternative
appears exactly when it can help, says why, what it needs, what can bar it, its forms and fees,
the day a waiting period is met, and that a lawyer must confirm it."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess
from tests.rules.test_dated_values import around
from tests.rules.test_flags_alternatives import ALTERNATIVE_CASES

AS_OF = dt.date(2026, 12, 1)
INSIDE = {"location": "inside_us", "goal": "stay_in_us"}
PAROLED = INSIDE | {"entry": "paroled", "parole_program": "other", "reasons": ["other"]}


def alternative(result, alternative_id):
    return next((a for a in result.alternatives if a.id == alternative_id), None)


def ids(result) -> set[str]:
    return {a.id for a in result.alternatives}


def every_text(item) -> str:
    return " ".join([item.text, *(m.text for m in item.needs), *(m.text for m in item.bars)])


# ---------------------------------------------------------------------------------------------
# Every new alternative carries what an attorney needs to see


# The cases test_flags_alternatives.py gives for each route after parole.
NEW_ALTERNATIVES = {
    key: ALTERNATIVE_CASES[key]
    for key in (
        "adjustment_of_status",
        "cuban_adjustment_act",
        "provisional_waiver",
        "cancellation_of_removal",
        "s_visa",
    )
}


@pytest.mark.parametrize("alternative_id", sorted(NEW_ALTERNATIVES))
def test_each_new_alternative_says_why_needs_bars_form_source_and_the_lawyer(alternative_id):
    found = alternative(assess(NEW_ALTERNATIVES[alternative_id], AS_OF), alternative_id)
    assert found is not None
    assert found.text and found.needs and found.bars and found.forms
    assert found.source.strip()
    assert "a lawyer must confirm this route before you file anything or travel" in (
        found.confirm.text
    )
    data = found.to_dict()
    assert data["confirm"] and data["needs"] and data["bars"] and data["forms"]


def test_fees_come_from_the_dated_facts_and_none_is_invented():
    result = assess(NEW_ALTERNATIVES["adjustment_of_status"], AS_OF)
    fees = {f.form: f for f in alternative(result, "adjustment_of_status").fees}
    assert (fees["I-130"].amount_usd, fees["I-130"].online_amount_usd) == (675, 625)
    # a family-based I-485 is filed on paper: no online price
    assert (fees["I-485"].amount_usd, fees["I-485"].online_amount_usd) == (1440, None)
    assert fees["I-485"].confidence == "S" and fees["I-485"].verified_on == AS_OF
    waiver = alternative(
        assess(NEW_ALTERNATIVES["provisional_waiver"], AS_OF), "provisional_waiver"
    )
    assert {f.form: f.amount_usd for f in waiver.fees}["I-601A"] == 795
    s_visa = alternative(assess(NEW_ALTERNATIVES["s_visa"], AS_OF), "s_visa")
    assert s_visa.fees == ()  # the agency files; the facts give no fee for the person


def test_the_eoir_42b_fee_is_known_only_from_2026_10_01():
    before, on, after = (
        alternative(
            assess(NEW_ALTERNATIVES["cancellation_of_removal"], d), "cancellation_of_removal"
        )
        for d in around("2026-10-01")
    )
    assert before.fees[0].amount_usd is None and before.fees[0].confidence == "U"
    for item in (on, after):
        assert item.fees[0].amount_usd == 1690
        assert "$30 DHS biometrics fee" in item.fees[0].note.text


# ---------------------------------------------------------------------------------------------
# adjustment_of_status


def test_adjustment_needs_an_immediate_relative_of_a_us_citizen():
    assert "adjustment_of_status" in ids(assess(PAROLED | {"us_relatives": ["usc_spouse"]}, AS_OF))
    older_child = PAROLED | {"us_relatives": ["usc_child_21_or_older"]}
    assert "adjustment_of_status" in ids(assess(older_child, AS_OF))
    parent = PAROLED | {"us_relatives": ["usc_parent"]}
    assert "adjustment_of_status" not in ids(assess(parent, AS_OF))  # not yet known
    assert "adjustment_of_status" in ids(assess(parent | {"unmarried_under_21": True}, AS_OF))
    assert "adjustment_of_status" not in ids(assess(parent | {"unmarried_under_21": False}, AS_OF))
    for preference in (["lpr_spouse"], ["lpr_parent"], ["usc_child_under_21"], []):
        assert "adjustment_of_status" not in ids(
            assess(PAROLED | {"us_relatives": preference}, AS_OF)
        )


def test_adjustment_is_not_offered_without_admission_or_parole():
    for entry in ("without_inspection", "released_from_custody", "unknown"):
        answers = PAROLED | {"entry": entry, "us_relatives": ["usc_spouse"]}
        answers["petition_245i"] = "none"  # no 245(i) petition (tests/rules/test_history.py)
        assert "adjustment_of_status" not in ids(assess(answers, AS_OF)), entry
    admitted = PAROLED | {"entry": "admitted", "us_relatives": ["usc_spouse"]}
    assert "adjustment_of_status" in ids(assess(admitted, AS_OF))
    abroad = {"location": "outside_us", "goal": "come_to_us", "us_relatives": ["usc_spouse"]}
    assert "adjustment_of_status" not in ids(assess(abroad, AS_OF))


def test_adjustment_acknowledges_a_pending_green_card_application():
    answers = PAROLED | {"us_relatives": ["usc_spouse"], "pending_applications": ["i485"]}
    found = alternative(assess(answers, AS_OF), "adjustment_of_status")
    assert found.text.startswith("You have already applied for a green card (Form I-485).")


def test_military_parole_in_place_leads_on_to_adjustment_for_an_immediate_relative():
    pip = INSIDE | {
        "entry": "without_inspection",
        "reasons": ["military_family"],
        "military_relationship": "spouse",
        "military_service": "active_duty",
    }
    result = assess(pip | {"us_relatives": ["usc_spouse"]}, AS_OF)
    assert result.pathway("military_parole_in_place").verdict == "likely"
    codes = [r.code for r in result.pathway("military_parole_in_place").reasons]
    assert "leads_to_adjustment" in codes
    found = alternative(result, "adjustment_of_status")
    assert found.text.startswith("Parole in place would count as being paroled")
    assert "provisional_waiver" not in ids(result)  # it adjusts without leaving
    other = assess(pip | {"us_relatives": ["lpr_spouse"], "petition_245i": "none"}, AS_OF)
    assert "adjustment_of_status" not in ids(other)
    codes = [r.code for r in other.pathway("military_parole_in_place").reasons]
    assert "no_adjustment_without_immediate_relative" in codes


# ---------------------------------------------------------------------------------------------
# cuban_adjustment_act


CUBAN = PAROLED | {"citizenship": "CU"}


def test_the_cuban_adjustment_year_is_met_on_the_first_anniversary_of_the_last_arrival():
    answers = CUBAN | {"in_us_since": "2025-12-01"}
    before, on, after = (
        alternative(assess(answers, d), "cuban_adjustment_act") for d in around("2026-12-01")
    )
    for item in (before, on, after):
        assert item.met_on == dt.date(2026, 12, 1)
        assert item.to_dict()["met_on"] == "2026-12-01"
    assert "you reach one year on" in before.text
    assert "you reached one year on" in on.text and "you reached one year on" in after.text


def test_a_year_from_29_february_is_complete_on_1_march():
    found = alternative(
        assess(CUBAN | {"in_us_since": "2024-02-29"}, AS_OF), "cuban_adjustment_act"
    )
    assert found.met_on == dt.date(2025, 3, 1)


def test_cuban_adjustment_is_for_cubans_admitted_or_paroled_not_released_on_an_i220a():
    assert "cuban_adjustment_act" in ids(assess(CUBAN | {"entry": "admitted"}, AS_OF))
    released = CUBAN | {"entry": "released_from_custody"}
    assert "cuban_adjustment_act" not in ids(assess(released, AS_OF))
    assert "cuban_adjustment_act" not in ids(assess(PAROLED | {"citizenship": "HT"}, AS_OF))
    unknown = alternative(assess(CUBAN, AS_OF), "cuban_adjustment_act")
    assert unknown.met_on is None and "once you have been here for one year" in unknown.text
    text = every_text(unknown)
    assert "Form I-220A is not parole" in text
    assert "spouse or child of any nationality" in text


def test_former_chnv_parolees_are_told_the_point_is_unconfirmed():
    chnv = CUBAN | {"parole_program": "chnv", "in_us_since": "2023-05-01"}
    found = alternative(assess(chnv, AS_OF), "cuban_adjustment_act")
    assert "No USCIS text was found" in every_text(found)


# ---------------------------------------------------------------------------------------------
# provisional_waiver


EWI = INSIDE | {"entry": "without_inspection", "reasons": ["other"]}


def test_the_provisional_waiver_needs_a_spouse_or_parent_and_time_here_without_permission():
    for relative in ("usc_spouse", "usc_parent", "lpr_spouse", "lpr_parent"):
        assert "provisional_waiver" in ids(assess(EWI | {"us_relatives": [relative]}, AS_OF))
    for relative in ("usc_child_under_21", "usc_child_21_or_older", "lpr_child_under_21"):
        assert "provisional_waiver" not in ids(assess(EWI | {"us_relatives": [relative]}, AS_OF))
    overstay = EWI | {"entry": "admitted", "risk_factors": ["prior_overstay"]}
    assert "provisional_waiver" in ids(assess(overstay | {"us_relatives": ["lpr_spouse"]}, AS_OF))
    # an overstayed immediate relative adjusts instead
    adjusts = assess(overstay | {"us_relatives": ["usc_spouse"]}, AS_OF)
    assert "adjustment_of_status" in ids(adjusts) and "provisional_waiver" not in ids(adjusts)


def test_the_provisional_waiver_is_blocked_by_a_travel_ban_and_says_so_in_proceedings():
    banned = assess(EWI | {"us_relatives": ["usc_spouse"], "citizenship": "HT"}, AS_OF)
    assert "provisional_waiver" not in ids(banned)
    assert any(f.id == "travel_ban" and "Form I-601A" in f.text for f in banned.flags)
    proceedings = EWI | {"us_relatives": ["usc_spouse"], "risk_factors": ["removal_proceedings"]}
    found = alternative(assess(proceedings, AS_OF), "provisional_waiver")
    assert "administratively closed" in every_text(found)
    assert "permanent bar" in every_text(found)


# ---------------------------------------------------------------------------------------------
# cancellation_of_removal: ten years counted to the Notice to Appear

PROCEEDINGS = INSIDE | {
    "entry": "without_inspection",
    "risk_factors": ["removal_proceedings"],
    "us_relatives": ["usc_child_under_21"],
    "in_us_since": "2014-06-01",
    "nta_gave_date_time": True,  # a complete notice (one without: test_history.py)
}


@pytest.mark.parametrize(
    ("nta", "offered"), [("2024-05-31", False), ("2024-06-01", True), ("2024-06-02", True)]
)
def test_cancellation_needs_ten_years_before_the_notice_to_appear(nta, offered):
    result = assess(PROCEEDINGS | {"nta_served_on": nta}, AS_OF)
    found = alternative(result, "cancellation_of_removal")
    assert (found is not None) is offered
    if found:
        assert found.met_on == dt.date(2024, 6, 1)
        assert "before the Notice to Appear was served on" in found.needs[0].text


def test_cancellation_without_the_dates_says_how_the_count_works():
    no_nta = alternative(assess(PROCEEDINGS, AS_OF), "cancellation_of_removal")
    assert no_nta.met_on == dt.date(2024, 6, 1)
    assert "only if no valid Notice to Appear was served before then" in no_nta.needs[0].text
    no_dates = PROCEEDINGS | {"in_us_since": None}
    found = alternative(assess(no_dates, AS_OF), "cancellation_of_removal")
    assert found.met_on is None and "stops the count" in found.needs[0].text
    assert "only before an immigration judge" in found.text and "not from USCIS" in found.text


def test_cancellation_needs_proceedings_and_a_qualifying_relative():
    adult_child = PROCEEDINGS | {"us_relatives": ["usc_child_21_or_older"]}
    assert "cancellation_of_removal" not in ids(assess(adult_child, AS_OF))
    no_case = PROCEEDINGS | {"risk_factors": []}
    assert "cancellation_of_removal" not in ids(assess(no_case, AS_OF))
    convicted = PROCEEDINGS | {"risk_factors": ["removal_proceedings", "criminal_conviction"]}
    found = alternative(assess(convicted, AS_OF), "cancellation_of_removal")
    assert "A criminal conviction can bar it" in found.bars[0].text


# ---------------------------------------------------------------------------------------------
# s_visa, tps, asylum


def test_the_s_visa_is_asked_for_by_the_agency():
    assert "s_visa" in ids(
        assess(
            {
                "location": "outside_us",
                "goal": "come_to_us",
                "reasons": ["court_proceeding"],
                "agency_request": True,
            },
            AS_OF,
        )
    )
    found = alternative(assess(NEW_ALTERNATIVES["s_visa"], AS_OF), "s_visa")
    assert "Form I-854" in found.text and "you cannot apply yourself" in found.text
    assert "s_visa" not in ids(assess(PAROLED, AS_OF))


HOLDER = INSIDE | {"entry": "admitted", "pending_applications": ["tps"]}


def test_tps_is_never_offered_to_cubans():
    assert "tps" not in ids(assess(HOLDER | {"citizenship": "CU"}, AS_OF))


def test_tps_for_a_designated_country_says_through_when_and_then_unconfirmed():
    before, on, after = (
        alternative(assess(HOLDER | {"citizenship": "UA"}, d), "tps") for d in around("2026-10-19")
    )
    assert "designated for Temporary Protected Status through" in before.text
    assert "designated for Temporary Protected Status through" in on.text
    assert "what happened after that day is not confirmed" in after.text
    assert on.params["date"] == dt.date(2026, 10, 19)
    assert "90 FR 5936" in on.source
    newcomer = INSIDE | {"entry": "admitted", "citizenship": "UA", "reasons": ["protection"]}
    assert "tps" not in ids(assess(newcomer, AS_OF))  # first registration not screened here


def test_tps_stops_on_the_day_a_termination_takes_effect():
    before, on, after = (assess(HOLDER | {"citizenship": "HT"}, d) for d in around("2026-07-27"))
    assert "tps" in ids(before)
    assert "tps" not in ids(on) and "tps" not in ids(after)


def test_tps_for_a_country_the_rules_do_not_list_points_to_the_current_list():
    found = alternative(assess(HOLDER | {"citizenship": "PE"}, AS_OF), "tps")
    assert "check the current list" in found.text


def test_tps_re_registration_fee_is_dated():
    before, on, after = (
        alternative(assess(HOLDER | {"citizenship": "SV"}, d), "tps").fees[0].amount_usd
        for d in around("2026-10-16")
    )
    assert (before, on, after) == (510, 520, 520)


def test_asylum_acknowledges_a_pending_application_and_names_protection_past_the_year():
    pending = INSIDE | {"entry": "without_inspection", "pending_applications": ["i589"]}
    found = alternative(assess(pending, AS_OF), "asylum")
    assert found.text.startswith("You have already applied for asylum")
    assert "one year" not in found.text
    late = INSIDE | {
        "entry": "without_inspection",
        "reasons": ["protection"],
        "in_us_since": "2020-03-01",
    }
    found = alternative(assess(late, AS_OF), "asylum")
    assert "that year ended on" in found.text
    assert "Withholding of removal" in found.text and "Convention against Torture" in found.text
    recent = late | {"in_us_since": "2026-06-01"}
    found = alternative(assess(recent, AS_OF), "asylum")
    assert "by {date} for you" in found.message and found.params["date"] == dt.date(2027, 6, 1)
