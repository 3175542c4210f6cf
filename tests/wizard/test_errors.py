"""Bad answers: the error summary, the message beside the field, nothing else lost; 400s."""

import pytest

from tests.walker import LEFT_OUT, post_data

from .conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db

OUTSIDE = {"location": "outside_us", "goal": "come_to_us"}


def test_a_missing_answer_shows_the_error_summary_and_keeps_the_other_answer(client):
    page = answer(client, "situation", location="outside_us", goal=LEFT_OUT)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'role="alert"' in html and 'tabindex="-1"' in html
    assert "There is a problem" in html
    assert '<a href="#id_situation-goal">' in html
    assert 'id="id_situation-goal-error"' in html
    assert 'aria-describedby="id_situation-goal-hint id_situation-goal-error"' in html
    assert "What do you want to do?" in page.context["errors"][0]["text"]
    assert 'value="outside_us" checked' in html
    assert html.count("There is a problem") == 1
    assert "<title>Error:" in html


def test_a_goal_that_does_not_fit_the_location_is_refused(client):
    page = answer(client, "situation", location="outside_us", goal="stay_in_us")
    assert page.status_code == 200
    assert page.context["errors"][0]["anchor"] == "id_situation-goal"
    assert "does not fit where you said you are" in page.content.decode()


def test_an_impossible_date_keeps_what_was_typed_and_the_other_answers(client):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    answer(client, "entry", entry="paroled")
    data = post_data("current_parole", {"parole_program": "u4u"})
    data |= {
        "current_parole-parole_expires_on_0": "2",
        "current_parole-parole_expires_on_1": "31",
        "current_parole-parole_expires_on_2": "2027",
    }
    page = client.post("/screen/current_parole/", data)
    html = page.content.decode()
    assert page.status_code == 200
    # 31 February: the error names the day and links to the day box
    assert '<a href="#id_current_parole-parole_expires_on_1">' in html
    assert "February 2027 has only 28 days. Check the day." in html
    assert 'value="u4u" checked' in html
    assert 'name="current_parole-parole_expires_on_1" type="text" inputmode="numeric"' in html
    assert 'value="31"' in html
    # the earlier steps are untouched
    assert 'value="paroled" checked' in client.get("/screen/entry/").content.decode()


def test_a_half_typed_date_asks_for_the_rest(client):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", citizenship="", beneficiary_is_minor=False, special_categories=[])
    answer(client, "reasons", reasons=["other"])
    answer(client, "visa", visa_option="none")
    answer(client, "support", financial_supporter="self", can_pay_fees=True)
    answer(client, "us_family", us_relatives=[])
    answer(
        client,
        "history",
        risk_factors=[],
        pending_applications=[],
        victim_of=[],
        worked_for_us_government=False,
    )
    page = client.post("/screen/timing/", {MANAGEMENT: "timing", "timing-needed_by_0": "3"})
    assert "Enter the day and the year." in page.content.decode()
    assert page.context["errors"][0]["anchor"] == "id_timing-needed_by_1"


def test_numbers_outside_their_range_are_refused_with_the_limit(client):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", citizenship="", beneficiary_is_minor=False, special_categories=[])
    answer(client, "reasons", reasons=["entrepreneur"])
    page = answer(
        client,
        "startup",
        startup_age_years="2",
        startup_ownership_percent="150",
        startup_investment_usd="$400,000",
        startup_grants_usd="abc",
    )
    errors = {error["anchor"]: error["text"] for error in page.context["errors"]}
    assert errors == {
        "id_startup-startup_ownership_percent": "Enter a number of at most 100.",
        "id_startup-startup_grants_usd": "Enter a whole number, like 150000.",
    }
    assert 'value="$400,000"' in page.content.decode()


def test_none_of_these_with_another_box_is_refused(client):
    answer(client, "situation", **OUTSIDE)
    page = answer(
        client,
        "about_you",
        citizenship="",
        beneficiary_is_minor=False,
        special_categories=["vawa_self_petitioner", "none_of_these"],
    )
    assert page.status_code == 200
    assert page.context["errors"][0]["anchor"] == "id_about_you-special_categories"


def test_a_forged_choice_is_an_error_not_a_crash(client):
    page = answer(client, "situation", location="moon", goal="come_to_us")
    assert page.status_code == 200
    assert page.context["errors"]


def test_a_missing_management_form_is_a_400(client):
    response = client.post("/screen/situation/", {"situation-location": "outside_us"})
    assert response.status_code == 400


@pytest.mark.parametrize("forged", ["medical", "no-such-step", "check", ""])
def test_a_forged_management_form_is_a_400(client, forged):
    data = post_data("situation", OUTSIDE) | {MANAGEMENT: forged}
    assert client.post("/screen/situation/", data).status_code == 400


def test_posting_to_an_unknown_step_is_a_400(client):
    data = post_data("nowhere", {}) | {MANAGEMENT: "nowhere"}
    assert client.post("/screen/nowhere/", data).status_code == 400


def test_the_check_page_needs_its_management_form(client):
    assert client.post("/screen/check/", {"confirm": "1"}).status_code == 400


@pytest.mark.parametrize(
    ("day", "month", "year", "wrong"),
    [
        ("1", "99999999999999999999999", "2027", 0),
        ("x", "1", "2027", 1),
        ("1", "1", "27", 2),
        ("0", "1", "2027", 1),
        ("1", "\u00b2", "2027", 0),  # a superscript two is a digit to Python, not a month
    ],
)
def test_absurd_dates_are_errors_naming_the_wrong_part(client, day, month, year, wrong):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    answer(client, "entry", entry="paroled")
    data = post_data("current_parole", {"parole_program": "none"})
    data |= {
        "current_parole-parole_expires_on_0": month,
        "current_parole-parole_expires_on_1": day,
        "current_parole-parole_expires_on_2": year,
    }
    page = client.post("/screen/current_parole/", data)
    assert page.status_code == 200
    assert page.context["errors"][0]["anchor"] == f"id_current_parole-parole_expires_on_{wrong}"
