"""When parole has ended: the I-94 day, the CHNV termination, FRP's blocked termination and the
Notice to Appear sentence, on each side of every date."""

import datetime as dt

import pytest

from screening.rules import assess
from screening.rules.answers import Answers
from screening.rules.context import Context
from screening.rules.parole_end import parole_end, parole_end_info, parole_ended

PAROLEE = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "paroled",
    "parole_program": "none",
    "parole_expires_on": "2026-03-01",
    "in_us_since": "2024-03-01",
}
CHNV = PAROLEE | {"parole_program": "chnv", "citizenship": "VE", "parole_expires_on": "2026-01-10"}
DAY = dt.timedelta(days=1)


def ctx(answers: dict, as_of: dt.date) -> Context:
    return Context(Answers.from_dict(answers), as_of)


def flag(answers: dict, as_of: dt.date, fid: str):
    return next((f for f in assess(answers, as_of).flags if f.id == fid), None)


def test_an_i94_parole_ends_at_the_end_of_its_day():
    last = dt.date(2026, 3, 1)
    assert parole_end(ctx(PAROLEE, last)) == last
    assert parole_ended(ctx(PAROLEE, last)) is False
    assert parole_ended(ctx(PAROLEE, last + DAY)) is True
    assert flag(PAROLEE, last, "parole_expired") is None
    assert flag(PAROLEE, last + DAY, "parole_expired").params["date"] == "2026-03-01"


def test_unknown_end_or_no_parole_is_none():
    assert parole_ended(ctx(PAROLEE | {"parole_expires_on": None}, dt.date(2026, 1, 1))) is None
    assert parole_end(ctx(PAROLEE | {"entry": "admitted"}, dt.date(2026, 1, 1))) is None


@pytest.mark.parametrize(
    ("as_of", "last", "ended"),
    [
        (dt.date(2025, 3, 24), dt.date(2026, 1, 10), False),  # before the notice: the I-94 day
        (dt.date(2025, 3, 25), dt.date(2025, 4, 24), False),  # the notice: ends 2025-04-24
        (dt.date(2025, 4, 23), dt.date(2025, 4, 24), False),
        (dt.date(2025, 4, 24), dt.date(2025, 4, 24), True),  # ended from the termination day
        (dt.date(2026, 12, 7), dt.date(2025, 4, 24), True),
    ],
)
def test_chnv_parole_ended_on_2025_04_24(as_of, last, ended):
    assert parole_end(ctx(CHNV, as_of)) == last
    assert parole_ended(ctx(CHNV, as_of)) is ended


def test_an_earlier_i94_date_wins_over_the_chnv_termination():
    early = CHNV | {"parole_expires_on": "2025-04-01"}
    info = parole_end_info(ctx(early, dt.date(2025, 6, 1)))
    assert info.last_day == dt.date(2025, 4, 1) and info.cause == "i94" and info.notes == ()


def test_chnv_with_no_i94_date_counts_from_the_termination():
    info = parole_end_info(ctx(CHNV | {"parole_expires_on": None}, dt.date(2025, 6, 1)))
    assert info.last_day == dt.date(2025, 4, 24)


def test_chnv_parole_expired_names_the_later_count_from_its_day():
    paused = flag(CHNV, dt.date(2025, 5, 29), "parole_expired")
    assert "paused the end of CHNV parole on 2025-04-14" in paused.text
    assert "Supreme Court" not in paused.text
    lifted = flag(CHNV, dt.date(2025, 5, 30), "parole_expired")
    assert "may be counted from 2025-05-30" in lifted.text
    assert "a lawyer confirms which day counts" in lifted.text
    assert "the client's parole's end" in lifted.client_text
    assert lifted.params["date"] == "2025-04-24" and lifted.severity == "stop"
    assert "90 FR 13611" in lifted.source


def test_chnv_file_before_expiry_is_not_raised_once_ended():
    before = assess(CHNV, dt.date(2025, 4, 23))
    assert [f.params["date"] for f in before.flags if f.id == "file_before_expiry"] == [
        "2025-04-24"
    ]
    after = assess(CHNV, dt.date(2025, 4, 24))
    assert "file_before_expiry" not in {f.id for f in after.flags}


def test_frp_keeps_its_i94_date_and_says_the_termination_is_blocked():
    frp = PAROLEE | {"parole_program": "frp", "citizenship": "CO"}
    frp |= {"parole_expires_on": "2026-02-01"}
    for day in (dt.date(2026, 1, 9), dt.date(2026, 1, 10), dt.date(2026, 1, 15)):
        assert parole_end(ctx(frp, day)) == dt.date(2026, 2, 1)
    announced = parole_end_info(ctx(frp, dt.date(2026, 1, 9))).notes
    assert "ends on 2026-01-14" in announced[0]
    blocked = flag(frp, dt.date(2026, 2, 2), "parole_expired")
    assert "blocked by court orders (since 2026-01-10" in blocked.text
    assert parole_end_info(ctx(frp, dt.date(2025, 12, 14))).notes == ()


def test_a_notice_to_appear_served_before_the_end_is_named_without_moving_the_day():
    nta = PAROLEE | {"risk_factors": ["removal_proceedings"], "nta_served_on": "2025-12-01"}
    info = parole_end_info(ctx(nta, dt.date(2026, 4, 1)))
    assert info.last_day == dt.date(2026, 3, 1)
    assert "8 CFR 212.5(e)(2)(i)" in info.source
    text = flag(nta, dt.date(2026, 4, 1), "parole_expired").text
    assert "can end parole on the day it is served" in text
    later = nta | {"nta_served_on": "2026-03-01"}  # served on the last day: not before it
    assert parole_end_info(ctx(later, dt.date(2026, 4, 1))).notes == ()


def test_chnv_and_a_notice_to_appear_both_qualify_the_day():
    both = CHNV | {"risk_factors": ["removal_proceedings"], "nta_served_on": "2025-01-01"}
    text = flag(both, dt.date(2026, 1, 1), "parole_expired").text
    assert "Supreme Court" in text and "Notice to Appear" in text
