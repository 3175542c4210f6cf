"""Urgency, and missing and ignored answers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules.cases import (
    ABROAD,
    AS_OF,
    COURT,
    EXCEPTIONS,
    FOUNDER,
    MILITARY_PIP,
    PAROLEE,
    URGENT_MEDICAL,
    run,
)

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
