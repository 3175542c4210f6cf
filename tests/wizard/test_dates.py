"""Dates: asked month, day, year; a date that must be ahead is refused once it has passed."""

import datetime as dt

import pytest

from screening.questions import QUESTIONS
from screening.rules.schema import FIELDS
from tests.walker import APPLICANT, LEFT_OUT, post_step, walk

from .conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db

OUTSIDE = {"location": "outside_us", "goal": "come_to_us"}


def _to_timing(client, medical_answers):
    """A whole screening, then back to the timing question from check your answers."""
    walk(client, APPLICANT, medical_answers)


def _date_post(step, key, day):
    name = f"{step}-{key}"
    return {MANAGEMENT: step, f"{name}_0": day.month, f"{name}_1": day.day, f"{name}_2": day.year}


def test_a_needed_by_date_that_has_passed_is_refused_with_what_to_do(client, medical_answers):
    _to_timing(client, medical_answers)
    last_month = dt.date.today() - dt.timedelta(days=30)
    page = client.post("/screen/timing/", _date_post("timing", "needed_by", last_month))
    assert page.status_code == 200
    html = page.content.decode()
    assert "This date has already passed." in html
    assert "If there is no date yet, leave all three boxes blank." in html
    # what she typed is kept, month first
    month_box = 'name="timing-needed_by_0" type="text" inputmode="numeric" maxlength="2"'
    assert f'{month_box} value="{last_month.month}"' in html


def test_today_and_later_dates_and_a_blank_are_accepted(client, medical_answers):
    _to_timing(client, medical_answers)
    for day in (dt.date.today(), dt.date.today() + dt.timedelta(days=400)):
        response = client.post("/screen/timing/", _date_post("timing", "needed_by", day))
        assert response.status_code == 302, day
    assert client.post("/screen/timing/", {MANAGEMENT: "timing"}).status_code == 302


def test_a_court_date_that_has_passed_is_refused(client):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", citizenship="", beneficiary_is_minor=False, special_categories=[])
    answer(client, "reasons", reasons=["court_proceeding"])
    typed = _date_post("court", "court_date", dt.date.today() - dt.timedelta(days=1))
    page = post_step(client, APPLICANT, "court", {"court_date": LEFT_OUT}, extra=typed)
    assert page.status_code == 200
    assert "This date has already passed." in page.content.decode()


def test_a_parole_end_date_may_have_passed(client):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    answer(client, "entry", entry="paroled")
    data = _date_post(
        "current_parole", "parole_expires_on", dt.date.today() - dt.timedelta(days=60)
    )
    data["current_parole-parole_program"] = "none"
    assert client.post("/screen/current_parole/", data).status_code == 302


def test_only_dates_that_lie_ahead_refuse_the_past():
    dates = {key for key, field in FIELDS.items() if field.kind == "date"}
    ahead = {key for key in dates if QUESTIONS[key].when == "future"}
    assert {"needed_by", "court_date"} <= ahead
    assert "parole_expires_on" not in ahead


def test_the_boxes_are_month_day_year_and_only_a_birth_date_autofills(client):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    answer(client, "entry", entry="paroled")
    page = client.get("/screen/current_parole/")
    parts = page.context["rows"][1]["parts"]
    assert [str(part["label"]) for part in parts] == ["Month", "Day", "Year"]
    assert [part["autocomplete"] for part in parts] == ["", "", ""]
    assert "bday" not in page.content.decode()
    birth_dates = [key for key, question in QUESTIONS.items() if question.birth_date]
    assert all(FIELDS[key].kind == "date" for key in birth_dates)


def test_a_birth_date_offers_the_browsers_bday_autofill():
    from django import forms

    from screening.wizard.date_input import DateField, date_row

    class BirthForm(forms.Form):
        born = DateField(label="Date of birth")

    form = BirthForm(data={"born_0": "2", "born_1": "30", "born_2": "1950"})
    form.fields["born"].birth_date = True
    assert not form.is_valid()
    row = {"id": "id_born"}
    error = form.errors["born"].as_data()[0]
    date_row(row, form["born"], form.fields["born"], error)
    assert [part["autocomplete"] for part in row["parts"]] == [
        "bday-month",
        "bday-day",
        "bday-year",
    ]
    assert [part["error"] for part in row["parts"]] == [False, True, False]
    assert row["anchor"] == "id_born_1"
    assert form.errors["born"] == ["February 1950 has only 28 days. Check the day."]
