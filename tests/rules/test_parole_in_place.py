"""Parole in place outside any program (Form I-131 Part 1 item 9): offered honestly, never as
likely, because no source shows USCIS granting it."""

import datetime as dt

from screening.rules import assess

AS_OF = dt.date(2026, 11, 28)
IN_US_MEDICAL = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "without_inspection",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
}


def test_someone_who_entered_without_inspection_gets_a_long_shot_with_its_risks():
    result = assess(IN_US_MEDICAL, AS_OF)
    pathway = result.pathway("parole_in_place")
    assert pathway.verdict == "possible"
    assert any("no public source" in r.text for r in pathway.reasons)
    assert ("I-131", "Part 1 item 9") in {(f.id, f.part) for f in result.forms}
    assert {f.id for f in result.flags} >= {"nta_risk_on_denial"}
    assert "physician_statement" in {e.id for e in result.evidence}
    parole_fee = next(f for f in result.fees if f.id == "parole_fee")
    assert parole_fee.exempt is False  # the medical exception is for people abroad


def test_someone_who_was_admitted_is_told_it_does_not_fit():
    result = assess(IN_US_MEDICAL | {"entry": "admitted"}, AS_OF)
    pathway = result.pathway("parole_in_place")
    assert pathway.verdict == "unlikely"
    assert pathway.reasons[0].code == "admitted_not_applicant_for_admission"
    assert not result.forms


def test_military_families_and_parolees_go_to_their_own_pathways():
    military = IN_US_MEDICAL | {"reasons": ["military_family"]}
    assert assess(military, AS_OF).pathway("parole_in_place") is None
    paroled = IN_US_MEDICAL | {"entry": "paroled", "parole_program": "none"}
    result = assess(paroled, AS_OF)
    assert result.pathway("parole_in_place") is None
    assert result.pathway("re_parole") is not None
