"""The fees (`FEE_IDS`): each parole-fee exception, the I-131 fee exemptions and waiver."""

from __future__ import annotations

import pytest

from screening.rules.values import SPECIAL_CATEGORIES
from tests.rules.cases import (
    EXCEPTIONS,
    FOUNDER,
    MILITARY_PIP,
    PAROLEE,
    URGENT_MEDICAL,
    fee,
    forms,
    run,
)

# ---------------------------------------------------------------------------------------------
# §5 Fees: the ten statutory exceptions to the parole fee


@pytest.mark.parametrize("exception", sorted(EXCEPTIONS))
def test_each_statutory_exception_exempts_from_the_parole_fee(exception):
    parole_fee = fee(run(EXCEPTIONS[exception]), "parole_fee")
    assert parole_fee is not None
    assert parole_fee.exempt is True
    assert parole_fee.exception == exception
    assert "8 U.S.C. 1804" in parole_fee.source
    # "likely excepted; DHS decides", never a bare "exempt"
    assert "An exception in the law likely covers the parole fee" in parole_fee.text
    assert "DHS decides case by case" in parole_fee.text


def test_the_ten_exceptions_are_all_covered():
    assert len(EXCEPTIONS) == 10


@pytest.mark.parametrize(
    ("answers", "why"),
    [
        (EXCEPTIONS["organ_donor"] | {"visa_option": "unknown"}, "visa timing unknown"),
        (
            EXCEPTIONS["imminent_death_of_family_member"] | {"relative_condition": "seriously_ill"},
            "ill but death not imminent",
        ),
        (EXCEPTIONS["funeral"] | {"relative_relationship": "other"}, "not close family"),
        (
            EXCEPTIONS["adjustment_applicant_returning"] | {"pending_applications": ["tps"]},
            "no adjustment pending",
        ),
        (EXCEPTIONS["cuban_haitian_entrant"] | {"cuban_haitian_entrant": False}, "not an entrant"),
        (PAROLEE, "re-parole has no exception"),
        (MILITARY_PIP, "military parole in place has no exception"),
        (FOUNDER, "entrepreneur parole has no exception"),
    ],
)
def test_the_parole_fee_is_charged_when_no_exception_fits(answers, why):
    parole_fee = fee(run(answers), "parole_fee")
    assert parole_fee is not None, why
    assert parole_fee.exempt is False, why
    assert parole_fee.exception is None
    assert parole_fee.amount_usd == 1050
    assert parole_fee.due == "on_grant"
    assert parole_fee.waivable is False


def test_military_parole_in_place_is_reported_charged_the_parole_fee_but_not_the_i131_fee():
    result = run(MILITARY_PIP)
    i131 = fee(result, "i131_filing_fee")
    assert (i131.exempt, i131.exception) == (True, "military_parole_in_place")
    assert "no I-131 fee" in i131.text
    assert "reported to be charged" in fee(result, "parole_fee").text


@pytest.mark.parametrize("category", SPECIAL_CATEGORIES)
def test_each_special_category_is_exempt_from_the_i131_fee(category):
    result = run(URGENT_MEDICAL | {"special_categories": [category]})
    i131 = fee(result, "i131_filing_fee")
    assert i131.exempt is True
    if category == "armed_forces_member":
        # abroad, a service member's request is IMMVI: one record, exception `immvi`
        assert i131.exception == "immvi"
        return
    assert i131.exception == category
    assert "G-1055" in i131.source
    assert i131.confidence == "S"


def test_the_i131_fee_is_charged_with_filing_otherwise():
    i131 = fee(run(URGENT_MEDICAL), "i131_filing_fee")
    assert (i131.amount_usd, i131.online_amount_usd) == (630, 580)
    assert (i131.exempt, i131.due, i131.waivable) == (False, "with_filing", True)


def test_form_i912_is_offered_when_the_fees_cannot_be_paid():
    result = run(URGENT_MEDICAL | {"can_pay_fees": False})
    assert "I-912" in forms(result)
    assert "I-912" in fee(result, "i131_filing_fee").text
    assert "never be waived" in forms(result)["I-912"][0].text
    assert "I-912" not in forms(run(URGENT_MEDICAL | {"can_pay_fees": True}))


def test_form_i912_is_not_offered_when_the_i131_fee_is_already_zero():
    answers = URGENT_MEDICAL | {
        "can_pay_fees": False,
        "special_categories": ["armed_forces_member"],
    }
    assert "I-912" not in forms(run(answers))
    assert "I-912" not in forms(run(MILITARY_PIP | {"can_pay_fees": False}))


def test_form_i912_is_offered_for_ukrainian_re_parole_when_the_fees_cannot_be_paid():
    result = run(PAROLEE | {"parole_program": "u4u", "can_pay_fees": False})
    assert forms(result)["I-912"][0].for_pathways == ("re_parole",)
