"""Focused behaviour of the rules: each pathway of CATALOGUE §4, each parole-fee exception of §5,
the I-131 fee exemptions and waiver, each flag of §7 and alternative of §8, urgency (§9), missing
and ignored answers, rules_version, and how unconfirmed facts are stated."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from screening.rules import RULES_VERSION, SCHEMA, Answers, AnswersError, assess
from screening.rules import version as version_module
from screening.rules.knowledge import VERIFIED
from screening.rules.values import SPECIAL_CATEGORIES
from tests.helpers import marked_messages

AS_OF = dt.date(2026, 11, 28)


def run(answers: dict, as_of: dt.date = AS_OF):
    return assess(answers, as_of)


def verdict(result, pathway_id):
    pathway = result.pathway(pathway_id)
    return pathway.verdict if pathway else None


def fee(result, fee_id):
    return next((f for f in result.fees if f.id == fee_id), None)


def flag_ids(result) -> set[str]:
    return {f.id for f in result.flags}


def alternative_ids(result) -> set[str]:
    return {a.id for a in result.alternatives}


def forms(result) -> dict[str, list]:
    out: dict[str, list] = {}
    for form in result.forms:
        out.setdefault(form.id, []).append(form)
    return out


def reason_codes(result, pathway_id) -> list[str]:
    return [r.code for r in result.pathway(pathway_id).reasons]


ABROAD = {"location": "outside_us", "goal": "come_to_us"}
INSIDE = {"location": "inside_us", "goal": "stay_in_us"}
URGENT_MEDICAL = ABROAD | {
    "citizenship": "NG",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
}
MILITARY_PIP = INSIDE | {
    "entry": "without_inspection",
    "reasons": ["military_family"],
    "military_relationship": "spouse",
    "military_service": "active_duty",
}
PAROLEE = INSIDE | {
    "entry": "paroled",
    "parole_program": "none",
    "parole_expires_on": "2027-06-01",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_provider_arranged": True,
    "medical_life_threatening": False,
}
FOUNDER = ABROAD | {
    "reasons": ["entrepreneur"],
    "startup_age_years": 2,
    "startup_ownership_percent": 20,
    "startup_investment_usd": 400_000,
}
COURT = ABROAD | {
    "reasons": ["court_proceeding"],
    "agency_request": False,
    "court_date": "2027-03-01",
    "visa_option": "too_slow",
    "financial_supporter": "self",
}


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


def test_humanitarian_parole_is_likely_for_individual_imminent_harm_without_a_refugee_referral():
    answers = ABROAD | {
        "reasons": ["protection"],
        "harm_individualized": True,
        "harm_imminent": True,
        "refugee_referral_possible": False,
        "visa_option": "none",
        "financial_supporter": "organization",
    }
    assert verdict(run(answers), "humanitarian_parole") == "likely"
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


@pytest.mark.parametrize("program", ["chnv", "frp", "afghan"])
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


# ---------------------------------------------------------------------------------------------
# §5 Fees: the ten statutory exceptions to the parole fee

FAMILY_ABROAD = ABROAD | {
    "relative_relationship": "parent",
    "visa_option": "too_slow",
    "financial_supporter": "self",
}
EXCEPTIONS = {
    "medical_emergency": URGENT_MEDICAL,
    "parent_of_minor_medical_emergency": URGENT_MEDICAL | {"medical_patient": "minor_child"},
    "organ_donor": FAMILY_ABROAD | {"reasons": ["organ_donor"]},
    "imminent_death_of_family_member": FAMILY_ABROAD
    | {"reasons": ["visit_ill_relative"], "relative_condition": "death_imminent"},
    "funeral": FAMILY_ABROAD | {"reasons": ["funeral"], "relative_condition": "deceased"},
    "adopted_child_medical": URGENT_MEDICAL
    | {"beneficiary_is_minor": True, "adopted_child_in_custody": True},
    "adjustment_applicant_returning": {
        "location": "inside_us",
        "goal": "travel_and_return",
        "entry": "admitted",
        "pending_applications": ["i485"],
    },
    "cuban_haitian_entrant": FAMILY_ABROAD
    | {"citizenship": "HT", "cuban_haitian_entrant": True, "reasons": ["family_reunification"]},
    "contiguous_return_hearing": COURT | {"returned_to_await_hearing": True},
    "law_enforcement_assistance": ABROAD | {"reasons": ["law_enforcement"], "agency_request": True},
}


@pytest.mark.parametrize("exception", sorted(EXCEPTIONS))
def test_each_statutory_exception_exempts_from_the_parole_fee(exception):
    parole_fee = fee(run(EXCEPTIONS[exception]), "parole_fee")
    assert parole_fee is not None
    assert parole_fee.exempt is True
    assert parole_fee.exception == exception
    assert "8 U.S.C. 1804" in parole_fee.source
    # "likely excepted; DHS decides", never a bare "exempt" (CATALOGUE §10.5)
    assert "likely not charged" in parole_fee.text
    assert "DHS decides case by case" in parole_fee.text


def test_the_ten_exceptions_are_all_covered():
    assert len(EXCEPTIONS) == 10


@pytest.mark.parametrize(
    ("answers", "why"),
    [
        (EXCEPTIONS["organ_donor"] | {"visa_option": "unknown"}, "visa timing unknown"),
        (
            EXCEPTIONS["imminent_death_of_family_member"] | {"relative_condition": "seriously_ill"},
            "ill but death not imminent",
        ),
        (EXCEPTIONS["funeral"] | {"relative_relationship": "other"}, "not close family"),
        (
            EXCEPTIONS["adjustment_applicant_returning"] | {"pending_applications": ["tps"]},
            "no adjustment pending",
        ),
        (EXCEPTIONS["cuban_haitian_entrant"] | {"cuban_haitian_entrant": False}, "not an entrant"),
        (PAROLEE, "re-parole has no exception"),
        (MILITARY_PIP, "military parole in place has no exception"),
        (FOUNDER, "entrepreneur parole has no exception"),
    ],
)
def test_the_parole_fee_is_charged_when_no_exception_fits(answers, why):
    parole_fee = fee(run(answers), "parole_fee")
    assert parole_fee is not None, why
    assert parole_fee.exempt is False, why
    assert parole_fee.exception is None
    assert parole_fee.amount_usd == 1050
    assert parole_fee.due == "on_grant"
    assert parole_fee.waivable is False


def test_military_parole_in_place_is_reported_charged_the_parole_fee_but_not_the_i131_fee():
    result = run(MILITARY_PIP)
    i131 = fee(result, "i131_filing_fee")
    assert (i131.exempt, i131.exception) == (True, "military_parole_in_place")
    assert "no I-131 fee" in i131.text
    assert "reported to be charged" in fee(result, "parole_fee").text


@pytest.mark.parametrize("category", SPECIAL_CATEGORIES)
def test_each_special_category_is_exempt_from_the_i131_fee(category):
    result = run(URGENT_MEDICAL | {"special_categories": [category]})
    i131 = fee(result, "i131_filing_fee")
    assert i131.exempt is True
    assert i131.exception == category
    assert "G-1055" in i131.source
    assert i131.confidence == "S"


def test_the_i131_fee_is_charged_with_filing_otherwise():
    i131 = fee(run(URGENT_MEDICAL), "i131_filing_fee")
    assert (i131.amount_usd, i131.online_amount_usd) == (630, 580)
    assert (i131.exempt, i131.due, i131.waivable) == (False, "with_filing", True)


def test_form_i912_is_offered_when_the_fees_cannot_be_paid():
    result = run(URGENT_MEDICAL | {"can_pay_fees": False})
    assert "I-912" in forms(result)
    assert "I-912" in fee(result, "i131_filing_fee").text
    assert "never be waived" in forms(result)["I-912"][0].text
    assert "I-912" not in forms(run(URGENT_MEDICAL | {"can_pay_fees": True}))


def test_form_i912_is_not_offered_when_the_i131_fee_is_already_zero():
    answers = URGENT_MEDICAL | {
        "can_pay_fees": False,
        "special_categories": ["armed_forces_member"],
    }
    assert "I-912" not in forms(run(answers))
    assert "I-912" not in forms(run(MILITARY_PIP | {"can_pay_fees": False}))


def test_form_i912_is_offered_for_ukrainian_re_parole_when_the_fees_cannot_be_paid():
    result = run(PAROLEE | {"parole_program": "u4u", "can_pay_fees": False})
    assert forms(result)["I-912"][0].for_pathways == ("re_parole",)


# ---------------------------------------------------------------------------------------------
# §7 Flags

FLAG_CASES = {
    "criminal_history": URGENT_MEDICAL | {"risk_factors": ["pending_charges"]},
    "ice_jurisdiction": URGENT_MEDICAL | {"risk_factors": ["prior_removal"]},
    "nta_risk_on_denial": MILITARY_PIP,
    "no_financial_support": URGENT_MEDICAL | {"financial_supporter": "none"},
    "visa_available": URGENT_MEDICAL | {"visa_option": "available_in_time"},
    "refugee_channel": ABROAD | {"reasons": ["protection"]},
    "parole_expired": PAROLEE | {"parole_expires_on": "2026-11-27"},
    "file_before_expiry": PAROLEE,
    "processing_hold": ABROAD | {"citizenship": "AF", "reasons": ["protection"]},
    "advance_parole_departure": EXCEPTIONS["adjustment_applicant_returning"],
    "overstay_not_eligible_for_pip": MILITARY_PIP | {"entry": "admitted"},
    "program_closed": ABROAD | {"citizenship": "VE"},
    "minor_needs_consent": URGENT_MEDICAL | {"beneficiary_is_minor": True},
    "expedite_request": URGENT_MEDICAL,
    "complete_evidence_up_front": PAROLEE,
    "unlawful_presence_bars": MILITARY_PIP | {"in_us_since": "2020-01-01"},
    "travel_ban": URGENT_MEDICAL | {"citizenship": "CU"},
    "parole_fee_before_grant": MILITARY_PIP,
}


@pytest.mark.parametrize("flag_id", sorted(FLAG_CASES))
def test_each_flag_is_raised_with_its_source(flag_id):
    result = run(FLAG_CASES[flag_id])
    raised = [f for f in result.flags if f.id == flag_id]
    assert raised, flag_id
    assert raised[0].source.strip()
    assert raised[0].severity in ("info", "warning", "stop")


def test_a_plain_case_raises_none_of_the_warnings():
    ids = flag_ids(
        run(
            URGENT_MEDICAL
            | {
                "citizenship": "PE",
                "needed_by": "2027-12-01",
                "medical_life_threatening": False,
                "medical_urgent": True,
            }
        )
    )
    assert ids <= {"complete_evidence_up_front"}


def test_ice_jurisdiction_mentions_form_i212():
    item = next(f for f in run(FLAG_CASES["ice_jurisdiction"]).flags if f.id == "ice_jurisdiction")
    assert "ICE" in item.text and "I-212" in item.text


def test_no_notice_to_appear_warning_before_2025_02_28():
    expired = PAROLEE | {"parole_expires_on": "2025-01-01"}
    assert "nta_risk_on_denial" not in flag_ids(run(expired, dt.date(2025, 2, 27)))
    item = next(f for f in run(expired, dt.date(2025, 2, 28)).flags if f.id == "nta_risk_on_denial")
    assert "PM-602-0187" in item.source


# ---------------------------------------------------------------------------------------------
# §8 Alternatives

ALTERNATIVE_CASES = {
    "asylum": INSIDE | {"entry": "without_inspection", "reasons": ["protection"]},
    "refugee": ABROAD | {"reasons": ["protection"]},
    "tps": INSIDE | {"entry": "admitted", "pending_applications": ["tps"]},
    "u_visa": ABROAD | {"victim_of": ["crime"]},
    "t_visa": INSIDE | {"victim_of": ["trafficking"]},
    "special_immigrant_visa": ABROAD | {"citizenship": "IQ", "worked_for_us_government": True},
    "family_immigrant_visa": FAMILY_ABROAD
    | {"reasons": ["family_reunification"], "relative_status": "lpr"},
    "deferred_action": MILITARY_PIP | {"entry": "admitted"},
    "adjustment_of_status": PAROLEE | {"us_relatives": ["usc_spouse"]},
    "cuban_adjustment_act": PAROLEE | {"citizenship": "CU", "in_us_since": "2025-01-10"},
    "provisional_waiver": INSIDE
    | {"entry": "without_inspection", "reasons": ["other"], "us_relatives": ["lpr_spouse"]},
    "cancellation_of_removal": INSIDE
    | {
        "entry": "without_inspection",
        "risk_factors": ["removal_proceedings"],
        "us_relatives": ["usc_child_under_21"],
    },
    "s_visa": ABROAD | {"reasons": ["law_enforcement"], "agency_request": True},
}


@pytest.mark.parametrize("alternative_id", sorted(ALTERNATIVE_CASES))
def test_each_alternative_is_suggested_when_it_fits(alternative_id):
    result = run(ALTERNATIVE_CASES[alternative_id])
    found = [a for a in result.alternatives if a.id == alternative_id]
    assert found, alternative_id
    assert found[0].source.strip()


def test_no_alternative_is_suggested_without_a_reason():
    assert alternative_ids(run(URGENT_MEDICAL)) == set()


def test_refugee_alternative_says_refugee_admissions_are_suspended_since_2025_01_27():
    refugee = next(a for a in run(ALTERNATIVE_CASES["refugee"]).alternatives if a.id == "refugee")
    assert "2025-01-27" in refugee.text
    assert "EO 14163" in refugee.source


def test_refugee_texts_do_not_show_an_empty_date_before_the_suspension():
    result = run(ALTERNATIVE_CASES["refugee"], dt.date(2024, 6, 1))
    texts = [a.text for a in result.alternatives] + [f.text for f in result.flags]
    assert not any("(since )" in text for text in texts)
    assert any("referral" in text for text in texts)


def test_afghan_special_immigrant_visa_says_issuance_is_paused():
    answers = ABROAD | {"citizenship": "AF", "worked_for_us_government": True}
    siv = next(a for a in run(answers).alternatives if a.id == "special_immigrant_visa")
    assert "reported paused in November 2025" in siv.text
    iraqi = next(
        a
        for a in run(answers | {"citizenship": "IQ"}).alternatives
        if a.id == "special_immigrant_visa"
    )
    assert "paused" not in iraqi.text


# ---------------------------------------------------------------------------------------------
# §9 Urgency


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (-3, "emergency"),
        (0, "emergency"),
        (30, "emergency"),
        (31, "urgent"),
        (90, "urgent"),
        (91, "standard"),
    ],
)
def test_urgency_follows_the_date_that_matters(days, expected):
    needed_by = (AS_OF + dt.timedelta(days=days)).isoformat()
    answers = ABROAD | {"reasons": ["family_reunification"], "needed_by": needed_by}
    result = run(answers)
    assert result.urgency == expected
    assert (result.urgency_reason is None) == (expected == "standard")


def test_urgency_is_standard_without_a_date():
    assert run(ABROAD | {"reasons": ["family_reunification"]}).urgency == "standard"


def test_a_life_threatening_condition_or_an_imminent_death_is_an_emergency():
    assert run(URGENT_MEDICAL | {"needed_by": "2028-01-01"}).urgency == "emergency"
    dying = EXCEPTIONS["imminent_death_of_family_member"]
    assert run(dying).urgency == "emergency"


def test_an_emergency_names_the_expedite_request_and_its_limit():
    expedite = next(f for f in run(URGENT_MEDICAL).flags if f.id == "expedite_request")
    assert "expedite" in expedite.text
    assert "does not guarantee" in expedite.text


# ---------------------------------------------------------------------------------------------
# Missing and ignored answers


def test_missing_reasons_give_possible_with_a_reason_naming_the_key():
    result = run(ABROAD)
    pathway = result.pathway("humanitarian_parole")
    assert pathway.verdict == "possible"
    missing = [r for r in pathway.reasons if r.code == "missing_reasons"]
    assert missing and missing[0].answers == ("reasons",) and missing[0].met is None
    assert "reasons" in result.unknowns
    assert "Not answered yet" in missing[0].text


@pytest.mark.parametrize(
    ("answers", "key"),
    [
        (URGENT_MEDICAL, "medical_available_at_home"),
        (URGENT_MEDICAL, "visa_option"),
        (URGENT_MEDICAL, "financial_supporter"),
        (MILITARY_PIP, "military_service"),
        (MILITARY_PIP, "military_relationship"),
        (PAROLEE, "parole_expires_on"),
        (FOUNDER, "startup_age_years"),
        (COURT, "court_date"),
    ],
)
def test_a_missing_answer_is_named_and_keeps_the_verdict_open(answers, key):
    result = run({k: v for k, v in answers.items() if k != key})
    assert key in result.unknowns
    named = [r for p in result.pathways for r in p.reasons if key in r.answers and r.met is None]
    assert named and named[0].code == f"missing_{key}"
    assert all(p.verdict != "likely" for p in result.pathways if named[0] in p.reasons)


def test_the_missing_medical_answer_is_the_one_named():
    answers = URGENT_MEDICAL | {"medical_provider_arranged": False}
    del answers["medical_life_threatening"]
    result = run(answers)
    assert result.unknowns == ("medical_life_threatening",)


def test_answers_that_do_not_apply_are_listed_as_ignored():
    answers = URGENT_MEDICAL | {"military_service": "active_duty", "entry": "without_inspection"}
    result = run(answers)
    assert result.ignored_answers == ("entry", "military_service")


def test_answers_that_do_not_apply_are_not_used():
    # A life-threatening answer without a medical reason is ignored, so it makes no emergency.
    answers = ABROAD | {"reasons": ["family_reunification"], "medical_life_threatening": True}
    result = run(answers)
    assert result.ignored_answers == ("medical_life_threatening",)
    assert result.urgency == "standard"
    # Someone abroad who answered "entered without inspection" is not screened for KFT.
    abroad = ABROAD | {
        "reasons": ["family_reunification"],
        "entry": "without_inspection",
        "relative_relationship": "spouse",
        "relative_status": "us_citizen",
    }
    assert run(abroad).pathway("keeping_families_together") is None


# ---------------------------------------------------------------------------------------------
# rules_version


def test_rules_version_is_the_verification_date_plus_a_digest():
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}", RULES_VERSION)
    assert RULES_VERSION.startswith(VERIFIED.isoformat() + "+")
    assert run(URGENT_MEDICAL).rules_version == RULES_VERSION
    assert run(URGENT_MEDICAL).to_dict()["rules_version"] == RULES_VERSION


def test_rules_version_changes_when_the_knowledge_changes(tmp_path, monkeypatch):
    here = Path(version_module.__file__).resolve().parent
    for name in version_module._SOURCES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(here / name, tmp_path / name)
    monkeypatch.setattr(version_module, "_HERE", tmp_path)
    assert version_module._digest() == RULES_VERSION.split("+")[1]
    knowledge = tmp_path / "knowledge" / "fees.py"
    knowledge.write_text(knowledge.read_text().replace("FeeAmount(630,", "FeeAmount(640,"))
    changed = version_module._digest()
    assert changed != RULES_VERSION.split("+")[1]
    engine = tmp_path / "engine.py"
    engine.write_text(engine.read_text() + "\n# a rule changed\n")
    assert version_module._digest() not in (changed, RULES_VERSION.split("+")[1])
    again = version_module._digest()
    pathway = tmp_path / "pathways" / "military.py"
    pathway.write_text(pathway.read_text() + "\n# a pathway rule changed\n")
    assert version_module._digest() not in (again, changed, RULES_VERSION.split("+")[1])


def test_rules_version_covers_every_module_of_the_rules():
    here = Path(version_module.__file__).resolve().parent
    modules = {p.relative_to(here).as_posix() for p in here.rglob("*.py")}
    assert set(version_module._SOURCES) == modules - {"version.py", "schema_doc.py"}
    assert {"engine.py", "knowledge/fees.py", "context.py", "pathways/__init__.py"} <= modules
    assert "pathways/military.py" in version_module._SOURCES


# ---------------------------------------------------------------------------------------------
# Unconfirmed [U] and secondary [S] facts are said plainly


def test_the_i941_fee_is_stated_as_not_confirmed_without_an_amount():
    i941 = fee(run(FOUNDER), "i941_filing_fee")
    assert i941.amount_usd is None
    assert i941.confidence == "U"
    assert "not confirmed" in i941.text
    assert "$" not in i941.text.split("(")[0]  # no invented current figure
    assert i941.to_dict()["amount_usd"] is None


def test_a_secondary_parole_fee_figure_is_reported_with_a_pointer_to_g1055():
    parole_fee = fee(run(PAROLEE), "parole_fee")
    assert parole_fee.confidence == "S"
    assert parole_fee.text.startswith("Reported as $1,050")
    assert "uscis.gov/g-1055" in parole_fee.text
    assert parole_fee.to_dict()["verified_on"] == VERIFIED.isoformat()


def test_entrepreneur_parole_says_its_status_and_parole_fee_are_not_confirmed():
    result = run(FOUNDER)
    status = result.pathway("international_entrepreneur_parole").reasons[-1]
    assert "not confirmed" in status.text
    assert "no source confirms" in fee(result, "parole_fee").text


def test_forms_say_what_is_not_confirmed_about_their_edition():
    i941 = forms(run(FOUNDER))["I-941"][0]
    assert i941.edition is None
    assert "not confirmed" in i941.edition_note
    i131 = forms(run(URGENT_MEDICAL))["I-131"][0]
    assert i131.edition == "01/20/25"
    assert "not confirmed" in i131.edition_note


# ---------------------------------------------------------------------------------------------
# Answers and the JSON shape


def test_every_schema_key_has_a_meaning_and_an_asked_when_text():
    for field in SCHEMA:
        assert field.meaning.strip(), field.key
        assert field.asked_when_text.strip(), field.key


def test_huge_whole_numbers_are_accepted_without_crashing():
    result = run(FOUNDER | {"startup_investment_usd": 10**30})
    assert verdict(result, "international_entrepreneur_parole") == "likely"


def test_a_country_code_with_a_trailing_newline_is_refused():
    with pytest.raises(AnswersError) as error:
        Answers.from_dict({"citizenship": "UA\n"})
    assert set(error.value.problems) == {"citizenship"}


def test_assess_works_on_any_day_of_the_supported_range():
    for day in (dt.date(2023, 1, 1), dt.date(2024, 2, 26), dt.date(2027, 12, 31)):
        assert run({}, day).as_of == day


def test_to_dict_has_the_catalogue_shape():
    data = run(URGENT_MEDICAL).to_dict()
    assert {
        "rules_version",
        "as_of",
        "urgency",
        "pathways",
        "forms",
        "fees",
        "evidence",
        "flags",
        "alternatives",
        "ignored_answers",
    } <= data.keys()
    assert set(data["pathways"][0]) >= {"id", "verdict", "reasons", "files"}
    assert set(data["pathways"][0]["reasons"][0]) >= {"code", "text", "answers", "source"}
    assert set(data["forms"][0]) >= {"id", "why", "part", "edition", "source"}
    assert set(data["fees"][0]) >= {
        "id",
        "amount_usd",
        "due",
        "waivable",
        "exempt",
        "exception",
        "verified_on",
        "source",
    }
    assert set(data["evidence"][0]) == {"id", "have", "for"}
    assert set(data["flags"][0]) >= {"id", "severity", "text", "source"}


def test_evidence_on_hand_is_marked_as_had():
    result = run(URGENT_MEDICAL | {"evidence_on_hand": ["physician_statement"]})
    have = {e.id: e.have for e in result.evidence}
    assert have["physician_statement"] is True
    assert have["treatment_unavailable_statement"] is False


# ---------------------------------------------------------------------------------------------
# Translation convention: every message is one whole sentence marked with _() in the engine


@pytest.mark.parametrize(
    "answers",
    [
        URGENT_MEDICAL,
        MILITARY_PIP,
        PAROLEE | {"parole_program": "u4u", "can_pay_fees": False},
        FOUNDER,
        ABROAD | {"citizenship": "AF", "worked_for_us_government": True, "reasons": ["protection"]},
        ABROAD | {"citizenship": "VE", "reasons": ["funeral"], "visa_option": "none"},
        *EXCEPTIONS.values(),
    ],
)
def test_every_message_is_a_whole_marked_sentence(answers):
    marked = marked_messages()
    result = run(answers)
    items = [r for p in result.pathways for r in p.reasons]
    items += [*result.forms, *result.fees, *result.flags, *result.alternatives]
    for item in items:
        if item.message:  # forms without a note of their own
            assert item.message in marked, item.message


def test_ukrainians_are_told_not_to_file_re_parole_more_than_180_days_early():
    answers = PAROLEE | {"parole_program": "u4u", "parole_expires_on": "2027-08-01"}
    early = next(f for f in run(answers).flags if f.id == "file_before_expiry")
    assert "no earlier than 180 days" in early.text
    assert "2027-02-02" in early.text  # 180 days before 2027-08-01
    soon = next(
        f
        for f in run(answers | {"parole_expires_on": "2027-03-01"}).flags
        if f.id == "file_before_expiry"
    )
    assert "180 days" not in soon.text
    other = next(f for f in run(PAROLEE).flags if f.id == "file_before_expiry")
    assert "180 days" not in other.text


def test_military_parole_in_place_re_parole_fee_is_stated_as_not_confirmed():
    i131 = fee(run(PAROLEE | {"parole_program": "military_pip"}), "i131_filing_fee")
    assert i131.amount_usd == 630
    assert "not confirmed" in i131.text
    assert "not confirmed" not in fee(run(PAROLEE), "i131_filing_fee").text


def test_a_relative_who_has_died_is_not_described_as_ill():
    answers = ABROAD | {
        "reasons": ["visit_ill_relative"],
        "relative_condition": "deceased",
        "visa_option": "none",
        "financial_supporter": "self",
    }
    result = run(answers)
    assert verdict(result, "humanitarian_parole") == "likely"
    assert "relative_deceased" in reason_codes(result, "humanitarian_parole")
    assert "funeral" in result.pathway("humanitarian_parole").reasons[0].text
