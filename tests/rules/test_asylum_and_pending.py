"""The asylum deadline, travel with a pending application, the annual asylum fee, and
answers to check."""

import datetime as dt

import pytest

from screening.rules import assess
from screening.rules.presence_deadlines import asylum_one_year_day

from .presence_cases import AS_OF, INSIDE, SUDANESE, deadline, flag

# ---------------------------------------------------------------------------------------------
# The one-year asylum deadline

HARMED = INSIDE | {
    "entry": "admitted",
    "citizenship": "RU",
    "reasons": ["protection"],
    "harm_individualized": True,
    "harm_imminent": True,
}


def test_the_asylum_year_from_29_february_ends_on_28_february():
    assert asylum_one_year_day(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert asylum_one_year_day(dt.date(2024, 3, 1)) == dt.date(2025, 3, 1)
    leap = HARMED | {"in_us_since": "2024-02-29"}
    assert deadline(assess(leap, dt.date(2024, 6, 1)), "asylum_one_year").date == dt.date(
        2025, 2, 28
    )


@pytest.mark.parametrize(
    ("as_of", "todo"),
    [
        (dt.date(2026, 3, 1), "file Form I-589 by this day"),
        (dt.date(2026, 3, 2), "file Form I-589 by this day"),
        (dt.date(2026, 3, 3), "The year has passed: ask a lawyer now"),
    ],
)
def test_the_asylum_year_on_its_day_and_after(as_of, todo):
    arrived = HARMED | {"in_us_since": "2025-03-02"}
    year = deadline(assess(arrived, as_of), "asylum_one_year")
    assert year.date == dt.date(2026, 3, 2) and todo in year.todo.text
    assert "208(a)(2)(B)" in year.source


def test_no_asylum_year_while_an_asylum_application_is_pending():
    pending = HARMED | {"in_us_since": "2025-03-02", "pending_applications": ["i589"]}
    assert deadline(assess(pending, AS_OF), "asylum_one_year") is None


def test_a_child_is_told_unaccompanied_children_are_not_bound():
    child = HARMED | {"in_us_since": "2024-03-02", "beneficiary_is_minor": True}
    year = deadline(assess(child, AS_OF), "asylum_one_year")
    assert "unaccompanied child" in year.todo.text and "208(a)(2)(E)" in year.source


def test_while_tps_lasts_past_the_year_it_can_excuse_a_late_filing():
    year = deadline(assess(SUDANESE, dt.date(2026, 8, 20)), "asylum_one_year")
    assert "Keeping TPS is an extraordinary circumstance" in year.todo.text
    assert "File before your TPS ends if you can" in year.todo.text
    assert "208.4(a)(5)(iv)" in year.source
    assert (
        deadline(assess(SUDANESE, dt.date(2026, 8, 20)), "asylum_reasonable_period_starts") is None
    )


def test_once_tps_ended_the_reasonable_period_starts_the_day_after():
    haitian = SUDANESE | {"citizenship": "HT"}
    result = assess(haitian, AS_OF)
    period = deadline(result, "asylum_reasonable_period_starts")
    assert period.date == dt.date(2026, 7, 28) and period.confidence == "S"
    assert "file as soon as you can" in period.todo.text.lower()
    assert "reasonable period" in deadline(result, "asylum_one_year").todo.text


CHNV = INSIDE | {
    "entry": "paroled",
    "parole_program": "chnv",
    "parole_expires_on": "2025-01-15",
    "in_us_since": "2023-01-15",
    "citizenship": "VE",
    "reasons": ["protection"],
    "harm_individualized": True,
    "harm_imminent": True,
}


def test_a_chnv_parolees_reasonable_period_counts_from_2025_04_25_and_names_the_later_count():
    chnv = CHNV | {"parole_expires_on": "2026-01-15"}
    before = deadline(assess(chnv, dt.date(2025, 5, 29)), "asylum_reasonable_period_starts")
    assert before.date == dt.date(2025, 4, 25) and "2025-05-31" not in before.todo.text
    after = deadline(assess(chnv, dt.date(2025, 5, 30)), "asylum_reasonable_period_starts")
    assert after.date == dt.date(2025, 4, 25) and "2025-05-31" in after.todo.text


# ---------------------------------------------------------------------------------------------
# Pending applications and travel


def test_asylum_abandonment_on_travel_inside_and_outside():
    travels = INSIDE | {
        "goal": "travel_and_return",
        "entry": "admitted",
        "pending_applications": ["i589"],
    }
    inside = flag(assess(travels, AS_OF), "asylum_abandonment_on_travel")
    assert inside.severity == "stop" and "presumed abandoned" in inside.text
    assert "208.8" in inside.source
    abroad = {"location": "outside_us", "goal": "come_to_us", "pending_applications": ["i589"]}
    outside = flag(assess(abroad, AS_OF), "asylum_abandonment_on_travel")
    assert "may already be treated as abandoned" in outside.text
    staying = travels | {"goal": "stay_in_us"}
    assert flag(assess(staying, AS_OF), "asylum_abandonment_on_travel") is None


def test_i485_abandonment_on_travel_and_the_outside_answers_to_check():
    travels = INSIDE | {
        "goal": "travel_and_return",
        "entry": "admitted",
        "pending_applications": ["i485"],
    }
    inside = flag(assess(travels, AS_OF), "i485_abandonment_on_travel")
    assert inside.severity == "stop" and "advance parole" in inside.text
    abroad = {"location": "outside_us", "goal": "come_to_us", "pending_applications": ["i485"]}
    result = assess(abroad, AS_OF)
    assert "still pending" in flag(result, "i485_abandonment_on_travel").text
    check = flag(result, "answers_to_check")
    assert "outside the U.S." in check.text and "pending_applications" not in check.text


# ---------------------------------------------------------------------------------------------
# The annual asylum fee

ASYLUM_PENDING = INSIDE | {"entry": "without_inspection", "pending_applications": ["i589"]}


@pytest.mark.parametrize(
    ("as_of", "amount"),
    [
        (dt.date(2025, 7, 21), None),
        (dt.date(2025, 7, 22), 100),
        (dt.date(2025, 12, 31), 100),
        (dt.date(2026, 1, 1), 102),
        (dt.date(2026, 10, 15), 102),
        (dt.date(2026, 10, 16), 105),
    ],
)
def test_the_annual_asylum_fee_by_date(as_of, amount):
    found = flag(assess(ASYLUM_PENDING, as_of), "annual_asylum_fee")
    if amount is None:
        assert found is None
    else:
        assert found.params["amount"] == amount


def test_the_annual_asylum_fee_is_info_until_the_first_year_and_names_the_day():
    unknown = flag(assess(ASYLUM_PENDING, AS_OF), "annual_asylum_fee")
    assert unknown.severity == "info" and unknown.text.startswith("Once your asylum application")
    filed = ASYLUM_PENDING | {"asylum_filed_on": "2026-03-01"}
    coming = flag(assess(filed, AS_OF), "annual_asylum_fee")
    assert coming.severity == "info" and coming.params["day"] == "2027-03-01"
    due = flag(assess(filed, dt.date(2027, 3, 1)), "annual_asylum_fee")
    assert due.severity == "warning" and "has been pending more than a year" in due.text


@pytest.mark.parametrize(
    ("as_of", "said", "not_said"),
    [
        (dt.date(2026, 5, 28), "not confirmed", "2026-05-29"),
        (dt.date(2026, 5, 29), "Since 2026-05-29", "2026-08-05"),
        (dt.date(2026, 8, 4), "Since 2026-05-29", "2026-08-05"),
        (dt.date(2026, 8, 5), "stays payable", "Since 2026-05-29"),
    ],
)
def test_the_annual_asylum_fee_consequences_appear_from_their_days(as_of, said, not_said):
    text = flag(assess(ASYLUM_PENDING, as_of), "annual_asylum_fee").text
    assert said in text and not_said not in text


def test_the_annual_asylum_fee_flag_is_not_raised_for_a_parolee():
    parolee = INSIDE | {
        "entry": "paroled",
        "parole_program": "none",
        "parole_expires_on": "2027-06-01",
        "pending_applications": ["i589"],
    }
    assert flag(assess(parolee, AS_OF), "annual_asylum_fee") is None


# ---------------------------------------------------------------------------------------------
# Answers to check


def test_answers_to_check_names_each_question_never_a_key():
    answers = {
        "location": "outside_us",
        "goal": "come_to_us",
        "beneficiary_is_minor": True,
        "us_relatives": ["usc_child_21_or_older"],
        "reasons": ["court_proceeding"],
        "court_date": "2026-12-01",
        "needed_by": "2026-12-06",
    }
    check = flag(assess(answers, AS_OF), "answers_to_check")
    assert check.severity == "info"
    assert check.text.startswith("Some answers do not fit together; please check:")
    assert "under 18" in check.text and "aged 21 or older" in check.text
    assert "must be in court has passed" in check.text
    assert "need to be in the U.S. (or stay until) has passed" in check.text
    for key in ("beneficiary_is_minor", "us_relatives", "court_date", "needed_by"):
        assert key not in check.text and key not in check.client_text
    assert flag(
        assess(answers | {"court_date": "2026-12-07", "needed_by": None}, AS_OF), "answers_to_check"
    )
    today = answers | {"court_date": "2026-12-07", "needed_by": None, "beneficiary_is_minor": False}
    assert flag(assess(today, AS_OF), "answers_to_check") is None


def test_answers_to_check_asks_about_an_explicit_no_reentry():
    answers = INSIDE | {
        "entry": "without_inspection",
        "risk_factors": ["prior_removal"],
        "unlawful_reentry": [],
    }
    check = flag(assess(answers, AS_OF), "answers_to_check")
    assert "did you leave after the order and come back?" in check.text
    assert flag(assess(answers | {"unlawful_reentry": None}, AS_OF), "answers_to_check") is None


def test_a_passed_treatment_date_is_an_answer_to_check():
    treatment = {
        "location": "outside_us",
        "goal": "come_to_us",
        "reasons": ["medical_treatment"],
        "treatment_date": "2026-12-06",
    }
    check = flag(assess(treatment, AS_OF), "answers_to_check")
    assert "treatment is set to begin has passed" in check.text
    assert (
        flag(assess(treatment | {"treatment_date": "2026-12-07"}, AS_OF), "answers_to_check")
        is None
    )


def test_a_provisional_waivers_trip_abroad_raises_the_asylum_abandonment_stop():
    spouse = INSIDE | {
        "entry": "without_inspection",
        "in_us_since": "2015-01-01",
        "citizenship": "MX",
        "us_relatives": ["usc_spouse"],
        "pending_applications": ["i589"],
    }
    result = assess(spouse, AS_OF)
    assert "provisional_waiver" in {a.id for a in result.alternatives}
    assert flag(result, "asylum_abandonment_on_travel").severity == "stop"


def test_a_tps_holder_whose_end_is_not_known_gets_a_conditional_warning_only():
    holder = INSIDE | {
        "entry": "without_inspection",
        "in_us_since": "2015-01-01",
        "citizenship": "PE",  # no TPS record for this country, no end date given
        "pending_applications": ["tps"],
        "tps_granted": True,
    }
    result = assess(holder, AS_OF)
    bars = flag(result, "unlawful_presence_bars")
    assert "If more than 180 days" in bars.text and "by now" not in bars.text
    assert deadline(result, "unlawful_presence_180_days") is None
    admitted = holder | {"entry": "admitted"}
    assert flag(assess(admitted, AS_OF), "unlawful_presence_bars") is None


def test_a_detained_person_is_never_told_to_file_as_soon_as_possible():
    held = SUDANESE | {"citizenship": "HT", "detained": True}
    result = assess(held, AS_OF)
    for did in ("asylum_one_year", "asylum_reasonable_period_starts"):
        todo = deadline(result, did).todo
        assert "held in immigration custody" in todo.text
        assert "as soon as" not in todo.text and "as soon as" not in todo.client_text
