"""Focused behaviour of each pathway (`PATHWAY_IDS`)."""

from __future__ import annotations

import pytest

from tests.rules.cases import (
    ABROAD,
    COURT,
    FOUNDER,
    INSIDE,
    MILITARY_PIP,
    PAROLEE,
    URGENT_MEDICAL,
    alternative_ids,
    flag_ids,
    forms,
    reason_codes,
    run,
    verdict,
)

# ---------------------------------------------------------------------------------------------
# §4 Pathways


def test_humanitarian_parole_is_likely_for_an_urgent_medical_reason_with_support_and_no_visa():
    result = run(URGENT_MEDICAL)
    assert verdict(result, "humanitarian_parole") == "likely"
    assert result.pathway("humanitarian_parole").files == "supporter"
    i131 = forms(result)["I-131"][0]
    assert i131.part == "Part 1 item 7"
    assert "I-134" in forms(result)
    assert "discretion" in reason_codes(result, "humanitarian_parole")


def test_humanitarian_parole_is_filed_by_the_person_when_they_support_themself():
    result = run(URGENT_MEDICAL | {"financial_supporter": "self"})
    assert result.pathway("humanitarian_parole").files == "self"


def test_humanitarian_parole_is_unlikely_when_a_visa_is_available_in_time():
    result = run(URGENT_MEDICAL | {"visa_option": "available_in_time"})
    assert verdict(result, "humanitarian_parole") == "unlikely"
    assert "visa_available" in reason_codes(result, "humanitarian_parole")


def test_humanitarian_parole_is_unlikely_for_general_conditions_only():
    answers = ABROAD | {
        "reasons": ["disaster_or_conflict"],
        "harm_individualized": False,
        "visa_option": "none",
        "financial_supporter": "organization",
    }
    result = run(answers)
    assert verdict(result, "humanitarian_parole") == "unlikely"
    assert "harm_general_conditions" in reason_codes(result, "humanitarian_parole")


def test_individual_imminent_harm_without_a_refugee_referral_is_possible_at_most():
    # a refugee is paroled only for compelling reasons particular to them (INA 212(d)(5)(B))
    answers = ABROAD | {
        "reasons": ["protection"],
        "harm_individualized": True,
        "harm_imminent": True,
        "refugee_referral_possible": False,
        "visa_option": "none",
        "financial_supporter": "organization",
    }
    result = run(answers)
    assert verdict(result, "humanitarian_parole") == "possible"
    assert "protection_rarely_granted" in reason_codes(result, "humanitarian_parole")
    blocked = run(answers | {"refugee_referral_possible": True})
    assert verdict(blocked, "humanitarian_parole") == "unlikely"


@pytest.mark.parametrize(
    "change",
    [
        {"risk_factors": ["prior_overstay"]},
        {"financial_supporter": "none"},
        {"visa_option": "unknown"},
    ],
)
def test_humanitarian_parole_is_only_possible_with_risks_no_supporter_or_unknowns(change):
    assert verdict(run(URGENT_MEDICAL | change), "humanitarian_parole") == "possible"


@pytest.mark.parametrize(
    ("reason", "extra"),
    [
        ("funeral", {}),
        ("organ_donor", {}),
        ("visit_ill_relative", {"relative_condition": "seriously_ill"}),
        ("visit_ill_relative", {"relative_condition": "death_imminent"}),
    ],
)
def test_humanitarian_parole_accepts_each_urgent_reason(reason, extra):
    answers = ABROAD | {"reasons": [reason], "visa_option": "none", "financial_supporter": "self"}
    assert verdict(run(answers | extra), "humanitarian_parole") == "likely"


def test_visiting_a_relative_who_is_not_ill_is_not_urgent():
    answers = ABROAD | {
        "reasons": ["visit_ill_relative"],
        "relative_condition": "not_ill",
        "visa_option": "none",
        "financial_supporter": "self",
    }
    assert verdict(run(answers), "humanitarian_parole") == "unlikely"


def test_humanitarian_parole_does_not_apply_inside_the_us_or_to_an_entrepreneur_only():
    assert run(PAROLEE).pathway("humanitarian_parole") is None
    assert run(FOUNDER).pathway("humanitarian_parole") is None


def test_significant_public_benefit_parole_for_a_court_date_without_an_agency_request():
    result = run(COURT)
    assert verdict(result, "significant_public_benefit_parole") == "likely"
    assert forms(result)["I-131"][0].part == "Part 1 item 7"
    assert "I-134" in forms(result)
    assert verdict(result, "law_enforcement_parole") is None


def test_significant_public_benefit_parole_is_unlikely_when_the_court_date_has_passed():
    result = run(COURT | {"court_date": "2026-11-01"})
    assert verdict(result, "significant_public_benefit_parole") == "unlikely"


def test_a_court_proceeding_requested_by_an_agency_is_law_enforcement_parole():
    result = run(COURT | {"agency_request": True})
    assert verdict(result, "significant_public_benefit_parole") is None
    assert verdict(result, "law_enforcement_parole") == "likely"
    assert result.pathway("law_enforcement_parole").files == "agency"


@pytest.mark.parametrize(
    ("agency", "expected"), [(True, "likely"), (False, "unlikely"), (None, "possible")]
)
def test_law_enforcement_parole_depends_on_an_agency_request(agency, expected):
    answers = ABROAD | {"reasons": ["law_enforcement"]}
    if agency is not None:
        answers["agency_request"] = agency
    result = run(answers)
    assert verdict(result, "law_enforcement_parole") == expected
    assert result.pathway("law_enforcement_parole").files == "agency"
    assert "agency_files" in reason_codes(result, "law_enforcement_parole")
    assert "I-131" not in forms(result)  # the person cannot apply


def test_military_parole_in_place_is_likely_for_a_spouse_of_an_active_duty_member():
    result = run(MILITARY_PIP)
    assert verdict(result, "military_parole_in_place") == "likely"
    assert forms(result)["I-131"][0].part == "Part 1 item 8.A"
    assert result.pathway("military_parole_in_place").files == "self"


@pytest.mark.parametrize("service", ["active_duty", "selected_reserve", "former_not_dishonorable"])
@pytest.mark.parametrize("relationship", ["spouse", "widow", "parent", "son_or_daughter"])
def test_military_parole_in_place_covers_every_listed_relationship_and_service(
    relationship, service
):
    answers = MILITARY_PIP | {"military_relationship": relationship, "military_service": service}
    assert verdict(run(answers), "military_parole_in_place") == "likely"


def test_military_parole_in_place_is_unlikely_after_a_dishonorable_discharge():
    result = run(MILITARY_PIP | {"military_service": "former_dishonorable"})
    assert verdict(result, "military_parole_in_place") == "unlikely"


def test_military_parole_in_place_is_unlikely_for_someone_admitted_who_overstayed():
    result = run(MILITARY_PIP | {"entry": "admitted"})
    assert verdict(result, "military_parole_in_place") == "unlikely"
    assert "overstay_not_eligible_for_pip" in flag_ids(result)
    assert "deferred_action" in alternative_ids(result)


def test_a_conviction_keeps_military_parole_in_place_from_likely():
    result = run(MILITARY_PIP | {"risk_factors": ["criminal_conviction"]})
    assert verdict(result, "military_parole_in_place") == "possible"
    assert "criminal_history" in flag_ids(result)


def test_re_parole_is_likely_before_expiry_with_a_continuing_reason():
    result = run(PAROLEE)
    assert verdict(result, "re_parole") == "likely"
    assert forms(result)["I-131"][0].part == "Part 1 item 11"
    assert "file_before_expiry" in flag_ids(result)


@pytest.mark.parametrize(
    ("program", "part"),
    [
        ("u4u", "Part 1 item 10.C"),
        ("military_pip", "Part 1 item 10.H"),
        ("other", "Part 1 item 10"),
    ],
)
def test_re_parole_uses_the_i131_item_of_the_program(program, part):
    result = run(PAROLEE | {"parole_program": program})
    assert verdict(result, "re_parole") in ("likely", "possible")
    assert forms(result)["I-131"][0].part == part


def test_re_parole_after_expiry_is_only_possible_and_flagged():
    result = run(PAROLEE | {"parole_expires_on": "2026-10-01"})
    assert verdict(result, "re_parole") == "possible"
    expired = next(f for f in result.flags if f.id == "parole_expired")
    assert expired.severity == "stop"
    assert "8 CFR 212.5(e)(1)" in expired.source


@pytest.mark.parametrize("program", ["chnv", "afghan"])
def test_re_parole_is_not_offered_under_closed_programs(program):
    assert run(PAROLEE | {"parole_program": program}).pathway("re_parole") is None


def test_afghan_re_parole_is_unavailable_while_processing_is_halted():
    result = run(PAROLEE | {"parole_program": "afghan"})
    pathway = result.pathway("afghan_re_parole")
    assert pathway.verdict == "unavailable"
    assert "2025-11-27" in pathway.reasons[0].text
    assert "processing_hold" in flag_ids(result)


def test_international_entrepreneur_parole_is_likely_when_the_thresholds_are_met():
    result = run(FOUNDER)
    assert verdict(result, "international_entrepreneur_parole") == "likely"
    assert "I-941" in forms(result)
    assert "I-131" not in forms(result)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"startup_age_years": 6}, "unlikely"),
        ({"startup_ownership_percent": 9.5}, "unlikely"),
        ({"startup_investment_usd": 100_000}, "possible"),
        ({"startup_investment_usd": 0}, "unlikely"),
        ({"startup_investment_usd": 0, "startup_grants_usd": 124_429}, "likely"),
    ],
)
def test_international_entrepreneur_parole_weighs_age_ownership_and_funding(change, expected):
    assert verdict(run(FOUNDER | change), "international_entrepreneur_parole") == expected


def test_uniting_for_ukraine_is_unavailable_with_its_date():
    result = run(ABROAD | {"citizenship": "UA"})
    assert verdict(result, "uniting_for_ukraine") == "unavailable"
    assert "2025-01-28" in result.pathway("uniting_for_ukraine").reasons[0].text
    assert "I-134A" not in forms(result)


@pytest.mark.parametrize("country", ["CU", "HT", "NI", "VE"])
def test_chnv_is_unavailable_for_each_chnv_country_abroad(country):
    result = run(ABROAD | {"citizenship": country})
    assert verdict(result, "chnv_parole") == "unavailable"
    assert "90 FR 13611" in result.pathway("chnv_parole").reasons[0].source


def test_chnv_is_unavailable_for_a_chnv_parolee_inside():
    result = run(INSIDE | {"entry": "paroled", "parole_program": "chnv"})
    assert verdict(result, "chnv_parole") == "unavailable"
    assert {"asylum", "tps"} <= alternative_ids(result)


@pytest.mark.parametrize("country", ["CO", "CU", "EC", "SV", "GT", "HT", "HN"])
def test_family_reunification_parole_is_unavailable_for_each_frp_country(country):
    answers = ABROAD | {"citizenship": country, "pending_applications": ["i130_petition"]}
    result = run(answers)
    assert verdict(result, "family_reunification_parole") == "unavailable"
    assert "family_immigrant_visa" in alternative_ids(result)


def test_family_reunification_parole_needs_a_pending_i130_or_frp_parole():
    assert run(ABROAD | {"citizenship": "CO"}).pathway("family_reunification_parole") is None
    paroled = run(INSIDE | {"entry": "paroled", "parole_program": "frp"})
    pathway = paroled.pathway("family_reunification_parole")
    assert pathway.verdict == "unavailable"
    assert "attorney" in pathway.reasons[0].text


def test_central_american_minors_is_unavailable_to_a_minor_from_the_cam_countries():
    answers = ABROAD | {
        "citizenship": "HN",
        "beneficiary_is_minor": True,
        "reasons": ["family_reunification"],
    }
    assert verdict(run(answers), "central_american_minors") == "unavailable"
    adult = run(answers | {"beneficiary_is_minor": False})
    assert adult.pathway("central_american_minors") is None


def test_keeping_families_together_is_unavailable_and_never_offers_i131f():
    answers = INSIDE | {
        "entry": "without_inspection",
        "reasons": ["family_reunification"],
        "relative_relationship": "spouse",
        "relative_status": "us_citizen",
    }
    result = run(answers)
    pathway = result.pathway("keeping_families_together")
    assert pathway.verdict == "unavailable"
    assert "2024-11-07" in pathway.reasons[0].text
    assert "I-131F" not in forms(result)
    assert all(form["id"] != "I-131F" for form in result.to_dict()["forms"])


def test_advance_parole_is_out_of_scope():
    result = run({"location": "inside_us", "goal": "travel_and_return", "entry": "admitted"})
    assert [p.id for p in result.pathways] == ["advance_parole"]
    assert verdict(result, "advance_parole") == "out_of_scope"
    assert "item 5" in result.pathway("advance_parole").reasons[0].text
