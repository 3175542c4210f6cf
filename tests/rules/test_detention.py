"""Custody: parole from ICE custody, what changes while detained, the detention flags and the
emergency banner; expedited removal and the registration duty, each from its date."""

from __future__ import annotations

import datetime as dt

import pytest

from .cases import INSIDE, MILITARY_PIP, PAROLEE, fee, flag_ids, forms, reason_codes, run
from .test_history import every_text, flag

DETAINED = INSIDE | {
    "detained": True,
    "entry": "without_inspection",
    "in_us_since": "2021-05-10",
    "citizenship": "EC",
    "reasons": ["other"],
    "financial_supporter": "relative_or_friend",
    "unlawful_reentry": [],
    "petition_245i": "none",
}


def test_a_detained_man_asks_ice_and_is_never_told_to_file_an_i131_with_uscis():
    result = run(DETAINED)
    custody = result.pathways[0]
    assert custody.id == "custody_parole" and custody.verdict == "out_of_scope"
    assert custody.files == "self"
    assert "I-131" not in forms(result) and fee(result, "i131_filing_fee") is None
    assert not {"expedite_request", "complete_evidence_up_front", "registration_duty"} & (
        flag_ids(result)
    )
    text = every_text(result)
    assert "as soon as you can" not in text and "expedite" not in text.lower()
    assert "file with USCIS" not in text
    assert result.urgency == "emergency"
    banner = result.urgency_reason
    assert "Ask ICE in writing" in banner.text and "habeas" in banner.text
    assert "Do not sign any paper agreeing to leave" in banner.text
    assert "The client should not sign" in banner.client_text


def test_custody_parole_lists_the_parole_fee_and_the_letter_to_ice():
    result = run(DETAINED | {"reasons": ["medical_treatment"]})
    parole_fee = fee(result, "parole_fee")
    assert parole_fee is not None and parole_fee.due == "on_grant" and not parole_fee.exempt
    needed = {e.id for e in result.evidence}
    assert {"identity_document", "sponsor_letter", "favorable_discretion_evidence"} <= needed
    assert "medical_records" in needed
    assert "custody_medical_condition" in reason_codes(result, "custody_parole")
    assert "financial_support" not in needed  # no I-134: nothing is filed with USCIS


def test_while_detained_parole_in_place_is_gone_and_uscis_routes_are_possible_at_most():
    result = run(PAROLEE | {"detained": True})
    assert result.pathway("parole_in_place") is None
    re_parole = result.pathway("re_parole")
    assert re_parole.verdict == "possible"
    assert reason_codes(result, "re_parole")[0] == "detained_ice_decides"
    assert "I-131" not in forms(result)
    free = run(MILITARY_PIP | {"reasons": ["military_family", "family_reunification"]})
    assert "registration_duty" in flag_ids(free)
    held = run(MILITARY_PIP | {"detained": True})
    assert "registration_duty" not in flag_ids(held)


def test_an_admitted_detainee_gets_the_bond_hearing_flag_not_custody_parole():
    result = run(INSIDE | {"detained": True, "entry": "admitted", "reasons": ["other"]})
    assert result.pathway("custody_parole") is None
    item = flag(result, "bond_hearing")
    assert item.severity == "stop" and "ask an immigration judge to set bond" in item.text
    assert "mandatory_detention" not in flag_ids(result)
    assert (
        "Q. Li"
        not in flag(
            run(INSIDE | {"detained": True, "entry": "admitted"}, dt.date(2025, 5, 14)),
            "bond_hearing",
        ).text
    )


@pytest.mark.parametrize(
    "entry, day, sentence, shown",
    [
        ("released_from_custody", "2025-05-14", "Matter of Q. Li", False),
        ("released_from_custody", "2025-05-15", "Matter of Q. Li", True),
        ("without_inspection", "2025-05-15", "Matter of Q. Li", False),
        ("without_inspection", "2025-07-07", "ICE guidance of 2025-07-08", False),
        ("without_inspection", "2025-07-08", "ICE guidance of 2025-07-08", True),
        ("without_inspection", "2025-09-04", "Yajure Hurtado", False),
        ("without_inspection", "2025-09-05", "Yajure Hurtado", True),
        ("without_inspection", "2025-11-25", "Maldonado Bautista", False),
        ("without_inspection", "2025-11-26", "Maldonado Bautista", True),
        ("released_from_custody", "2025-11-26", "Maldonado Bautista", False),
        ("without_inspection", "2026-01-12", "told to follow", False),
        ("without_inspection", "2026-01-13", "told to follow", True),
        ("paroled", "2026-02-05", "courts of appeals are split", False),
        ("paroled", "2026-02-06", "courts of appeals are split", True),
        ("without_inspection", "2026-06-25", "Supreme Court", False),
        ("without_inspection", "2026-06-26", "Supreme Court", True),
        ("without_inspection", "2026-06-27", "Supreme Court", True),
    ],
)
def test_each_mandatory_detention_sentence_appears_from_its_date(entry, day, sentence, shown):
    answers = DETAINED | {"entry": entry}
    if entry == "paroled":
        answers |= {"parole_program": "none", "parole_expires_on": "2027-01-01"}
    item = flag(run(answers, dt.date.fromisoformat(day)), "mandatory_detention")
    assert (sentence in item.text) is shown
    assert "habeas petition" in item.text and item.severity == "stop"
    assert " you" not in item.client_text


def test_the_banner_on_the_page_says_no_file_as_soon_as_you_can(settings):
    from django.template.loader import render_to_string

    from screening.result.model import DETENTION_FLAGS

    result = run(DETAINED)
    assert {f.id for f in result.flags} & DETENTION_FLAGS
    urgency = {"level": "emergency", "reason": result.urgency_reason, "detained": True}
    html = render_to_string("partials/urgency_banner.html", {"urgency": urgency})
    assert "Ask ICE in writing" in html and "as soon as" not in html


# -- expedited removal ----------------------------------------------------------------------------

RECENT = INSIDE | {"entry": "without_inspection", "in_us_since": "2024-12-01", "reasons": ["other"]}


@pytest.mark.parametrize(
    "day, severity",
    [
        ("2025-01-20", None),
        ("2025-01-21", "warning"),
        ("2025-08-28", "warning"),
        ("2025-08-29", "info"),
        ("2026-06-22", "info"),
    ],
)
def test_expedited_removal_severity_by_date(day, severity):
    answers = RECENT | {"in_us_since": "2025-01-01"}
    result = run(answers, dt.date.fromisoformat(day))
    raised = [f for f in result.flags if f.id == "expedited_removal"]
    assert (raised[0].severity if raised else None) == severity


def test_expedited_removal_is_back_from_2026_06_23_and_ends_at_two_years():
    answers = RECENT | {"in_us_since": "2025-01-01"}
    item = flag(run(answers, dt.date(2026, 6, 23)), "expedited_removal")
    assert item.severity == "warning" and "back in effect on 2026-06-23" in item.text
    assert "expedited_removal" in flag_ids(run(answers, dt.date(2026, 12, 31)))
    assert "expedited_removal" not in flag_ids(run(answers, dt.date(2027, 1, 1)))


def test_the_two_year_day_opens_a_door_and_moves_29_february_to_1_march():
    result = run(RECENT | {"in_us_since": "2024-02-29"}, dt.date(2025, 6, 1))
    days = {d.id: d.date for d in result.deadlines}
    assert days["expedited_removal_two_years"] == dt.date(2026, 3, 1)
    from screening.rules.deadlines import opens

    assert opens("expedited_removal_two_years")


def test_a_port_parolee_is_shielded_from_2025_08_01_and_a_tps_holder_is_not_warned():
    parolee = INSIDE | {
        "entry": "paroled",
        "parole_program": "chnv",
        "citizenship": "VE",
        "in_us_since": "2024-06-01",
        "parole_expires_on": "2025-03-01",
        "reasons": ["other"],
    }
    assert flag(run(parolee, dt.date(2025, 7, 31)), "expedited_removal").severity == "warning"
    shielded = flag(run(parolee, dt.date(2025, 8, 1)), "expedited_removal")
    assert shielded.severity == "info" and "paroled at a port of entry" in shielded.text
    tps = RECENT | {
        "in_us_since": "2025-06-01",
        "pending_applications": ["tps"],
        "tps_granted": True,
        "tps_ends_on": "2027-06-01",
    }
    assert "expedited_removal" not in flag_ids(run(tps))


# -- registration --------------------------------------------------------------------------------


def test_registration_opens_with_the_lawyer_from_2025_04_11_and_never_says_register_now():
    assert "registration_duty" not in flag_ids(run(MILITARY_PIP, dt.date(2025, 4, 10)))
    item = flag(run(MILITARY_PIP, dt.date(2025, 4, 11)), "registration_duty")
    assert item.text.startswith("Talk to a lawyer before you register.")
    assert item.severity == "warning" and "register now" not in item.text.lower()
    result = run(MILITARY_PIP)
    assert "G-325R" not in forms(result)
    assert not [d for d in result.deadlines if "regist" in d.text.lower()]
    proceedings = run(MILITARY_PIP | {"risk_factors": ["removal_proceedings"]})
    assert "registration_duty" not in flag_ids(proceedings)


def test_a_parolee_held_again_is_never_told_to_file_for_re_parole_or_to_file_early():
    held = INSIDE | {
        "detained": True,
        "entry": "paroled",
        "parole_program": "none",
        "parole_expires_on": "2027-03-01",
        "in_us_since": "2025-03-01",
        "reasons": ["court_proceeding"],
        "court_date": "2027-01-15",
        "needed_by": "2027-01-10",
    }
    result = run(held)
    assert "custody_parole" in {p.id for p in result.pathways}
    assert "file_before_expiry" not in {f.id for f in result.flags}
    for did in ("court_date", "needed_by"):
        todo = next(d for d in result.deadlines if d.id == did).todo
        assert todo.text.startswith("You are held by immigration: before this day, ask ICE")
        assert "file" not in todo.text.lower() and "file" not in todo.for_client().text.lower()
