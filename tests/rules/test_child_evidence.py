"""Evidence for a child (one request per child and per adult traveling, whose consent, custody
papers by who travels with the child, "may already be a U.S. citizen") and for an organization."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess

from .cases import ABROAD, forms, reason_codes

AS_OF = dt.date(2026, 11, 30)
CHILD = ABROAD | {
    "citizenship": "PE",
    "beneficiary_is_minor": True,
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
}


def evidence_ids(result) -> set[str]:
    return {e.id for e in result.evidence}


def test_one_request_for_the_child_and_one_for_each_adult_traveling():
    result = assess(CHILD, AS_OF)
    for form_id in ("I-131", "I-134"):
        (form,) = forms(result)[form_id]
        assert "one for the child and one for each adult traveling with the child" in form.text


@pytest.mark.parametrize(
    ("with_child", "custody"),
    [("parent", False), ("legal_guardian", False), ("other_adult", True), ("alone", True)],
)
def test_custody_papers_and_a_care_plan_follow_who_travels(with_child, custody):
    result = assess(CHILD | {"minor_travels_with": with_child}, AS_OF)
    ids = evidence_ids(result)
    assert "parental_consent" in ids
    assert ("custody_documents" in ids) is custody and ("care_plan" in ids) is custody
    (consent,) = [f for f in result.flags if f.id == "minor_needs_consent"]
    if with_child == "parent":
        assert "the parent who does not travel with the child" in consent.text


def test_an_unanswered_companion_keeps_every_child_document():
    ids = evidence_ids(assess(CHILD, AS_OF))
    assert {"parental_consent", "custody_documents", "care_plan"} <= ids


def test_a_child_of_a_citizen_parent_hears_first_that_it_may_already_be_a_citizen():
    answers = CHILD | {"us_relatives": ["usc_parent"], "unmarried_under_21": True}
    result = assess(answers, AS_OF)
    assert reason_codes(result, "humanitarian_parole")[0] == "may_be_us_citizen"
    first = result.pathway("humanitarian_parole").reasons[0]
    assert "may already be a U.S. citizen" in first.text and "CRS R47223" in first.source
    family = next(a for a in result.alternatives if a.id == "family_immigrant_visa")
    assert "may already be a U.S. citizen" in family.needs[0].text
    assert any("IR-2" in n.text for n in family.needs)
    adult = assess(answers | {"beneficiary_is_minor": False}, AS_OF)
    assert "may_be_us_citizen" not in reason_codes(adult, "humanitarian_parole")


def test_the_ir2_note_names_the_narrowed_exception_only_from_2026_01_01():
    answers = CHILD | {"us_relatives": ["usc_parent"], "unmarried_under_21": True}
    before = assess(answers, dt.date(2025, 12, 31))
    on = assess(answers, dt.date(2026, 1, 1))

    def ir2(result):
        family = next(a for a in result.alternatives if a.id == "family_immigrant_visa")
        return next(n.text for n in family.needs if "IR-2" in n.text)

    assert "narrowed" not in ir2(before) and "narrowed" in ir2(on)


def test_an_organization_commits_through_an_authorized_employee():
    result = assess(CHILD | {"financial_supporter": "organization"}, AS_OF)
    assert "organization_commitment" in evidence_ids(result)
    assert "organization_commitment" not in evidence_ids(assess(CHILD, AS_OF))
