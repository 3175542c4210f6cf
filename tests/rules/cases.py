"""The answers and helpers the focused rule tests share (tests/rules/test_pathways.py and its
siblings)."""

from __future__ import annotations

import datetime as dt

from screening.rules import assess

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
# Each of the ten exceptions to the parole fee (8 U.S.C. 1804(b)), in answers that show it.
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
