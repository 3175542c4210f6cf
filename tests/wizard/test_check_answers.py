"""Check your answers: change links, returning there, pruning, and the saved result."""

import datetime as dt

import pytest

from screening.rules import Answers, assess, prune
from tests.walker import APPLICANT, step_of, walk

from .conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db

CONFIRM = {MANAGEMENT: "check", "confirm": "1"}


def rows(page):
    return {row["key"]: row for group in page.context["groups"] for row in group["rows"]}


def test_the_check_page_lists_every_answer_with_a_change_link(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    page = client.get("/screen/check/")
    html = page.content.decode()
    shown = rows(page)
    assert set(shown) >= set(medical_answers)
    assert shown["medical_life_threatening"]["answer"] == "Yes"
    assert shown["citizenship"]["answer"] == "Nigeria"
    needed_by = dt.date.fromisoformat(medical_answers["needed_by"])
    assert shown["needed_by"]["answer"] == f"{needed_by:%B} {needed_by.day}, {needed_by.year}"
    assert shown["visa_option"]["change_url"] == "/screen/visa/?return=check#id_visa-visa_option"
    assert 'href="/screen/visa/?return=check#id_visa-visa_option"' in html
    assert 'Change<span class="visually-hidden"> Could a visa bring you' in html


def test_a_change_from_the_check_page_returns_there(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    page = client.get("/screen/visa/?return=check")
    assert page.context["back_url"] == "/screen/check/"
    assert 'action="/screen/visa/?return=check"' in page.content.decode()
    response = answer(client, "visa", "?return=check", visa_option="none")
    assert response["Location"] == "/screen/check/"
    assert rows(client.get("/screen/check/"))["visa_option"]["answer"] == (
        "No, there is no visa for my situation"
    )


def test_a_change_that_opens_a_new_topic_asks_it_then_returns(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    response = answer(client, "reasons", "?return=check", reasons=["medical_treatment", "funeral"])
    assert response["Location"] == "/screen/family/?return=check"
    response = answer(
        client,
        "family",
        "?return=check",
        relative_relationship="parent",
        relative_condition="deceased",
        relative_status="us_citizen",
    )
    assert response["Location"] == "/screen/check/"
    assert rows(client.get("/screen/check/"))["relative_condition"]["answer"] == "They have died"


def test_answers_that_no_longer_apply_are_pruned(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    response = answer(client, "reasons", "?return=check", reasons=["funeral"])
    assert step_of(response) == "family"
    answer(
        client,
        "family",
        "?return=check",
        relative_relationship="parent",
        relative_condition="deceased",
        relative_status="lpr",
    )
    page = client.get("/screen/check/")
    html = page.content.decode()
    assert not [key for key in rows(page) if key.startswith("medical_")]
    assert "Medical treatment" not in html
    assert "life-threatening" not in html
    client.post("/screen/check/", CONFIRM)
    saved = client.session["screening_result"]["answers"]
    assert not [key for key in saved if key.startswith("medical_")]
    assert saved["reasons"] == ["funeral"]
    # going back to the old topic's URL does not bring the old answers back
    assert client.get("/screen/medical/").status_code == 302


def test_pruned_answers_are_asked_again_with_the_earlier_ones_offered(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    answer(client, "reasons", "?return=check", reasons=["other"])
    assert "medical_patient" not in client.session["wizard_screening_wizard"]["extra_data"][
        "answers"
    ].get("medical", {}).get("values", {})
    response = answer(client, "reasons", "?return=check", reasons=["medical_treatment"])
    assert response["Location"] == "/screen/medical/?return=check"
    page = client.get("/screen/medical/?return=check")
    checked = {
        row["key"]: option["value"]
        for row in page.context["rows"]
        for option in row.get("options", ())
        if option["checked"]
    }
    assert checked["medical_patient"] == "self"
    assert checked["medical_life_threatening"] == "yes"


def test_confirming_saves_the_same_result_as_assess(client, medical_answers):
    given = medical_answers | walk(client, APPLICANT, medical_answers).filled
    response = client.post("/screen/check/", CONFIRM)
    assert response["Location"] == "/result/"
    stored = client.session["screening_result"]
    assert stored["answers"] == prune(given)
    as_of = dt.date.fromisoformat(stored["as_of"])
    expected = assess(Answers.from_dict(given), as_of)
    got = assess(Answers.from_dict(stored["answers"]), as_of)
    assert got.to_dict() == expected.to_dict()
    assert stored["rules_version"] == expected.rules_version


def test_not_sure_answers_are_left_out_and_shown_as_not_sure(client, medical_answers):
    walk(client, APPLICANT, medical_answers | {"medical_costs_arranged": None})
    assert rows(client.get("/screen/check/"))["medical_costs_arranged"]["answer"] == (
        "I'm not sure"
    )
    client.post("/screen/check/", CONFIRM)
    assert "medical_costs_arranged" not in client.session["screening_result"]["answers"]


def test_confirming_with_steps_missing_goes_to_them(client):
    answer(client, "situation", location="outside_us", goal="come_to_us")
    response = client.post("/screen/check/", CONFIRM)
    assert response["Location"] == "/screen/about_you/"
    assert "screening_result" not in client.session
