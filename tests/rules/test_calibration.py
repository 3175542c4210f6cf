"""Verdicts and texts an attorney would sign (issue 7 §4), and the cases
an attorney checked, each asserting what an attorney would expect."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess

AS_OF = dt.date(2026, 12, 1)
ABROAD = {"location": "outside_us", "goal": "come_to_us", "citizenship": "PE"}
INSIDE = {"location": "inside_us", "goal": "stay_in_us"}
MEDICAL = ABROAD | {
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": False,
    "medical_provider_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "self",
}


def ids(items) -> set[str]:
    return {item.id for item in items}


def fee(result, fee_id):
    return next((f for f in result.fees if f.id == fee_id), None)


def flags(result, flag_id):
    return [f for f in result.flags if f.id == flag_id]


# ---------------------------------------------------------------------------------------------
# Parole needs an urgent reason; the fee exceptions follow 8 U.S.C. 1804(b)


def test_scheduled_treatment_is_possible_at_most_and_pays_the_parole_fee():
    result = assess(MEDICAL | {"medical_urgent": False}, AS_OF)
    assert result.pathway("humanitarian_parole").verdict == "possible"
    assert "medical_not_urgent" in [r.code for r in result.pathway("humanitarian_parole").reasons]
    parole_fee = fee(result, "parole_fee")
    assert parole_fee.exempt is False and parole_fee.exception is None
    (before_grant,) = flags(result, "parole_fee_before_grant")
    assert "not final until you pay" in before_grant.text


def test_urgent_treatment_not_available_at_home_is_likely_and_likely_excepted():
    result = assess(MEDICAL | {"medical_urgent": True}, AS_OF)
    assert result.pathway("humanitarian_parole").verdict == "likely"
    parole_fee = fee(result, "parole_fee")
    assert parole_fee.exempt is True and parole_fee.exception == "medical_emergency"
    assert (
        "An exception in the law likely covers the parole fee" in parole_fee.text
        and "DHS decides" in parole_fee.text
    )
    assert flags(result, "parole_fee_before_grant") == []


def test_an_unanswered_urgency_is_named_as_unknown():
    result = assess(MEDICAL, AS_OF)
    assert result.pathway("humanitarian_parole").verdict == "possible"
    assert "medical_urgent" in result.unknowns


def test_a_life_threatening_condition_treatable_at_home_is_excepted_only_without_time_for_a_visa():
    answers = MEDICAL | {"medical_available_at_home": True, "medical_life_threatening": True}
    assert fee(assess(answers, AS_OF), "parole_fee") is None  # not at home: no open pathway
    emergency = MEDICAL | {"medical_life_threatening": True}
    assert fee(assess(emergency, AS_OF), "parole_fee").exception == "medical_emergency"


def test_re_parole_for_continuing_treatment_stays_likely():
    parolee = INSIDE | {
        "entry": "paroled",
        "parole_program": "none",
        "parole_expires_on": "2027-02-20",
        "reasons": ["medical_treatment"],
        "medical_available_at_home": False,
        "medical_life_threatening": False,
        "medical_provider_arranged": True,
        "financial_supporter": "self",
    }
    assert assess(parolee, AS_OF).pathway("re_parole").verdict == "likely"


# ---------------------------------------------------------------------------------------------
# Hearing parole

RETURNED = ABROAD | {
    "reasons": ["court_proceeding"],
    "agency_request": False,
    "court_date": "2027-03-02",
    "returned_to_await_hearing": True,
    "visa_option": "none",
    "financial_supporter": "self",
}


def test_people_returned_to_await_a_hearing_get_hearing_parole_not_a_uscis_request():
    result = assess(RETURNED, AS_OF)
    hearing = result.pathway("hearing_parole")
    assert (hearing.verdict, hearing.files) == ("out_of_scope", "agency")
    assert "You do not file Form I-131 or Form I-134" in hearing.reasons[0].text
    assert result.pathway("significant_public_benefit_parole") is None
    assert "I-131" not in ids(result.forms) and "I-134" not in ids(result.forms)
    assert fee(result, "i131_filing_fee") is None
    parole_fee = fee(result, "parole_fee")
    assert (parole_fee.exempt, parole_fee.exception) == (True, "contiguous_return_hearing")
    assert flags(result, "expedite_request") == []


def test_the_hearing_exception_is_never_given_to_an_i131_applicant():
    medical = MEDICAL | {"medical_urgent": False, "returned_to_await_hearing": True}
    # the hearing question is asked only for a court case: here it is ignored
    result = assess(medical, AS_OF)
    assert "returned_to_await_hearing" in result.ignored_answers
    assert fee(result, "parole_fee").exception is None


# ---------------------------------------------------------------------------------------------
# Where ICE or an agency decides, nothing sends the person to USCIS


def test_an_ice_case_is_never_sent_to_uscis_or_its_expedite_process():
    answers = MEDICAL | {
        "medical_life_threatening": True,
        "risk_factors": ["prior_removal"],
        "needed_by": "2026-12-10",
    }
    result = assess(answers, AS_OF)
    assert result.urgency == "emergency"
    assert flags(result, "expedite_request") == []
    (i131,) = [f for f in result.forms if f.id == "I-131"]
    # one secondary source reports ICE routing; abroad, the addresses page and a lawyer
    assert "decided by ICE, not USCIS" in i131.text and "secondary source" in i131.text
    assert "ask a lawyer where to send it" in i131.text
    (ice,) = flags(result, "ice_jurisdiction")
    assert "a later visa or green card may also need" in ice.text
    assert "it is not part of the parole request" in ice.text


def test_an_agency_request_raises_no_expedite_or_uscis_evidence_flag():
    witness = ABROAD | {
        "reasons": ["law_enforcement"],
        "agency_request": True,
        "needed_by": "2026-12-05",
    }
    result = assess(witness, AS_OF)
    assert result.pathway("law_enforcement_parole").files == "agency"
    assert flags(result, "expedite_request") == []
    assert flags(result, "complete_evidence_up_front") == []


# ---------------------------------------------------------------------------------------------
# The bugs the review found (issue 7 §4)


def test_the_military_family_reason_counts_inside_the_us_for_military_re_parole():
    answers = INSIDE | {
        "entry": "paroled",
        "parole_program": "military_pip",
        "parole_expires_on": "2027-03-01",
        "reasons": ["military_family"],
    }
    result = assess(answers, AS_OF)
    re_parole = result.pathway("re_parole")
    assert "military_family_in_us" in [r.code for r in re_parole.reasons]
    assert "missing_reasons" not in [r.code for r in re_parole.reasons]
    assert re_parole.verdict == "likely"


def test_no_refugee_referral_question_or_evidence_inside_the_us():
    answers = INSIDE | {
        "entry": "without_inspection",
        "reasons": ["protection"],
        "harm_individualized": True,
        "harm_imminent": True,
        "refugee_referral_possible": False,
    }
    result = assess(answers, AS_OF)
    assert "refugee_referral_possible" in result.ignored_answers
    assert "refugee_unavailable_explanation" not in ids(result.evidence)
    assert "harm_evidence" in ids(result.evidence)
    protection = {k: v for k, v in answers.items() if k.startswith(("reasons", "harm", "refugee"))}
    abroad = assess(ABROAD | protection, AS_OF)
    assert "refugee_unavailable_explanation" in ids(abroad.evidence)


@pytest.mark.parametrize(
    ("answers", "name", "source"),
    [
        (
            {"location": "outside_us", "goal": "come_to_us", "citizenship": "UA"},
            "Uniting for Ukraine",
            "I-134A",
        ),
        (
            INSIDE | {"entry": "paroled", "parole_program": "afghan", "reasons": ["other"]},
            "Afghan re-parole",
            "Afghan",
        ),
    ],
)
def test_program_closed_names_each_program_in_words_with_its_own_source(answers, name, source):
    result = assess(answers, AS_OF)
    closed = flags(result, "program_closed")
    assert [f.params["name"] for f in closed] == [name]
    assert "_" not in closed[0].text  # never a raw id
    assert source in closed[0].source


def test_a_closed_ukrainian_re_parole_is_named_not_given_as_an_id():
    answers = INSIDE | {
        "entry": "paroled",
        "parole_program": "u4u",
        "parole_expires_on": "2025-05-01",
        "reasons": ["other"],
    }
    (closed,) = flags(assess(answers, dt.date(2025, 3, 1)), "program_closed")
    assert closed.params["name"] == "Ukrainian re-parole"
    assert "re_parole" not in closed.text
    assert "freeze" in closed.source


def test_re_parole_after_expiry_never_says_before_the_current_one_ends():
    answers = INSIDE | {
        "entry": "paroled",
        "parole_program": "none",
        "parole_expires_on": "2026-10-01",
        "reasons": ["other"],
    }
    (i131,) = [f for f in assess(answers, AS_OF).forms if f.id == "I-131"]
    assert "before the current one ends" not in i131.text
    assert "Your parole has already ended" in i131.text
    current = answers | {"parole_expires_on": "2027-10-01"}
    (i131,) = [f for f in assess(current, AS_OF).forms if f.id == "I-131"]
    assert "before the current one ends" in i131.text


# ---------------------------------------------------------------------------------------------
# The cases an attorney checked


def test_a_paroled_immediate_relative_who_overstayed_and_worked_can_adjust():
    """An attorney expects: adjustment offered; the overstay and the work do not bar it; the
    2026 discretion memo and the other bars are named; no consular waiver is needed."""
    answers = INSIDE | {
        "entry": "paroled",
        "parole_program": "other",
        "parole_expires_on": "2025-06-01",
        "in_us_since": "2024-06-01",
        "reasons": ["other"],
        "us_relatives": ["usc_spouse"],
        "citizenship": "PE",
    }
    result = assess(answers, AS_OF)
    adjustment = next(a for a in result.alternatives if a.id == "adjustment_of_status")
    assert "an overstay or work without permission does not by itself stop it" in adjustment.text
    assert "PM-602-0199" in adjustment.source
    bars = " ".join(m.text for m in adjustment.bars)
    assert "since 2026-05-21" in bars and "a past sham marriage" in bars
    assert adjustment.forms == ("I-130", "I-485")
    assert "provisional_waiver" not in ids(result.alternatives)
    assert flags(result, "unlawful_presence_bars")  # parole ended 18 months ago: do not travel


def test_a_paroled_preference_relative_is_told_the_bars_can_apply():
    """An attorney expects: no immediate-relative adjustment; a family petition with the
    245(c) bars named as a risk for a paroled adult child of a permanent resident."""
    answers = INSIDE | {
        "entry": "paroled",
        "parole_program": "other",
        "parole_expires_on": "2027-01-01",
        "reasons": ["other"],
        "us_relatives": ["lpr_parent"],
    }
    result = assess(answers, AS_OF)
    assert "adjustment_of_status" not in ids(result.alternatives)
    family = next(a for a in result.alternatives if a.id == "family_immigrant_visa")
    assert "wait for a visa number" in family.text
    assert "can apply to you" in family.text
    assert "245(c)" in family.source


@pytest.mark.parametrize(("country", "blocked"), [("MX", False), ("HT", True)])
def test_someone_who_entered_without_inspection_goes_the_consular_way(country, blocked):
    """An attorney expects: no adjustment (never paroled, no 245(i)); the I-601A consular route
    with the bars warning; for a travel-ban nationality that route is blocked and the flag
    says so."""
    answers = INSIDE | {
        "entry": "without_inspection",
        "in_us_since": "2018-04-01",
        "reasons": ["other"],
        "us_relatives": ["usc_spouse"],
        "citizenship": country,
        "petition_245i": "none",
    }
    result = assess(answers, AS_OF)
    alternatives = ids(result.alternatives)
    assert "adjustment_of_status" not in alternatives
    assert flags(result, "unlawful_presence_bars")
    if blocked:
        assert "provisional_waiver" not in alternatives
        (ban,) = flags(result, "travel_ban")
        assert "consular route with a provisional waiver (Form I-601A) are blocked" in ban.text
    else:
        assert "provisional_waiver" in alternatives
        assert flags(result, "travel_ban") == []
