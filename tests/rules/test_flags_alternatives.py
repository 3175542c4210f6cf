"""Each flag (`FLAG_IDS`) and each alternative (`ALTERNATIVE_IDS`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules.cases import (
    ABROAD,
    EXCEPTIONS,
    FAMILY_ABROAD,
    INSIDE,
    MILITARY_PIP,
    PAROLEE,
    URGENT_MEDICAL,
    alternative_ids,
    flag_ids,
    run,
)

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
    "mandatory_detention": MILITARY_PIP | {"detained": True},
    "bond_hearing": MILITARY_PIP | {"detained": True, "entry": "admitted"},
    "permanent_bar": MILITARY_PIP | {"unlawful_reentry": ["after_year_unlawful"]},
    "reinstatement": MILITARY_PIP | {"risk_factors": ["prior_removal"]},
    "expedited_removal": MILITARY_PIP | {"in_us_since": "2026-01-10"},
    "registration_duty": MILITARY_PIP,
    "i220a_not_parole": MILITARY_PIP | {"citizenship": "CU", "entry": "released_from_custody"},
    "tps_protection": INSIDE
    | {
        "entry": "admitted",
        "citizenship": "SV",
        "pending_applications": ["tps"],
        "tps_granted": True,
    },
    "asylum_abandonment_on_travel": INSIDE
    | {"goal": "travel_and_return", "entry": "admitted", "pending_applications": ["i589"]},
    "i485_abandonment_on_travel": EXCEPTIONS["adjustment_applicant_returning"],
    "annual_asylum_fee": INSIDE | {"entry": "without_inspection", "pending_applications": ["i589"]},
    "answers_to_check": URGENT_MEDICAL | {"needed_by": "2026-11-01"},
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
    "continued_presence": INSIDE | {"victim_of": ["trafficking"]},
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


def test_every_flag_and_alternative_the_rules_can_return_has_a_case_here():
    """A new flag or alternative means: its rule, its words (screening/result/labels.py), and a
    case here that gives it."""
    from screening.rules.assessment import ALTERNATIVE_IDS, FLAG_IDS

    assert set(FLAG_IDS) - set(FLAG_CASES) == set(), "add a case to FLAG_CASES"
    assert set(ALTERNATIVE_IDS) - set(ALTERNATIVE_CASES) == set(), "add one to ALTERNATIVE_CASES"
