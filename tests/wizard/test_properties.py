"""Any consistent answers, walked through the wizard, are saved exactly as the rules prune them."""

import datetime as dt

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.questions import QUESTIONS
from screening.questions.implied import with_implied
from screening.rules import SCHEMA, Answers, assess, prune
from tests.walker import APPLICANT, walk

from .conftest import MANAGEMENT

pytestmark = pytest.mark.django_db

GOALS = {"outside_us": ["come_to_us"], "inside_us": ["stay_in_us", "travel_and_return"]}
TODAY = dt.date.today()
PAST = [TODAY - dt.timedelta(days=days) for days in (1, 500)]
FUTURE = [TODAY, TODAY + dt.timedelta(days=90), TODAY + dt.timedelta(days=800)]
# a question that refuses passed (or future) dates is only given dates it accepts
DATES = {
    "future": [d.isoformat() for d in FUTURE],
    "past": [d.isoformat() for d in [TODAY, *PAST]],
    None: [d.isoformat() for d in [*PAST, *FUTURE]],
}
COUNTRIES = ["UA", "CU", "HT", "SV", "AF", "NG", ""]


def value_strategy(field):
    if field.kind == "enum":
        return st.sampled_from(field.choices)
    if field.kind == "enum_list":
        return st.lists(st.sampled_from(field.choices), unique=True, max_size=3)
    if field.kind == "bool":
        return st.sampled_from([True, False, None])
    if field.kind == "date":
        return st.sampled_from([*DATES[QUESTIONS[field.key].when], None])
    if field.kind == "country":
        return st.sampled_from(COUNTRIES)
    if field.kind == "integer":
        return st.integers(min_value=0, max_value=2_000_000)
    return st.sampled_from([0, 1.5, 4, 12.5, 100])


@st.composite
def answer_sets(draw):
    location = draw(st.sampled_from(sorted(GOALS)))
    answers = {"location": location, "goal": draw(st.sampled_from(GOALS[location]))}
    for field in SCHEMA:
        if field.key in answers or field.key == "evidence_on_hand":
            continue
        if field.key == "reasons":
            answers["reasons"] = draw(
                st.lists(st.sampled_from(field.choices), unique=True, min_size=1, max_size=3)
            )
            continue
        answers[field.key] = draw(value_strategy(field))
    answers["evidence_on_hand"] = []
    return answers


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answer_sets())
def test_any_answers_through_the_wizard_are_saved_as_pruned(answers):
    client = Client()
    filled = walk(client, APPLICANT, answers).filled
    client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    stored = client.session["screening_result"]["answers"]
    given_answers = {k: v for k, v in answers.items() if v not in (None, "")}
    # plus the list items an earlier answer already gave (screening.questions.implied)
    # what an answer implies is read from the answers that apply (the wizard never asks the rest)
    assert stored == prune(with_implied(prune({**given_answers, **filled})))
    assessment = assess(Answers.from_dict(stored), dt.date.today())
    assert list(assessment.ignored_answers) == []


garbage = st.one_of(
    st.text(max_size=12),
    st.lists(st.text(max_size=8), max_size=3),
    st.sampled_from(["yes", "none_of_these", "1e309", "-1", "NaN", "UA", "2027-02-30"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    step=st.sampled_from(["situation", "about_you", "reasons", "startup", "history", "timing"]),
    values=st.dictionaries(
        st.sampled_from(
            [
                "location",
                "goal",
                "citizenship",
                "beneficiary_is_minor",
                "special_categories",
                "reasons",
                "startup_age_years",
                "startup_investment_usd",
                "risk_factors",
                "needed_by_0",
                "needed_by_1",
                "needed_by_2",
            ]
        ),
        garbage,
        max_size=6,
    ),
)
def test_any_posted_values_give_a_page_or_a_redirect_never_a_crash(step, values):
    client = Client()
    walk(
        client,
        APPLICANT,
        {"location": "outside_us", "goal": "come_to_us", "reasons": ["entrepreneur"]},
    )
    data = {MANAGEMENT: step} | {f"{step}-{key}": value for key, value in values.items()}
    response = client.post(f"/screen/{step}/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response.context["errors"]
