"""The donor: a donor's reason, a donor's papers, the donation date counts for urgency."""

import datetime as dt

from screening.rules import assess

AS_OF = dt.date(2026, 11, 28)
# Her story: a Honduran grandmother, the bone-marrow match for her grandson in Texas.
DONOR = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "HN",
    "beneficiary_is_minor": False,
    "reasons": ["organ_donor"],
    "donation_patient_relationship": "grandchild",
    "donation_center_confirmed": True,
    "donation_date": "2027-01-20",
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
    "can_pay_fees": True,
}


def _humanitarian(result):
    return next(p for p in result.pathways if p.id == "humanitarian_parole")


def test_the_evidence_a_donor_still_needs_is_a_donors_not_a_patients():
    ids = [item.id for item in assess(DONOR, AS_OF).evidence]
    assert "transplant_center_letter" in ids and "donor_match_results" in ids
    assert "physician_statement" not in ids  # the patient's doctor
    assert "us_provider_acceptance" not in ids  # "the doctor who agreed to treat you"


def test_a_confirmed_donation_counts_for_and_rests_on_the_centers_answer():
    result = assess(DONOR, AS_OF)
    ground = next(r for r in _humanitarian(result).reasons if r.code == "organ_donor")
    assert ground.met is True
    assert "donation_center_confirmed" in ground.answers
    assert "bone marrow" in ground.text
    assert _humanitarian(result).verdict == "likely"


def test_an_unconfirmed_donation_is_noted_not_counted():
    result = assess(DONOR | {"donation_center_confirmed": False}, AS_OF)
    codes = {r.code: r.met for r in _humanitarian(result).reasons}
    assert codes["organ_donor_unconfirmed"] is None
    assert _humanitarian(result).verdict == "possible"


def test_the_donation_date_sets_the_urgency():
    soon = assess(DONOR | {"donation_date": "2026-12-10"}, AS_OF)
    assert soon.urgency == "emergency"
    assert "12 days away" in soon.urgency_reason.text
    later = assess(DONOR | {"donation_date": "2027-02-01"}, AS_OF)
    assert later.urgency == "urgent"


def test_a_date_that_has_passed_says_so_instead_of_negative_days():
    result = assess(DONOR | {"donation_date": "2026-11-12"}, AS_OF)
    assert result.urgency_reason.text == "The date that matters (2026-11-12) has already passed."
    today = assess(DONOR | {"donation_date": "2026-11-28"}, AS_OF)
    assert today.urgency_reason.text == "The date that matters (2026-11-28) is today."


def test_a_grandchild_is_close_family_for_the_parole_fee_exceptions():
    funeral = {
        **{k: v for k, v in DONOR.items() if not k.startswith("donation")},
        "reasons": ["funeral"],
        "relative_relationship": "grandchild",
        "relative_condition": "deceased",
    }
    parole_fee = next(f for f in assess(funeral, AS_OF).fees if f.id == "parole_fee")
    assert parole_fee.exception == "funeral"
