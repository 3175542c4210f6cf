"""Calibrated routes: travel bans, protection, social visits, Ukrainian and FRP re-parole, the
Afghan extension, medical costs, and the order of routes (a green card leads re-parole)."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess

from .cases import ABROAD, INSIDE, forms, reason_codes, verdict

AS_OF = dt.date(2026, 11, 30)
DYING_FATHER = ABROAD | {
    "reasons": ["visit_ill_relative"],
    "relative_relationship": "parent",
    "relative_condition": "death_imminent",
    "relative_status": "us_citizen",
    "visa_option": "none",
    "financial_supporter": "relative_or_friend",
    "beneficiary_is_minor": False,
}
PAROLED = INSIDE | {"entry": "paroled", "parole_program": "none"}
UKRAINIAN = PAROLED | {
    "citizenship": "UA",
    "parole_program": "u4u",
    "reasons": ["disaster_or_conflict"],
    "harm_individualized": False,
}


def around(day: str) -> tuple[dt.date, dt.date, dt.date]:
    d = dt.date.fromisoformat(day)
    return d - dt.timedelta(days=1), d, d + dt.timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# A full travel ban: possible at most


@pytest.mark.parametrize("country", ["SD", "IR", "SO"])
def test_nationals_under_a_full_ban_get_possible_at_most(country):
    result = assess(DYING_FATHER | {"citizenship": country}, AS_OF)
    assert verdict(result, "humanitarian_parole") == "possible"
    pathway = result.pathway("humanitarian_parole")
    (ban,) = [r for r in pathway.reasons if r.code == "travel_ban_entry_unconfirmed"]
    assert "not confirmed" in ban.text and "10998" in ban.text
    assert "discretion" not in reason_codes(result, "humanitarian_parole")


def test_a_partial_ban_does_not_cap_parole():
    assert verdict(assess(DYING_FATHER | {"citizenship": "NG"}, AS_OF), "humanitarian_parole") == (
        "likely"
    )


def test_the_ban_cap_starts_on_2025_06_09():
    before, on, after = (
        assess(DYING_FATHER | {"citizenship": "SD"}, d) for d in around("2025-06-09")
    )
    assert verdict(before, "humanitarian_parole") == "likely"
    assert verdict(on, "humanitarian_parole") == "possible"
    assert verdict(after, "humanitarian_parole") == "possible"
    assert "travel_ban_entry_unconfirmed" in reason_codes(on, "humanitarian_parole")


# ---------------------------------------------------------------------------------------------
# Protection as the only urgent ground; a social visit


PROTECTION = ABROAD | {
    "citizenship": "CO",
    "reasons": ["protection"],
    "harm_individualized": True,
    "harm_imminent": True,
    "refugee_referral_possible": False,
    "visa_option": "none",
    "financial_supporter": "organization",
}


def test_protection_alone_is_possible_and_says_why():
    result = assess(PROTECTION, AS_OF)
    assert verdict(result, "humanitarian_parole") == "possible"
    (rare,) = [
        r
        for r in result.pathway("humanitarian_parole").reasons
        if r.code == "protection_rarely_granted"
    ]
    assert "compelling reasons in the public interest" in rare.text
    assert "24 in 100" in rare.text and "GAO-08-282" in rare.source
    assert "suspended since 2025-01-27" in rare.text


def test_protection_with_another_urgent_ground_is_not_capped():
    answers = PROTECTION | {
        "reasons": ["protection", "visit_ill_relative"],
        "relative_relationship": "parent",
        "relative_condition": "death_imminent",
    }
    result = assess(answers, AS_OF)
    assert "protection_rarely_granted" not in reason_codes(result, "humanitarian_parole")


VISIT = ABROAD | {
    "citizenship": "PE",
    "reasons": ["visit_ill_relative"],
    "relative_relationship": "sibling",
    "relative_condition": "not_ill",
    "visa_option": "none",
    "financial_supporter": "self",
}


def test_a_visit_to_relatives_who_are_not_ill_is_unlikely():
    result = assess(VISIT, AS_OF)
    assert verdict(result, "humanitarian_parole") == "unlikely"
    (social,) = [
        r for r in result.pathway("humanitarian_parole").reasons if r.code == "social_visit"
    ]
    assert "avoid the normal visa process" in social.text
    assert "visitor visa instead" in social.text
    with_family = assess(VISIT | {"reasons": ["visit_ill_relative", "family_reunification"]}, AS_OF)
    assert "social_visit" in reason_codes(with_family, "humanitarian_parole")


def test_a_minor_joining_family_is_no_social_visit():
    minor = VISIT | {
        "reasons": ["visit_ill_relative", "family_reunification"],
        "beneficiary_is_minor": True,
    }
    assert "social_visit" not in reason_codes(assess(minor, AS_OF), "humanitarian_parole")


def test_a_suspended_visitor_visa_is_never_suggested():
    result = assess(VISIT | {"citizenship": "VE"}, AS_OF)  # partial ban: B visas suspended
    (social,) = [
        r for r in result.pathway("humanitarian_parole").reasons if r.code == "social_visit"
    ]
    assert "visitor visa instead" not in social.text
    assert "suspended for this nationality" in social.text
    # Turkmenistan under Proclamation 10998: immigrant visas only, a visitor visa is not suspended
    turkmen = assess(VISIT | {"citizenship": "TM"}, AS_OF)
    assert "visitor visa instead" in next(
        r.text for r in turkmen.pathway("humanitarian_parole").reasons if r.code == "social_visit"
    )


def test_planned_treatment_names_the_suspended_medical_visa():
    answers = ABROAD | {
        "citizenship": "CU",
        "reasons": ["medical_treatment"],
        "medical_available_at_home": False,
        "medical_life_threatening": False,
        "medical_urgent": False,
        "medical_provider_arranged": True,
        "visa_option": "too_slow",
        "financial_supporter": "self",
    }
    result = assess(answers, AS_OF)
    (planned,) = [
        r for r in result.pathway("humanitarian_parole").reasons if r.code == "medical_not_urgent"
    ]
    assert "suspended for this nationality" in planned.text
    plain = assess(answers | {"citizenship": "PE"}, AS_OF)
    assert "suspended" not in next(
        r.text
        for r in plain.pathway("humanitarian_parole").reasons
        if r.code == "medical_not_urgent"
    )


# ---------------------------------------------------------------------------------------------
# Medical costs


def test_costs_not_arranged_are_named_and_medicaid_is_dated():
    answers = ABROAD | {
        "citizenship": "PE",
        "reasons": ["medical_treatment"],
        "medical_available_at_home": False,
        "medical_life_threatening": True,
        "medical_provider_arranged": True,
        "medical_costs_arranged": False,
        "visa_option": "too_slow",
        "financial_supporter": "self",
    }
    before, on, _after = (assess(answers, d) for d in around("2026-10-01"))
    for result in (before, on):
        assert "medical_costs_not_arranged" in reason_codes(result, "humanitarian_parole")
        assert any(e.id == "treatment_cost_plan" and not e.have for e in result.evidence)
    text = next(
        r.text
        for r in on.pathway("humanitarian_parole").reasons
        if r.code == "medical_costs_not_arranged"
    )
    assert "Medicaid" in text and "2026-10-01" in text
    assert "Medicaid" not in next(
        r.text
        for r in before.pathway("humanitarian_parole").reasons
        if r.code == "medical_costs_not_arranged"
    )
    arranged = assess(answers | {"medical_costs_arranged": True}, AS_OF)
    assert "medical_costs_not_arranged" not in reason_codes(arranged, "humanitarian_parole")


# ---------------------------------------------------------------------------------------------
# Ukrainian re-parole: never unlikely inside the window


def test_a_ukrainian_inside_the_window_is_possible_with_item_10c():
    # parole ends 2027-03-01: the window opened 180 days before, on 2026-09-02
    result = assess(UKRAINIAN | {"parole_expires_on": "2027-03-01"}, AS_OF)
    assert verdict(result, "re_parole") == "possible"
    (i131,) = forms(result)["I-131"]
    assert i131.part == "Part 1 item 10.C"
    advice = next(
        r for r in result.pathway("re_parole").reasons if r.code == "u4u_personal_reasons"
    )
    assert advice.met is None and "Ukraine RE-PAROLE" in advice.text
    assert {f.id for f in result.fees} >= {"i131_filing_fee", "parole_fee"}
    needed = {e.id for e in result.evidence}
    assert needed >= {"identity_document", "i94_record", "favorable_discretion_evidence"}


def test_the_window_is_counted_from_180_days_before_parole_ends():
    answers = UKRAINIAN | {"parole_expires_on": "2027-05-29"}  # window opens 2026-11-30
    before, on, after = (assess(answers, d) for d in around("2026-11-30"))
    assert verdict(before, "re_parole") == "unlikely"  # general conditions, outside the window
    assert verdict(on, "re_parole") == "possible"
    assert verdict(after, "re_parole") == "possible"


# ---------------------------------------------------------------------------------------------
# FRP and Afghan re-parole


def test_frp_parolees_get_re_parole_possible_at_most():
    answers = PAROLED | {
        "parole_program": "frp",
        "citizenship": "CO",
        "parole_expires_on": "2027-03-01",
        "reasons": ["medical_treatment"],
        "medical_available_at_home": False,
        "medical_life_threatening": True,
        "medical_provider_arranged": True,
    }
    result = assess(answers, AS_OF)
    assert verdict(result, "re_parole") == "possible"
    assert "frp_re_parole_unconfirmed" in reason_codes(result, "re_parole")
    assert forms(result)["I-131"][0].part == "Part 1 item 10"


AFGHAN = PAROLED | {
    "parole_program": "afghan",
    "citizenship": "AF",
    "parole_expires_on": "2026-08-01",
    "pending_applications": ["i589"],
    "reasons": ["protection"],
}


def test_afghans_with_an_application_filed_before_parole_ended_hear_of_the_extension():
    on = assess(AFGHAN | {"asylum_filed_on": "2026-07-01"}, dt.date(2025, 6, 1))
    codes = reason_codes(on, "afghan_re_parole")
    assert "afghan_pending_application_extension" in codes
    unknown = assess(AFGHAN, dt.date(2025, 6, 1))
    text = next(
        r.text
        for r in unknown.pathway("afghan_re_parole").reasons
        if r.code == "afghan_pending_application_extension"
    )
    assert "if your pending" in text.lower() and "2026-08-01" in text
    late = assess(AFGHAN | {"asylum_filed_on": "2026-09-01"}, dt.date(2025, 6, 1))
    assert "afghan_pending_application_extension" not in reason_codes(late, "afghan_re_parole")


# ---------------------------------------------------------------------------------------------
# The order of routes: a green card the person can file now leads re-parole


SPOUSE_OF_CITIZEN = PAROLED | {
    "citizenship": "PE",
    "parole_expires_on": "2027-03-01",
    "us_relatives": ["usc_spouse"],
    "reasons": ["medical_treatment"],
}


def test_re_parole_is_not_put_ahead_of_a_green_card_the_person_can_file_now():
    result = assess(SPOUSE_OF_CITIZEN, AS_OF)
    adjustment = next(a for a in result.alternatives if a.id == "adjustment_of_status")
    assert adjustment.lead is True
    assert result.to_dict()["alternatives"][0]["lead"] is True
    keep = next(r for r in result.pathway("re_parole").reasons if r.code == "keep_parole_current")
    assert keep.met is None
    assert "adjustment of status" in keep.text and "day after parole ends" in keep.text
    assert all(not a.lead for a in result.alternatives if a.id != "adjustment_of_status")


def test_nothing_leads_without_re_parole_or_a_route_to_file_now():
    lpr_spouse = SPOUSE_OF_CITIZEN | {"us_relatives": ["lpr_spouse"]}
    result = assess(lpr_spouse, AS_OF)
    assert not any(a.lead for a in result.alternatives)
    assert "keep_parole_current" not in reason_codes(result, "re_parole")


def test_the_cuban_adjustment_act_leads_when_its_year_comes_before_parole_ends():
    cuban = PAROLED | {
        "citizenship": "CU",
        "in_us_since": "2025-12-01",
        "parole_expires_on": "2027-03-01",
        "reasons": ["medical_treatment"],
    }
    result = assess(cuban, AS_OF)
    caa = next(a for a in result.alternatives if a.id == "cuban_adjustment_act")
    assert caa.lead is True
    assert "Cuban Adjustment Act" in next(
        r.text for r in result.pathway("re_parole").reasons if r.code == "keep_parole_current"
    )
    late = assess(cuban | {"parole_expires_on": "2026-11-30"}, dt.date(2026, 6, 1))
    assert not next(a for a in late.alternatives if a.id == "cuban_adjustment_act").lead


def test_the_visa_flag_never_suggests_a_suspended_visa():
    answers = VISIT | {"visa_option": "available_in_time"}
    (plain,) = [f for f in assess(answers, AS_OF).flags if f.id == "visa_available"]
    assert "apply for the visa" in plain.text
    (banned,) = [
        f for f in assess(answers | {"citizenship": "CU"}, AS_OF).flags if f.id == "visa_available"
    ]
    assert "apply for the visa" not in banned.text and "travel ban suspends" in banned.text
