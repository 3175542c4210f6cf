"""The dated deadlines `assess` returns: every id, with dates on both sides of each boundary."""

import datetime as dt

import pytest

from screening.rules import assess
from screening.rules.assessment import DEADLINE_IDS
from screening.rules.deadlines import filing_window_open, next_deadline, parole_ended
from screening.rules.stored import assessment_from_dict
from tests.helpers import marked_messages

AS_OF = dt.date(2026, 11, 28)
DAY = dt.timedelta(days=1)
PAROLE_ENDS = dt.date(2027, 8, 1)

PAROLEE = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "paroled",
    "parole_program": "none",
    "parole_expires_on": PAROLE_ENDS.isoformat(),
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_provider_arranged": True,
    "medical_life_threatening": False,
}
UKRAINIAN = PAROLEE | {"parole_program": "u4u", "citizenship": "UA"}
COURT = {
    "location": "outside_us",
    "goal": "come_to_us",
    "reasons": ["court_proceeding"],
    "agency_request": False,
    "court_date": "2027-03-01",
    "visa_option": "none",
    "financial_supporter": "self",
}


def found(answers: dict, as_of: dt.date = AS_OF) -> dict:
    return {d.id: d for d in assess(answers, as_of).deadlines}


def test_parole_end_is_the_date_on_the_i94_with_its_citation():
    deadline = found(PAROLEE)["parole_ends"]
    assert deadline.date == PAROLE_ENDS
    assert deadline.text == "Your parole ends automatically on this day."
    assert "8 CFR 212.5(e)(1)" in deadline.source


def test_parole_end_on_its_last_day_is_still_running_and_the_day_after_it_has_ended():
    on_the_day = found(UKRAINIAN, PAROLE_ENDS)
    assert on_the_day["parole_ends"].todo.text.startswith("File for re-parole before this day")
    assert "re_parole_file_by" in on_the_day and "re_parole_window_opens" in on_the_day
    day_after = found(UKRAINIAN, PAROLE_ENDS + DAY)
    # the window no longer matters; unlawful presence counts from this day
    assert set(day_after) == {"parole_ends", "unlawful_presence_180_days"}
    assert "unlawful_presence_180_days" not in on_the_day
    assert day_after["parole_ends"].todo.text.startswith("Get legal advice now")
    assert not parole_ended(PAROLE_ENDS, PAROLE_ENDS)
    assert parole_ended(PAROLE_ENDS, PAROLE_ENDS + DAY)


def test_no_parole_end_for_someone_who_was_not_paroled():
    admitted = PAROLEE | {"entry": "admitted"}  # parole_expires_on is then ignored
    assert "parole_ends" not in found(admitted)


def test_ukrainian_window_opens_180_days_before_parole_ends():
    deadline = found(UKRAINIAN)["re_parole_window_opens"]
    assert deadline.date == dt.date(2027, 2, 2)  # 180 days before 2027-08-01
    assert "no earlier than 180 days" in deadline.text
    assert deadline.confidence == "S" and "U4U re-parole FAQ" in deadline.source
    opens = deadline.date
    assert not filing_window_open(opens, PAROLE_ENDS, opens - DAY)
    assert filing_window_open(opens, PAROLE_ENDS, opens)
    assert filing_window_open(opens, PAROLE_ENDS, PAROLE_ENDS)
    assert not filing_window_open(opens, PAROLE_ENDS, PAROLE_ENDS + DAY)


def test_ukrainian_last_sensible_filing_day_is_60_days_before_parole_ends():
    deadline = found(UKRAINIAN)["re_parole_file_by"]
    assert deadline.date == dt.date(2027, 6, 2)  # 60 days before 2027-08-01
    assert deadline.todo.text == "File for re-parole by this day."
    assert "Mondaq, 2024-04-19" in deadline.source


def test_ukrainian_re_parole_paused_gives_no_filing_window():
    # Ukrainian re-parole adjudications were paused from 2025-02-14 until 2025-06-09.
    ends = dt.date(2025, 12, 1)
    answers = UKRAINIAN | {"parole_expires_on": ends.isoformat()}
    assert "re_parole_window_opens" not in found(answers, dt.date(2025, 6, 8))
    assert found(answers, dt.date(2025, 6, 9))["re_parole_window_opens"].date == ends - 180 * DAY


def test_other_parolees_get_no_invented_filing_day_and_are_told_it_is_not_known():
    result = found(PAROLEE)
    assert "re_parole_window_opens" not in result and "re_parole_file_by" not in result
    end = result["parole_ends"]
    assert "how long a decision takes is not known" in end.todo.text
    assert "Form I-131 (Part 1 item 11)" in end.todo.text
    assert end.confidence == "U" and end.verified_on == dt.date(2026, 11, 28)


def test_a_parolee_whose_program_has_no_re_parole_is_sent_to_a_lawyer():
    # before DHS ended CHNV parole (90 FR 13611, 2025-03-25), its I-94 date held
    chnv = PAROLEE | {"parole_program": "chnv", "parole_expires_on": "2025-09-01"}
    ends = found(chnv, dt.date(2025, 3, 24))["parole_ends"]
    assert ends.date == dt.date(2025, 9, 1)
    assert ends.todo.text.startswith("Talk to a lawyer")


def test_a_chnv_parole_ends_on_the_termination_day_not_its_i94_date():
    chnv = PAROLEE | {"parole_program": "chnv"}
    ends = found(chnv)["parole_ends"]
    assert ends.date == dt.date(2025, 4, 24)
    assert ends.todo.text.startswith("Get legal advice now")
    assert "90 FR 13611" in ends.source
    assert ends.text.startswith("DHS ended CHNV parole")


def test_court_date_is_a_deadline_before_and_after_it_passes():
    court = dt.date(2027, 3, 1)
    before = assess(COURT, court)
    assert [d.id for d in before.deadlines] == ["court_date"]
    assert next_deadline(before.deadlines, court).date == court
    after = assess(COURT, court + DAY)
    assert after.deadlines[0].date == court  # kept, so staff see it ran out
    assert next_deadline(after.deadlines, court + DAY).id == "court_date"
    assert "court" in after.deadlines[0].text


@pytest.mark.parametrize(
    ("goal", "location", "words"),
    [
        ("come_to_us", "outside_us", "must be in the U.S. by this day"),
        ("stay_in_us", "inside_us", "stay in the U.S. until at least this day"),
        ("travel_and_return", "inside_us", "the day that matters"),
    ],
)
def test_needed_by_says_what_the_date_means_for_the_goal(goal, location, words):
    deadline = found({"location": location, "goal": goal, "needed_by": "2027-01-10"})["needed_by"]
    assert deadline.date == dt.date(2027, 1, 10)
    assert words in deadline.text
    assert "needed_by" in deadline.source


def test_deadlines_come_soonest_first_and_next_is_the_first_not_yet_passed():
    answers = UKRAINIAN | {"needed_by": "2027-01-10"}
    result = assess(answers, AS_OF)
    assert [d.id for d in result.deadlines] == [
        "needed_by",
        "re_parole_window_opens",
        "re_parole_file_by",
        "parole_ends",
    ]
    needed = dt.date(2027, 1, 10)
    assert next_deadline(result.deadlines, needed).id == "needed_by"
    assert next_deadline(result.deadlines, needed + DAY).id == "re_parole_window_opens"
    assert next_deadline((), AS_OF) is None


def test_deadlines_round_trip_through_the_stored_json():
    stored = assess(UKRAINIAN | {"needed_by": "2027-01-10"}, AS_OF).to_dict()
    assert [d["id"] for d in stored["deadlines"]][0] == "needed_by"
    again = assessment_from_dict(stored)
    assert again.to_dict() == stored
    assert again.deadlines[-1].date == PAROLE_ENDS


def test_every_deadline_text_is_a_whole_marked_sentence_and_a_known_id():
    marked = marked_messages()
    for answers in (UKRAINIAN | {"needed_by": "2027-01-10"}, PAROLEE, COURT):
        for deadline in assess(answers, AS_OF).deadlines:
            assert deadline.id in DEADLINE_IDS
            assert deadline.message in marked
            assert deadline.todo.message in marked
