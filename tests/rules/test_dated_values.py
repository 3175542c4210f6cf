"""Dated values change on the right day: the day before, on and after each boundary, asserted
through what `assess` says (fees, verdicts, flags), never through the tables themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess

ONE_DAY = dt.timedelta(days=1)


def around(day: str) -> tuple[dt.date, dt.date, dt.date]:
    on = dt.date.fromisoformat(day)
    return on - ONE_DAY, on, on + ONE_DAY


def fee(result, fee_id):
    return next((f for f in result.fees if f.id == fee_id), None)


def verdict(result, pathway_id):
    pathway = result.pathway(pathway_id)
    return pathway.verdict if pathway else None


def flag(result, flag_id):
    return next((f for f in result.flags if f.id == flag_id), None)


# A person abroad whose request the rules find open (verdict possible), with no fee exception.
ABROAD = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "NG",
    "reasons": ["family_reunification"],
    "relative_relationship": "sibling",
    "visa_option": "too_slow",
    "financial_supporter": "self",
    "can_pay_fees": True,
}
# A parolee inside the U.S. asking for re-parole (never exempt from the parole fee).
PAROLEE = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "paroled",
    "parole_program": "none",
    "parole_expires_on": "2028-01-01",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_provider_arranged": True,
    "medical_life_threatening": False,
}


def test_i131_fee_rises_from_575_to_630_on_2024_04_01():
    before, on, after = (fee(assess(ABROAD, d), "i131_filing_fee") for d in around("2024-04-01"))
    assert (before.amount_usd, before.online_amount_usd) == (575, None)
    assert (on.amount_usd, on.online_amount_usd) == (630, 580)
    assert (after.amount_usd, after.online_amount_usd) == (630, 580)
    assert "$575" in before.text
    assert "$630" in on.text and "$580" in on.text
    assert on.effective_from == dt.date(2024, 4, 1)
    assert "8 CFR 106.2" in on.source


def test_parole_fee_starts_at_1000_on_2025_10_16():
    before, on, after = (assess(PAROLEE, d) for d in around("2025-10-16"))
    assert verdict(before, "re_parole") == "likely"
    # announced on 2025-10-15: listed with the day DHS collects it from, as reported
    announced = fee(before, "parole_fee")
    assert (announced.effective_from, announced.confidence) == (dt.date(2025, 10, 16), "S")
    for result in (on, after):
        parole_fee = fee(result, "parole_fee")
        assert parole_fee.amount_usd == 1000
        assert parole_fee.due == "on_grant"
        assert parole_fee.waivable is False
        assert parole_fee.exempt is False
        assert parole_fee.confidence == "C"
        assert "8 U.S.C. 1804" in parole_fee.source
        assert "$1,000" in parole_fee.text


def test_parole_fee_is_reported_at_1020_from_2026_01_01():
    before, on, _ = (fee(assess(PAROLEE, d), "parole_fee") for d in around("2026-01-01"))
    assert (before.amount_usd, before.confidence) == (1000, "C")
    assert (on.amount_usd, on.confidence, on.minimum_usd) == (1020, "S", 1000)
    assert "Reported as $1,020" in on.text
    assert "uscis.gov/g-1055" in on.text


def test_parole_fee_is_reported_at_1050_from_2026_10_16():
    before, on, after = (fee(assess(PAROLEE, d), "parole_fee") for d in around("2026-10-16"))
    assert before.amount_usd == 1020
    assert on.amount_usd == 1050
    assert after.amount_usd == 1050
    assert on.confidence == "S"
    assert "at least $1,000" in on.text
    assert "Confirm the current amount at uscis.gov/g-1055" in on.text
    assert "2026-20187" in on.source


def test_family_reunification_parole_closes_on_2025_12_15_for_a_colombian_with_an_i130():
    answers = ABROAD | {"citizenship": "CO", "pending_applications": ["i130_petition"]}
    before, on, after = (assess(answers, d) for d in around("2025-12-15"))
    # new requests were paused from 2025-01-28 (Form I-134A); terminated on 2025-12-15
    assert verdict(before, "family_reunification_parole") == "unavailable"
    assert "I-134A" in before.pathway("family_reunification_parole").reasons[0].text
    for result in (on, after):
        assert verdict(result, "family_reunification_parole") == "unavailable"
        assert "I-134A" not in {f.id for f in result.forms}
        reason = result.pathway("family_reunification_parole").reasons[0]
        assert "90 FR 58032" in reason.source
        assert "2025-12-15" in reason.text
        assert flag(result, "program_closed") is not None


def test_the_frp_injunction_is_mentioned_only_from_2026_01_24():
    answers = {"location": "inside_us", "goal": "stay_in_us", "entry": "paroled"}
    answers |= {"parole_program": "frp"}
    before, on, _ = (assess(answers, d) for d in around("2026-01-24"))
    assert "enjoined" not in before.pathway("family_reunification_parole").reasons[0].text
    assert "enjoined" in on.pathway("family_reunification_parole").reasons[0].text


def test_chnv_parole_ends_on_2025_03_25():
    answers = ABROAD | {"citizenship": "CU"}
    before, on, after = (assess(answers, d) for d in around("2025-03-25"))
    assert verdict(before, "chnv_parole") == "unavailable"  # new requests paused on 2025-01-28
    assert "paused" in before.pathway("chnv_parole").reasons[0].text
    for result in (on, after):
        assert verdict(result, "chnv_parole") == "unavailable"
        assert "90 FR 13611" in result.pathway("chnv_parole").reasons[0].source


@pytest.mark.parametrize(
    ("pathway", "answers"),
    [
        ("chnv_parole", ABROAD | {"citizenship": "HT"}),
        (
            "family_reunification_parole",
            ABROAD | {"citizenship": "CO", "pending_applications": ["i130_petition"]},
        ),
    ],
)
def test_form_i134a_intake_for_chnv_and_frp_pauses_on_2025_01_28(pathway, answers):
    before, on, after = (assess(answers, d) for d in around("2025-01-28"))
    assert verdict(before, pathway) == "possible"
    assert "I-134A" in {f.id for f in before.forms}
    for result in (on, after):
        assert verdict(result, pathway) == "unavailable"
        assert "I-134A" not in {f.id for f in result.forms}
        assert "New requests paused" in result.pathway(pathway).reasons[0].text


def test_a_chnv_parolee_inside_is_told_the_i134a_was_only_for_people_abroad():
    answers = {"location": "inside_us", "goal": "stay_in_us", "entry": "paroled"}
    answers |= {"parole_program": "chnv", "citizenship": "CU"}
    before = assess(answers, dt.date(2025, 1, 27))
    assert "I-134A" not in {f.id for f in before.forms}
    (inside,) = assess(answers, dt.date(2025, 3, 1)).pathway("chnv_parole").reasons
    assert "lasts until its end date" in inside.text
    assert "only for people abroad" in inside.text


def test_the_frp_court_order_of_2026_01_10_replaces_the_end_date():
    answers = {"location": "inside_us", "goal": "stay_in_us", "entry": "paroled"}
    answers |= {"parole_program": "frp"}
    before, on, _ = (assess(answers, d) for d in around("2026-01-10"))
    assert "set to end 2026-01-14" in before.pathway("family_reunification_parole").reasons[0].text
    for result in (on, assess(answers, dt.date(2026, 1, 20))):
        text = result.pathway("family_reunification_parole").reasons[0].text
        assert "set to end 2026-01-14" not in text and "2026-01-10" in text
    later = assess(answers, dt.date(2026, 7, 27)).pathway("family_reunification_parole")
    assert "whether that has changed since is not confirmed" in later.reasons[0].text


def test_uniting_for_ukraine_pauses_on_2025_01_28():
    answers = ABROAD | {"citizenship": "UA"}
    before, on, after = (assess(answers, d) for d in around("2025-01-28"))
    assert verdict(before, "uniting_for_ukraine") == "possible"
    assert "I-134A" in {f.id for f in before.forms}
    for result in (on, after):
        assert verdict(result, "uniting_for_ukraine") == "unavailable"
        assert "I-134A" not in {f.id for f in result.forms}
        assert "2025-01-28" in result.pathway("uniting_for_ukraine").reasons[0].text


@pytest.mark.parametrize(
    ("money", "before", "on"),
    [
        ({"startup_investment_usd": 300_000}, "likely", "possible"),
        ({"startup_grants_usd": 110_000}, "likely", "possible"),
        ({"startup_investment_usd": 311_071}, "likely", "likely"),
        ({"startup_grants_usd": 124_429}, "likely", "likely"),
        ({"startup_investment_usd": 264_146}, "possible", "possible"),
    ],
)
def test_entrepreneur_thresholds_rise_on_2024_10_01(money, before, on):
    answers = {
        "location": "outside_us",
        "goal": "come_to_us",
        "reasons": ["entrepreneur"],
        "startup_age_years": 2,
        "startup_ownership_percent": 25,
    } | money
    day_before, day_on, day_after = (assess(answers, d) for d in around("2024-10-01"))
    assert verdict(day_before, "international_entrepreneur_parole") == before
    assert verdict(day_on, "international_entrepreneur_parole") == on
    assert verdict(day_after, "international_entrepreneur_parole") == on
    funding = day_on.pathway("international_entrepreneur_parole").reasons[2]
    assert "$311,071" in funding.text and "$124,429" in funding.text


def test_advance_parole_counts_as_a_departure_from_2026_08_13():
    answers = {"location": "inside_us", "goal": "travel_and_return", "entry": "admitted"}
    before, on, after = (
        flag(assess(answers, d), "advance_parole_departure") for d in around("2026-08-13")
    )
    assert before.severity == "warning"
    assert "Delcarmen-Lara" not in before.text
    assert "Arrabally" in before.source
    for item in (on, after):
        # a stop only when leaving can start a bar (unlawful_presence_bars is raised)
        assert item.severity == "warning"
        # reported by weak sources only : never stated as settled law
        assert "is reported to make leaving" in item.text
        assert "10-year bar" in item.text
        assert "whether it reaches the 3-year bar is not confirmed" in item.text
        assert "29 I&N Dec. 830" in item.source
        assert "reported" in item.source
    overstayed = answers | {"risk_factors": ["prior_overstay"]}
    on_day = flag(assess(overstayed, dt.date(2026, 8, 13)), "advance_parole_departure")
    day_before = flag(assess(overstayed, dt.date(2026, 8, 12)), "advance_parole_departure")
    assert on_day.severity == "stop" and day_before.severity == "warning"


def test_keeping_families_together_is_vacated_from_2024_11_07():
    answers = {
        "location": "inside_us",
        "goal": "stay_in_us",
        "entry": "without_inspection",
        "reasons": ["family_reunification"],
        "relative_relationship": "spouse",
        "relative_status": "us_citizen",
    }
    assert verdict(assess(answers, dt.date(2024, 8, 18)), "keeping_families_together") is None
    assert verdict(assess(answers, dt.date(2024, 8, 20)), "keeping_families_together") == "possible"
    before, on, after = (assess(answers, d) for d in around("2024-11-07"))
    # stayed 2024-08-26: requests taken, none granted, so possible at most
    assert verdict(before, "keeping_families_together") == "possible"
    (stay,) = [
        r for r in before.pathway("keeping_families_together").reasons if r.code == "kft_court_stay"
    ]
    assert "stay" in stay.source
    assert "I-131F" in {f.id for f in before.forms}
    for result in (on, after):
        assert verdict(result, "keeping_families_together") == "unavailable"
        assert "Vacated" in result.pathway("keeping_families_together").reasons[0].text
        assert "I-131F" not in {f.id for f in result.forms}


def test_afghan_re_parole_is_on_hold_from_2025_11_27():
    answers = {
        "location": "inside_us",
        "goal": "stay_in_us",
        "entry": "paroled",
        "parole_program": "afghan",
        "parole_expires_on": "2027-06-01",
        "reasons": ["protection"],
        "harm_individualized": True,
        "harm_imminent": True,
    }
    before, on, after = (assess(answers, d) for d in around("2025-11-27"))
    assert verdict(before, "afghan_re_parole") == "likely"
    assert flag(before, "processing_hold") is None
    for result in (on, after):
        assert verdict(result, "afghan_re_parole") == "unavailable"
        assert "2025-11-27" in result.pathway("afghan_re_parole").reasons[0].text
        assert flag(result, "processing_hold") is not None
        assert "vacated" not in flag(result, "processing_hold").text
    later = assess(answers, dt.date(2026, 8, 14))
    assert "vacated" in flag(later, "processing_hold").text
    assert "not confirmed" in later.pathway("afghan_re_parole").reasons[0].text


def test_afghan_re_parole_i131_fee_exemption_ends_after_2025_01_31():
    answers = {
        "location": "inside_us",
        "goal": "stay_in_us",
        "entry": "paroled",
        "parole_program": "afghan",
        "parole_expires_on": "2026-01-01",
    }
    last, first_after = dt.date(2025, 1, 31), dt.date(2025, 2, 1)
    exempt = fee(assess(answers, last), "i131_filing_fee")
    assert (exempt.exempt, exempt.exception) == (True, "afghan_re_parole")
    charged = fee(assess(answers, first_after), "i131_filing_fee")
    assert (charged.exempt, charged.amount_usd) == (False, 630)
    assert "not confirmed" in charged.text


def test_ukrainian_re_parole_opens_on_2024_02_27():
    answers = {
        "location": "inside_us",
        "goal": "stay_in_us",
        "entry": "paroled",
        "parole_program": "u4u",
        "parole_expires_on": "2024-06-01",
    }
    before, on, _ = (assess(answers, d) for d in around("2024-02-27"))
    assert verdict(before, "re_parole") == "unavailable"
    assert "2024-02-27" in before.pathway("re_parole").reasons[-1].text
    assert verdict(on, "re_parole") in ("likely", "possible")


def test_the_i131_edition_follows_its_dates():
    answers = ABROAD | {"reasons": ["funeral"]}

    def edition(day: str):
        result = assess(answers, dt.date.fromisoformat(day))
        return next(f for f in result.forms if f.id == "I-131")

    early = edition("2024-03-31")
    assert early.edition is None
    assert "uscis.gov" in early.edition_note
    assert edition("2024-04-01").edition == "04/01/24"
    assert edition("2024-10-10").edition == "04/01/24"
    assert edition("2024-10-11").edition == "06/17/24"
    assert edition("2025-01-20").edition == "01/20/25"
