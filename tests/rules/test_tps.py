"""TPS: its protection, its end, and a return on TPS travel authorization."""

import datetime as dt

import pytest

from screening.rules import assess
from screening.rules.tps_status import tps_current

from .presence_cases import AS_OF, INSIDE, SALVADORAN, SUDANESE, ctx, deadline, flag

# ---------------------------------------------------------------------------------------------
# TPS


def test_a_salvadoran_tps_holder_since_2001_is_never_told_she_has_no_protecting_status():
    result = assess(SALVADORAN, AS_OF)
    for item in result.flags:
        assert "without a status that protects" not in item.text
        assert "without a status that protects" not in item.client_text
    protection = flag(result, "tps_protection")
    assert protection.severity == "info" and "INA 244(a)(1)" in protection.source
    assert "until it announces a decision" in protection.text
    assert deadline(result, "tps_ends") is None  # El Salvador's status is open
    without_tps = assess(SALVADORAN | {"pending_applications": []}, AS_OF)
    assert "without a status that protects" in flag(without_tps, "nta_risk_on_denial").text


def test_tps_applied_for_and_not_answered_says_unless_you_hold_tps():
    asked = SALVADORAN | {"tps_granted": None}
    text = flag(assess(asked, AS_OF), "nta_risk_on_denial").text
    assert text.startswith("Unless you hold TPS that is still in force")
    assert flag(assess(asked, AS_OF), "tps_protection") is None


@pytest.mark.parametrize(
    ("as_of", "current"),
    [(dt.date(2026, 10, 19), True), (dt.date(2026, 10, 20), False)],
)
def test_tps_lasts_through_its_last_day(as_of, current):
    assert tps_current(ctx(SUDANESE, as_of)) is current
    assert (flag(assess(SUDANESE, as_of), "tps_protection") is not None) is current


def test_the_persons_own_tps_end_wins_and_is_not_marked_unconfirmed():
    own = SUDANESE | {"tps_ends_on": "2026-09-30"}
    ends = deadline(assess(own, dt.date(2026, 8, 20)), "tps_ends")
    assert ends.date == dt.date(2026, 9, 30) and ends.confidence == "C"
    assert ends.text == "Your TPS ends on this day (its last day)."
    country = deadline(assess(SUDANESE, dt.date(2026, 8, 20)), "tps_ends")
    assert country.date == dt.date(2026, 10, 19) and "90 FR 5944" in country.source
    assert "published notices" in country.text


def test_a_terminated_countrys_day_is_the_tps_end():
    haitian = SUDANESE | {"citizenship": "HT"}
    ends = deadline(assess(haitian, AS_OF), "tps_ends")
    assert ends.date == dt.date(2026, 7, 27)  # kept once passed


@pytest.mark.parametrize(
    ("as_of", "urgency"),
    [(dt.date(2026, 7, 20), "standard"), (dt.date(2026, 7, 21), "urgent")],
)
def test_tps_ends_within_90_days_is_urgent_never_an_emergency(as_of, urgency):
    result = assess(SUDANESE, as_of)  # 2026-10-19 is 91 days after 2026-07-20
    assert result.urgency == urgency
    assert assess(SUDANESE, dt.date(2026, 10, 10)).urgency == "urgent"
    assert flag(result, "expedite_request") is None


# ---------------------------------------------------------------------------------------------
# TPS travel and adjustment of status (an immediate relative who entered without inspection)

TRAVELLER = INSIDE | {
    "entry": "without_inspection",
    "in_us_since": "2001-01-01",
    "citizenship": "SV",
    "us_relatives": ["usc_spouse"],
    "pending_applications": ["tps"],
    "tps_granted": True,
    "tps_travel_returned": True,
    "petition_245i": "none",  # no old petition: only the TPS trip can open adjustment
}


def adjustment(as_of, answers=TRAVELLER):
    return next(
        (a for a in assess(answers, as_of).alternatives if a.id == "adjustment_of_status"), None
    )


@pytest.mark.parametrize(
    ("as_of", "offered", "words"),
    [
        (dt.date(2020, 8, 19), True, "may count as parole"),
        (dt.date(2020, 8, 20), False, None),
        (dt.date(2022, 6, 30), False, None),
        (dt.date(2022, 7, 1), True, "counts as inspected and admitted"),
        (dt.date(2026, 8, 12), True, "counts as inspected and admitted"),
    ],
)
def test_a_return_on_tps_travel_authorization_opens_adjustment_from_2022_07_01(
    as_of, offered, words
):
    found = adjustment(as_of)
    assert (found is not None) is offered
    if offered:
        needs = " ".join(m.text for m in found.needs)
        assert words in needs
        assert "2026-08-13" not in needs
        assert "TPS travel authorization" in found.text


def test_the_tps_travel_need_names_the_2026_08_13_decision_from_its_day():
    needs = " ".join(m.text for m in adjustment(dt.date(2026, 8, 13)).needs)
    assert "2026-08-13" in needs and "10-year bar" in needs
    assert adjustment(AS_OF, TRAVELLER | {"tps_travel_returned": False}) is None
