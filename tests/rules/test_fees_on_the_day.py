"""Fees on the day: the parole fee before DHS collected it, Keeping Families Together's Form
I-131F, the I-485 on paper, IMMVI parole and the I-131 fee's exemptions named in words."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess

from .cases import ABROAD, INSIDE, fee, reason_codes, verdict


def around(day: str) -> tuple[dt.date, dt.date, dt.date]:
    d = dt.date.fromisoformat(day)
    return d - dt.timedelta(days=1), d, d + dt.timedelta(days=1)


SCHEDULED = ABROAD | {
    "citizenship": "PE",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": False,
    "medical_urgent": False,
    "medical_provider_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "self",
}


# ---------------------------------------------------------------------------------------------
# The parole fee before it was collected


def test_no_parole_fee_before_the_law_of_2025_07_04():
    before, on, _after = (assess(SCHEDULED, d) for d in around("2025-07-04"))
    assert fee(before, "parole_fee") is None
    parole_fee = fee(on, "parole_fee")
    assert parole_fee.amount_usd == 1000 and parole_fee.due == "on_grant"
    assert parole_fee.effective_from is None
    assert parole_fee.to_dict()["effective_from"] is None
    assert "has not yet said from which day it collects it" in parole_fee.text
    assert "2025-07-04" in parole_fee.text and "$1,000" in parole_fee.text
    # no payment instructions come before DHS collects it
    assert "parole_fee_before_grant" not in {f.id for f in on.flags}


def test_the_collection_day_is_named_from_the_announcement_of_2025_10_15():
    before, on, after = (assess(SCHEDULED, d) for d in around("2025-10-15"))
    assert fee(before, "parole_fee").effective_from is None
    for result in (on, after):
        assert fee(result, "parole_fee").effective_from == dt.date(2025, 10, 16)
        assert fee(result, "parole_fee").amount_usd == 1000
    assert "on or after 2025-10-16, also on requests filed earlier" in fee(on, "parole_fee").text
    assert "parole_fee_before_grant" not in {f.id for f in on.flags}
    assert "parole_fee_before_grant" in {f.id for f in after.flags}
    assert fee(after, "parole_fee").confidence == "C"


# ---------------------------------------------------------------------------------------------
# Keeping Families Together


KFT = INSIDE | {
    "entry": "without_inspection",
    "reasons": ["family_reunification"],
    "relative_relationship": "spouse",
    "relative_status": "us_citizen",
    "in_us_since": "2010-01-01",
}


def test_kft_lists_form_i131f_and_its_fee_never_item_9_for_it():
    result = assess(KFT, dt.date(2024, 8, 20))
    assert verdict(result, "keeping_families_together") == "possible"
    i131f = [f for f in result.forms if f.id == "I-131F"]
    assert i131f and i131f[0].for_pathways == ("keeping_families_together",)
    kft_fee = fee(result, "i131f_filing_fee")
    assert kft_fee.amount_usd == 580 and kft_fee.waivable is False
    # parole in place keeps its own item 9 and fee
    assert all(
        "keeping_families_together" not in f.for_pathways for f in result.forms if f.id == "I-131"
    )


def test_kft_needs_presence_since_2014_06_17():
    late = assess(KFT | {"in_us_since": "2014-06-18"}, dt.date(2024, 8, 20))
    assert verdict(late, "keeping_families_together") == "unlikely"
    assert "kft_presence_too_short" in reason_codes(late, "keeping_families_together")
    on_the_day = assess(KFT | {"in_us_since": "2014-06-17"}, dt.date(2024, 8, 20))
    assert verdict(on_the_day, "keeping_families_together") == "possible"


def test_kft_takes_requests_but_grants_none_from_the_stay_of_2024_08_26():
    before, on, _after = (assess(KFT, d) for d in around("2024-08-26"))
    assert "kft_court_stay" not in reason_codes(before, "keeping_families_together")
    assert "kft_court_stay" in reason_codes(on, "keeping_families_together")
    assert verdict(on, "keeping_families_together") == "possible"
    vacated = assess(KFT, dt.date(2024, 11, 7))
    assert fee(vacated, "i131f_filing_fee") is None


# ---------------------------------------------------------------------------------------------
# The I-485 on paper


def test_family_based_i485s_show_no_online_price():
    spouse = INSIDE | {
        "entry": "paroled",
        "parole_program": "none",
        "parole_expires_on": "2027-03-01",
        "us_relatives": ["usc_spouse"],
        "reasons": ["medical_treatment"],
    }
    before, on, _after = (assess(spouse, d) for d in around("2026-04-24"))
    for result in (before, on):
        adjustment = next(a for a in result.alternatives if a.id == "adjustment_of_status")
        i485 = next(f for f in adjustment.fees if f.form == "I-485")
        assert i485.online_amount_usd is None and i485.amount_usd == 1440
        assert "File on paper" in i485.note.text and "$950" in i485.note.text
        assert i485.to_dict()["online_amount_usd"] is None
    opened = next(
        f
        for a in on.alternatives
        if a.id == "adjustment_of_status"
        for f in a.fees
        if f.form == "I-485"
    )
    assert "opened on 2026-04-24 only for certain employment-based" in opened.note.text
    earlier = next(
        f
        for a in before.alternatives
        if a.id == "adjustment_of_status"
        for f in a.fees
        if f.form == "I-485"
    )
    assert "2026-04-24" not in earlier.note.text


def test_the_cuban_adjustment_act_i485_is_on_paper_too():
    cuban = INSIDE | {"entry": "paroled", "citizenship": "CU", "in_us_since": "2024-01-01"}
    result = assess(cuban, dt.date(2026, 11, 30))
    caa = next(a for a in result.alternatives if a.id == "cuban_adjustment_act")
    (i485,) = caa.fees
    assert i485.online_amount_usd is None and "File on paper" in i485.note.text


# ---------------------------------------------------------------------------------------------
# IMMVI and the exemptions in words


VETERAN = ABROAD | {
    "citizenship": "PH",
    "special_categories": ["armed_forces_member"],
    "reasons": ["other"],
    "financial_supporter": "self",
    "visa_option": "none",
}


def test_immvi_is_possible_at_best_beside_humanitarian_parole():
    result = assess(VETERAN, dt.date(2026, 11, 30))
    assert verdict(result, "immvi_parole") == "possible"
    assert verdict(result, "humanitarian_parole") is not None
    parts = {f.part for f in result.forms if f.id == "I-131"}
    assert "Part 1 item 6.B" in parts
    assert "IMMVI" in next(f.text for f in result.forms if f.part == "Part 1 item 6.B")
    i131 = fee(result, "i131_filing_fee")
    assert i131.exempt is True and i131.exception == "immvi"
    parole_fee = fee(result, "parole_fee")
    assert parole_fee.exempt is False and parole_fee.due == "on_grant"
    assert "military_service_proof" in {e.id for e in result.evidence}
    assert "not confirmed" in next(
        r.text
        for r in result.pathway("immvi_parole").reasons
        if r.code == "immvi_practice_unconfirmed"
    )


def test_immvi_opens_for_family_and_a_full_ban_caps_it():
    family = ABROAD | {
        "citizenship": "SO",
        "reasons": ["military_family"],
        "financial_supporter": "self",
        "visa_option": "none",
    }
    result = assess(family, dt.date(2026, 11, 30))
    assert verdict(result, "immvi_parole") == "possible"
    assert "travel_ban_entry_unconfirmed" in reason_codes(result, "immvi_parole")
    assert "which relatives qualify" in result.pathway("immvi_parole").reasons[0].text
    inside = INSIDE | {"entry": "admitted", "special_categories": ["armed_forces_member"]}
    assert verdict(assess(inside, dt.date(2026, 11, 30)), "immvi_parole") is None


@pytest.mark.parametrize(
    ("category", "words"),
    [
        ("armed_forces_member", "a current or former member of the U.S. armed forces"),
        ("vawa_self_petitioner", "a VAWA self-petitioner"),
    ],
)
def test_the_i131_exemption_is_named_in_words_never_by_its_id(category, words):
    answers = SCHEDULED | {"special_categories": [category]}
    if category == "armed_forces_member":
        answers = answers | {"location": "inside_us", "goal": "stay_in_us"}
        answers = {k: v for k, v in answers.items() if k not in ("visa_option",)}
        answers |= {"entry": "paroled", "parole_program": "none", "parole_expires_on": "2027-03-01"}
    result = assess(answers, dt.date(2026, 11, 30))
    i131 = fee(result, "i131_filing_fee")
    assert i131.exempt is True
    assert words in i131.text and category not in i131.text
    assert category not in i131.client_text
