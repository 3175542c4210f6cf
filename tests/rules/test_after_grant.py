"""The "If you are paroled" items (`after_grant`): each for whom it is meant and not for others,
each dated amount on the day before, on and after its change, through `assess`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from screening.rules import assess
from screening.rules.after_grant import after_grant, gets_after_grant
from screening.rules.answers import Answers
from screening.rules.assessment import Fee, Pathway
from screening.rules.context import Context
from screening.rules.stored import assessment_from_dict
from tests.rules.cases import ABROAD, FOUNDER, INSIDE, URGENT_MEDICAL

DAY = dt.date(2026, 11, 30)
SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"
ARRIVAL = (
    "arrival_consular_step",
    "arrival_travel_document",
    "arrival_port_decision",
    "arrival_i94",
    "arrival_parole_fee",
)
# Paroled now for treatment (scenario 20's answers).
PAROLED = INSIDE | {
    "entry": "paroled",
    "in_us_since": "2025-07-01",
    "citizenship": "EG",
    "parole_program": "none",
    "parole_expires_on": "2027-06-30",
    "paroled_at_port": True,
    "detained": False,
    "reasons": ["medical_treatment"],
    "medical_patient": "self",
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "medical_costs_arranged": True,
    "financial_supporter": "relative_or_friend",
}
# The Honduran mother who would donate a kidney to her U.S.-citizen daughter.
DONOR = ABROAD | {
    "citizenship": "HN",
    "reasons": ["organ_donor"],
    "donation_patient_relationship": "child",
    "donation_center_confirmed": True,
    "donation_date": "2027-01-20",
    "relative_relationship": "child",
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
}
# Treatment available at home and a visa in time (scenario 11): only `unlikely` pathways.
UNLIKELY_ONLY = json.loads(next(SCENARIOS.glob("11-*.json")).read_text(encoding="utf-8"))["answers"]


def items(answers, day=DAY):
    return {i.id: i for i in assess(answers, day).after_grant}


def test_a_paroled_person_gets_life_on_parole_and_no_arrival_steps():
    found = items(PAROLED)
    assert {
        "work_permit",
        "social_security_number",
        "address_change",
        "registration_status",
        "travel_on_parole",
        "public_benefits",
        "re_parole_before_expiry",
    } <= set(found)
    assert not set(ARRIVAL) & set(found)
    assert "release_supervision" not in found and "work_incident_to_parole" not in found
    assert all(i.for_pathways == () for i in found.values())  # paroled now: `for` is empty


def test_a_person_abroad_with_a_likely_pathway_gets_the_arrival_steps_in_order():
    result = assess(URGENT_MEDICAL, DAY)
    ids = [i.id for i in result.after_grant]
    assert [i for i in ids if i in ARRIVAL] == list(ARRIVAL)
    assert "travel_on_parole" not in ids  # only for people inside
    work = next(i for i in result.after_grant if i.id == "work_permit")
    assert work.for_pathways == ("humanitarian_parole",)


def test_an_unlikely_only_result_has_no_after_grant_items():
    result = assess(UNLIKELY_ONLY, DAY)
    assert {p.verdict for p in result.pathways} == {"unlikely"}
    assert result.after_grant == ()
    assert result.to_dict()["after_grant"] == []


def test_parole_that_ended_is_not_parole_now():
    ended = PAROLED | {"parole_expires_on": "2026-11-29"}
    ctx = Context(Answers.from_dict(ended), DAY)
    assert not gets_after_grant(ctx, {})
    assert gets_after_grant(Context(Answers.from_dict(PAROLED), DAY), {})
    # the last day of parole still counts as paroled
    last_day = PAROLED | {"parole_expires_on": DAY.isoformat()}
    assert gets_after_grant(Context(Answers.from_dict(last_day), DAY), {})


def test_chnv_parole_ended_with_the_program_even_with_a_later_i94_date():
    chnv = PAROLED | {"parole_program": "chnv", "citizenship": "VE"}
    ctx = Context(Answers.from_dict(chnv), DAY)
    assert not gets_after_grant(ctx, {})
    assert gets_after_grant(Context(Answers.from_dict(chnv), dt.date(2025, 4, 24)), {})


def test_the_entrepreneur_gets_no_work_permit_nor_ssn_item():
    found = items(FOUNDER | {"citizenship": "IN", "financial_supporter": "self"})
    assert "address_change" in found
    assert "work_permit" not in found and "social_security_number" not in found


def test_hearing_parole_gets_only_the_port_i94_and_fee_rows():
    ctx = Context(Answers.from_dict(ABROAD), DAY)
    shown = {"hearing_parole": Pathway("hearing_parole", "out_of_scope", (), "agency")}
    fee = Fee("", id="parole_fee", amount_usd=1050, due="on_grant")
    found = after_grant(ctx, shown, [fee], [], [])
    assert [i.id for i in found] == ["arrival_port_decision", "arrival_i94", "arrival_parole_fee"]
    assert all(i.for_pathways == ("hearing_parole",) for i in found)
    assert not gets_after_grant(ctx, shown)  # no annual asylum fee item for a hearing


def test_custody_parole_gets_supervision_and_asks_ice_about_extending():
    answers = INSIDE | {"entry": "without_inspection"}
    ctx = Context(Answers.from_dict(answers), DAY)
    shown = {"custody_parole": Pathway("custody_parole", "out_of_scope", (), "self")}
    found = {i.id: i for i in after_grant(ctx, shown, [], [], [])}
    assert "release_supervision" in found
    assert found["release_supervision"].for_pathways == ("custody_parole",)
    assert "ask the ICE office that released you" in found["re_parole_before_expiry"].text
    assert not {a.id for a in found["re_parole_before_expiry"].amounts} & {"i131_filing_fee"}
    assert not set(ARRIVAL) & set(found)


def test_the_arrival_fee_row_follows_the_fee_and_its_exception():
    ctx = Context(Answers.from_dict(URGENT_MEDICAL), DAY)
    shown = {"humanitarian_parole": Pathway("humanitarian_parole", "likely", (), "supporter")}
    due = Fee("", id="parole_fee", amount_usd=1050, due="on_grant")
    spared = Fee("", id="parole_fee", amount_usd=1050, due="on_grant", exempt=True)
    by_id = {i.id: i for i in after_grant(ctx, shown, [due], [], [])}
    assert "refuses parole to a person who cannot pay" in by_id["arrival_parole_fee"].text
    by_id = {i.id: i for i in after_grant(ctx, shown, [spared], [], [])}
    assert "An exception to the parole fee likely applies" in by_id["arrival_parole_fee"].text
    assert "arrival_parole_fee" not in {i.id for i in after_grant(ctx, shown, [], [], [])}


@pytest.mark.parametrize(
    ("program", "day", "expect"),
    [
        ("afghan", dt.date(2022, 11, 20), None),
        ("afghan", dt.date(2022, 11, 21), "class OAR may work"),
        ("afghan", dt.date(2023, 6, 7), "class OAR may work"),
        ("afghan", dt.date(2023, 6, 8), "OAR or PAR"),
        ("u4u", dt.date(2024, 9, 30), "may work on the unexpired I-94"),
        ("u4u", dt.date(2024, 10, 1), "since then you need a work permit"),
        ("none", DAY, None),
    ],
)
def test_work_incident_to_parole_for_afghans_and_ukrainians_by_date(program, day, expect):
    found = items(PAROLED | {"parole_program": program, "parole_expires_on": "2030-01-01"}, day)
    if expect is None:
        assert "work_incident_to_parole" not in found
    else:
        assert expect in found["work_incident_to_parole"].text


def amounts(answers, day):
    work = items(answers, day)["work_permit"]
    return {a.id: (a.amount_usd, a.confidence) for a in work.amounts}


@pytest.mark.parametrize(
    ("day", "i765", "initial"),
    [
        (dt.date(2024, 3, 31), (None, "U"), None),
        (dt.date(2024, 4, 1), (520, "S"), None),
        (dt.date(2025, 7, 21), (520, "S"), None),
        (dt.date(2025, 7, 22), (520, "S"), (550, "C")),
        (dt.date(2025, 12, 31), (520, "S"), (550, "C")),
        (dt.date(2026, 1, 1), (520, "S"), (560, "S")),
        (dt.date(2026, 10, 15), (520, "S"), (560, "S")),
        (dt.date(2026, 10, 16), (520, "S"), (560, "U")),
        (dt.date(2026, 10, 17), (520, "S"), (560, "U")),
    ],
)
def test_work_permit_fees_by_filing_date(day, i765, initial):
    got = amounts(PAROLED | {"parole_expires_on": "2030-01-01"}, day)
    assert got["i765_filing_fee"] == i765
    assert got.get("parole_ead_initial") == initial
    text = items(PAROLED | {"parole_expires_on": "2030-01-01"}, day)["work_permit"].text
    assert ("first work permit based on parole" in text) == (initial is not None)
    assert ("is not confirmed: check uscis.gov/g-1055" in text) == (day >= dt.date(2026, 10, 16))


@pytest.mark.parametrize(
    ("day", "renewal"),
    [
        (dt.date(2025, 7, 21), None),
        (dt.date(2025, 7, 22), (275, "C")),
        (dt.date(2025, 12, 31), (275, "C")),
        (dt.date(2026, 1, 1), (280, "S")),
        (dt.date(2026, 10, 15), (280, "S")),
        (dt.date(2026, 10, 16), (280, "U")),
    ],
)
def test_a_work_permit_holder_pays_the_renewal_fee(day, renewal):
    holder = PAROLED | {"parole_expires_on": "2030-01-01", "ead_expires_on": "2029-01-01"}
    got = amounts(holder, day)
    assert got.get("parole_ead_renewal") == renewal
    assert "parole_ead_initial" not in got


def test_no_fee_waiver_word_is_used_for_the_exception():
    text = items(PAROLED)["work_permit"].text
    assert "No fee waiver is possible" in text and "exception" not in text.lower()


@pytest.mark.parametrize(
    ("day", "amount"),
    [
        (dt.date(2025, 7, 21), None),
        (dt.date(2025, 7, 22), 100),
        (dt.date(2025, 12, 31), 100),
        (dt.date(2026, 1, 1), 102),
        (dt.date(2026, 10, 15), 102),
        (dt.date(2026, 10, 16), 105),
    ],
)
def test_the_annual_asylum_fee_item_by_date(day, amount):
    asylum = PAROLED | {"parole_expires_on": "2030-01-01", "pending_applications": ["i589"]}
    found = items(asylum, day)
    if amount is None:
        assert "annual_asylum_fee" not in found
    else:
        assert [(a.id, a.amount_usd) for a in found["annual_asylum_fee"].amounts] == [
            ("annual_asylum_fee", amount)
        ]
    assert "annual_asylum_fee" not in items(PAROLED | {"parole_expires_on": "2030-01-01"}, day)


@pytest.mark.parametrize(
    ("day", "given"),
    [(dt.date(2025, 7, 3), False), (dt.date(2025, 7, 4), True), (dt.date(2025, 7, 5), True)],
)
def test_public_benefits_from_the_budget_law(day, given):
    assert ("public_benefits" in items(PAROLED | {"parole_expires_on": "2030-01-01"}, day)) == given


def test_a_cuban_paroled_at_a_port_is_likely_excepted_from_the_benefit_limits():
    cuban = PAROLED | {"citizenship": "CU"}
    assert "likely excepted as an entrant" in items(cuban)["public_benefits"].text
    assert "likely excepted" not in items(PAROLED)["public_benefits"].text


def test_address_change_points_to_its_dates_and_the_court_with_proceedings():
    moved = PAROLED | {"moved_on": "2026-11-25"}
    item = items(moved)["address_change"]
    assert item.dates == ("address_change_due",)
    assert "EOIR-33/IC" not in item.text
    in_court = moved | {"risk_factors": ["removal_proceedings"]}
    item = items(in_court)["address_change"]
    assert item.dates == ("address_change_due", "court_address_change_due")
    assert "EOIR-33/IC" in item.text and "five working days" in item.text


def test_travel_names_the_parole_fee_again_and_abandonment_with_a_pending_application():
    text = items(PAROLED | {"pending_applications": ["i485"]})["travel_on_parole"].text
    assert "charged again on return" in text and "$1,050" in text
    assert "leaving can abandon it" in text
    assert "leaving can abandon it" not in items(PAROLED)["travel_on_parole"].text


def test_the_items_are_written_about_the_client_too():
    result = assess(PAROLED, DAY).for_client()
    for item in result.after_grant:
        assert " you " not in f" {item.text} ".lower() and "your" not in item.text.lower()


def test_after_grant_is_stored_and_read_back():
    data = assess(PAROLED | {"pending_applications": ["i589"]}, DAY).to_dict()
    assert data["after_grant"] and set(data["after_grant"][0]) == {
        "id",
        "text",
        "client_text",
        "source",
        "confidence",
        "verified_on",
        "amounts",
        "for",
        "dates",
    }
    assert set(data["after_grant"][0]["amounts"][0]) == {
        "id",
        "amount_usd",
        "effective_from",
        "confidence",
        "note",
    }
    assert assessment_from_dict(data).to_dict() == data


def test_the_old_no_charge_for_afghans_and_ukrainians_is_said_to_be_unconfirmed():
    afghan = PAROLED | {"parole_program": "afghan", "parole_expires_on": "2030-01-01"}
    assert "whether that survives the H.R. 1 fee is not confirmed" in (
        items(afghan)["work_permit"].text
    )
    assert "survives" not in items(PAROLED)["work_permit"].text
