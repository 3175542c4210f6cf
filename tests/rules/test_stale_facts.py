"""Re-checked facts: the 2025-02-14 hold on categorical parolees, every "file for re-parole"
sentence naming its I-131 item and fees, no "file" where an agency asks, how long a decision
takes, Continued Presence and the Afghan SIV petition inside the U.S."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules import assess

from .cases import ABROAD, INSIDE, alternative_ids, flag_ids, reason_codes, verdict


def around(day: str) -> tuple[dt.date, dt.date, dt.date]:
    d = dt.date.fromisoformat(day)
    return d - dt.timedelta(days=1), d, d + dt.timedelta(days=1)


CONTINUING = {
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
}


@pytest.mark.parametrize("program", ["chnv", "frp", "military_pip", "u4u"])
def test_the_hold_of_2025_02_14_reaches_categorical_parolees(program):
    answers = (
        INSIDE
        | CONTINUING
        | {
            "entry": "paroled",
            "parole_program": program,
            "parole_expires_on": "2026-12-01",
        }
    )
    before, on, _ = (assess(answers, d) for d in around("2025-02-14"))
    assert "processing_hold" not in flag_ids(before)
    hold = next(f for f in on.flags if f.id == "processing_hold")
    assert "2025-02-14" in hold.text and "Doe v. Noem" not in hold.text
    ordered = next(
        f for f in assess(answers, dt.date(2025, 5, 28)).flags if f.id == "processing_hold"
    )
    assert "Doe v. Noem" in ordered.text and "2025-05-28" in ordered.text
    assert "processing_hold" not in flag_ids(assess(answers, dt.date(2025, 6, 9)))


def test_a_parolee_under_no_program_is_not_held():
    answers = INSIDE | CONTINUING | {"entry": "paroled", "parole_program": "none"}
    answers |= {"parole_expires_on": "2026-12-01"}
    result = assess(answers, dt.date(2025, 3, 1))
    assert "processing_hold" not in flag_ids(result)
    assert verdict(result, "re_parole") == "likely"
    assert "parolee_hold" not in reason_codes(result, "re_parole")


@pytest.mark.parametrize(
    ("program", "item"),
    [
        ("none", "Part 1 item 11"),
        ("u4u", "Part 1 item 10.C"),
        ("military_pip", "Part 1 item 10.H"),
        ("afghan", "Part 1 item 10.B"),
        ("other", "Part 1 item 10"),
    ],
)
def test_every_file_for_re_parole_sentence_names_its_item_and_fees(program, item):
    answers = INSIDE | {"entry": "paroled", "parole_program": program}
    answers |= {"parole_expires_on": "2027-02-01"}
    result = assess(answers, dt.date(2026, 11, 30))
    (expiry,) = [f for f in result.flags if f.id == "file_before_expiry"]
    ends = next(d for d in result.deadlines if d.id == "parole_ends")
    texts = [expiry.text]
    if program != "afghan":  # Afghan re-parole is halted: its to-do is to see a lawyer
        texts.append(ends.todo.text)
        current = next(r for r in result.pathway("re_parole").reasons if r.code == "parole_current")
        texts.append(current.text)
    for text in texts:
        assert f"({item})" in text
        assert "$630 on paper, $580 online" in text
        assert "the parole fee again if it is granted ($1,050)" in text


def test_before_the_parole_fee_law_re_parole_sentences_name_no_parole_fee():
    answers = INSIDE | {"entry": "paroled", "parole_program": "none"}
    answers |= {"parole_expires_on": "2025-09-01"}
    result = assess(answers, dt.date(2025, 7, 3))
    ends = next(d for d in result.deadlines if d.id == "parole_ends")
    assert "parole fee" not in ends.todo.text
    on = assess(answers, dt.date(2025, 7, 4))
    ends = next(d for d in on.deadlines if d.id == "parole_ends")
    assert "the parole fee again if it is granted ($1,000)" in ends.todo.text


def test_where_an_agency_asks_no_court_date_todo_says_file():
    witness = ABROAD | {
        "reasons": ["court_proceeding"],
        "agency_request": True,
        "court_date": "2027-01-10",
        "needed_by": "2027-01-05",
        "risk_factors": ["pending_charges"],
    }
    result = assess(witness, dt.date(2026, 11, 30))
    court = next(d for d in result.deadlines if d.id == "court_date")
    needed = next(d for d in result.deadlines if d.id == "needed_by")
    assert "file" not in needed.todo.text.replace("files the request", "").lower()
    assert "file" not in court.todo.text.lower()
    assert "Tell the agency or prosecutor" in court.todo.text
    (criminal,) = [f for f in result.flags if f.id == "criminal_history"]
    assert "before anything is filed for you" in criminal.text


def test_how_long_a_decision_takes_is_never_said_to_be_unpublished():
    trip = INSIDE | {"goal": "travel_and_return", "entry": "admitted", "needed_by": "2027-06-01"}
    before, on = assess(trip, dt.date(2026, 9, 29)), assess(trip, dt.date(2026, 9, 30))
    todo = lambda r: next(d for d in r.deadlines if d.id == "needed_by").todo.text  # noqa: E731
    assert "does not publish" not in todo(before) and "23 months" not in todo(before)
    assert "23 months for advance parole in 2026-09" in todo(on)
    soon = assess(trip | {"needed_by": "2026-12-10"}, dt.date(2026, 11, 30))
    assert "emergency advance parole" in todo(soon)


def test_continued_presence_is_offered_with_trafficking():
    result = assess(INSIDE | {"victim_of": ["trafficking"]}, dt.date(2026, 11, 30))
    assert {"t_visa", "continued_presence"} <= alternative_ids(result)
    cp = next(a for a in result.alternatives if a.id == "continued_presence")
    assert "Only federal law enforcement can ask for it" in cp.text
    assert "not a parole request" in cp.text and "22 U.S.C. 7105(c)(3)" in cp.source


def test_an_afghan_siv_inside_names_form_i360_and_the_uscis_halt():
    afghan = INSIDE | {"entry": "paroled", "citizenship": "AF", "worked_for_us_government": True}
    result = assess(afghan, dt.date(2026, 11, 30))
    siv = next(a for a in result.alternatives if a.id == "special_immigrant_visa")
    assert "Form I-360" in siv.text and "USCIS halted" in siv.text
    assert "Visa issuance" not in siv.text
    assert siv.forms == ("I-360",)
