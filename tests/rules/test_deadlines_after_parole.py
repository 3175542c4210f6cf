"""The days the routes after parole open (`cuban_adjustment_one_year`, `cancellation_ten_years`):
taken from the route's own `met_on`, listed only where the route is offered, and read as a door
that opens (never overdue once passed)."""

import datetime as dt

import pytest

from screening.rules import assess
from screening.rules.assessment import DEADLINE_IDS
from screening.rules.deadlines import next_deadline, opens
from screening.rules.stored import assessment_from_dict
from tests.helpers import marked_messages
from tests.rules.test_dated_values import around

AS_OF = dt.date(2026, 12, 1)
DAY = dt.timedelta(days=1)
INSIDE = {"location": "inside_us", "goal": "stay_in_us"}
CUBAN = INSIDE | {
    "entry": "paroled",
    "parole_program": "other",
    "reasons": ["other"],
    "citizenship": "CU",
    "in_us_since": "2025-12-01",
}
YEAR = dt.date(2026, 12, 1)  # one year after 2025-12-01
PROCEEDINGS = INSIDE | {
    "entry": "without_inspection",
    "risk_factors": ["removal_proceedings"],
    "us_relatives": ["usc_child_under_21"],
    "in_us_since": "2014-06-01",
    "nta_gave_date_time": True,  # a complete notice stops the count
}
TEN_YEARS = dt.date(2024, 6, 1)


def found(answers: dict, as_of: dt.date = AS_OF) -> dict:
    return {d.id: d for d in assess(answers, as_of).deadlines}


def route(answers: dict, route_id: str, as_of: dt.date = AS_OF):
    return next(a for a in assess(answers, as_of).alternatives if a.id == route_id)


# ---------------------------------------------------------------------------------------------
# cuban_adjustment_one_year


def test_the_cuban_year_is_the_routes_own_day_with_its_source():
    deadline = found(CUBAN)["cuban_adjustment_one_year"]
    assert deadline.date == YEAR == route(CUBAN, "cuban_adjustment_act").met_on
    assert deadline.text.startswith("You have been in the U.S. for one year on this day")
    assert "you may apply for a green card under the Cuban Adjustment Act" in deadline.text
    assert "Pub. L. 89-732" in deadline.source
    assert deadline.confidence == "S" and deadline.verified_on == dt.date(2026, 12, 1)


def test_before_the_cuban_year_the_todo_prepares_and_from_that_day_it_says_the_year_is_reached():
    before, on, after = (
        found(CUBAN, day)["cuban_adjustment_one_year"] for day in around("2026-12-01")
    )
    assert before.date == on.date == after.date == YEAR  # the day itself never moves
    assert before.todo.text.startswith("Before this day, have a lawyer confirm")
    assert "Form I-485 can be filed from this day, not before." in before.todo.text
    for reached in (on, after):
        assert reached.todo.text.startswith("The year is reached")
        assert "before you file Form I-485" in reached.todo.text


def test_a_cuban_year_from_29_february_is_1_march():
    answers = CUBAN | {"in_us_since": "2024-02-29"}
    assert found(answers)["cuban_adjustment_one_year"].date == dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    "answers",
    [
        CUBAN | {"entry": "released_from_custody"},  # an I-220A is not parole: no route
        CUBAN | {"citizenship": "HT"},
        CUBAN | {"location": "outside_us", "goal": "come_to_us"},
        CUBAN | {"in_us_since": None},  # the route is offered, but its day is unknown
    ],
)
def test_no_cuban_year_without_the_route_or_without_the_arrival_day(answers):
    assert "cuban_adjustment_one_year" not in found(answers)


# ---------------------------------------------------------------------------------------------
# cancellation_ten_years: counted only up to the Notice to Appear


@pytest.mark.parametrize(
    ("nta", "listed"), [("2024-05-31", False), ("2024-06-01", True), ("2024-06-02", True)]
)
def test_ten_years_are_listed_only_when_they_came_before_the_notice_to_appear(nta, listed):
    result = found(PROCEEDINGS | {"nta_served_on": nta})
    assert ("cancellation_ten_years" in result) is listed
    if listed:
        deadline = result["cancellation_ten_years"]
        assert deadline.date == TEN_YEARS
        assert deadline.text.startswith("You reached ten years here on this day")
        assert "before the Notice to Appear was served, which stops the count" in deadline.text
        assert "Form EOIR-42B" in deadline.todo.text
        assert "INA 240A(b)(1)" in deadline.source and "Niz-Chavez" in deadline.source


def test_ten_years_without_the_notice_day_say_the_count_stops_at_a_valid_notice():
    deadline = found(PROCEEDINGS)["cancellation_ten_years"]
    assert deadline.date == TEN_YEARS == route(PROCEEDINGS, "cancellation_of_removal").met_on
    assert "only if no valid Notice to Appear was served before then" in deadline.text
    assert deadline.todo.text.startswith(
        "Tell your lawyer the day your Notice to Appear was served"
    )


@pytest.mark.parametrize("as_of", around("2024-06-01"))
def test_the_ten_year_day_is_the_same_on_either_side_of_it(as_of):
    assert found(PROCEEDINGS, as_of)["cancellation_ten_years"].date == TEN_YEARS


@pytest.mark.parametrize(
    "answers",
    [
        PROCEEDINGS | {"in_us_since": None},  # the route is offered, but its day is unknown
        PROCEEDINGS | {"risk_factors": []},  # no removal proceedings: no route
        PROCEEDINGS | {"us_relatives": ["usc_child_21_or_older"]},  # no qualifying relative
    ],
)
def test_no_ten_year_day_without_the_route_or_without_the_arrival_day(answers):
    assert "cancellation_ten_years" not in found(answers)


# ---------------------------------------------------------------------------------------------
# Read as doors that open


def test_a_waiting_period_met_in_the_past_is_never_the_next_deadline():
    both = CUBAN | {"needed_by": "2027-01-10"}
    result = assess(both, dt.date(2026, 11, 30))
    assert [d.id for d in result.deadlines] == ["cuban_adjustment_one_year", "needed_by"]
    assert next_deadline(result.deadlines, YEAR - DAY).id == "cuban_adjustment_one_year"
    assert next_deadline(result.deadlines, YEAR).id == "cuban_adjustment_one_year"
    assert next_deadline(result.deadlines, YEAR + DAY).id == "needed_by"
    # once everything has passed, the missed needed-by day is shown, not the year that was met
    assert next_deadline(result.deadlines, dt.date(2027, 2, 1)).id == "needed_by"
    only_the_year = assess(CUBAN, AS_OF).deadlines
    assert next_deadline(only_the_year, YEAR + DAY) is None
    assert opens("cuban_adjustment_one_year") and opens("cancellation_ten_years")
    assert not opens("parole_ends") and not opens(None)


def test_waiting_periods_do_not_make_a_case_urgent():
    assert assess(CUBAN, YEAR - 10 * DAY).urgency == "standard"
    assert assess(PROCEEDINGS, AS_OF).urgency == "standard"


def test_waiting_periods_round_trip_and_read_about_the_client():
    for answers in (CUBAN, PROCEEDINGS, PROCEEDINGS | {"nta_served_on": "2024-06-02"}):
        stored = assess(answers, AS_OF).to_dict()
        assert assessment_from_dict(stored).to_dict() == stored
        for deadline in assess(answers, AS_OF).for_client().deadlines:
            for text in (deadline.text, deadline.todo.text):
                assert " you" not in f" {text.lower()}" and "your " not in text.lower()
            assert "client" in deadline.text


def test_every_waiting_period_text_is_a_whole_marked_sentence_and_a_known_id():
    marked = marked_messages()
    cases = (
        (CUBAN, YEAR - DAY),
        (CUBAN, YEAR),
        (PROCEEDINGS, AS_OF),
        (PROCEEDINGS | {"nta_served_on": "2024-06-02"}, AS_OF),
    )
    for answers, as_of in cases:
        for deadline in assess(answers, as_of).deadlines:
            assert deadline.id in DEADLINE_IDS
            assert deadline.message in marked and deadline.todo.message in marked
            assert deadline.text.endswith(".") and deadline.todo.text.endswith(".")
