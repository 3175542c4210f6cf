"""Every answer key has words, and describe_answers reads answers back in plain words."""

import pytest
from django.utils import translation

from screening.questions import (
    QUESTIONS,
    STEP_OF_KEY,
    STEPS,
    AnswerRow,
    describe_answers,
)
from screening.questions.countries import COUNTRY_NAMES
from screening.rules import SCHEMA
from screening.wizard.step_forms import STEP_FORMS


def test_every_answer_key_is_asked_on_exactly_one_step():
    keys = [key for step in STEPS for key in step.keys]
    assert sorted(keys) == sorted(field.key for field in SCHEMA)
    assert len(keys) == len(set(keys))
    assert set(STEP_FORMS) == {step.name for step in STEPS}


@pytest.mark.parametrize("field", SCHEMA, ids=lambda field: field.key)
def test_every_question_and_choice_has_words(field):
    question = QUESTIONS[field.key] if field.kind != "country" else None
    if question:
        assert str(question.text).strip()
        for value in field.choices:
            assert str(question.choices[value]).strip(), value


def test_a_question_depends_only_on_earlier_steps():
    """Within a step no question waits on another answer of the same step (no JS needed)."""
    base = {"location": "outside_us", "goal": "come_to_us", "reasons": ["medical_treatment"]}
    for field in SCHEMA:
        for other in SCHEMA:
            if STEP_OF_KEY[other.key] != STEP_OF_KEY[field.key] or other.key == field.key:
                continue
            for value in other.choices or (True, False):
                probe = base | {other.key: [value] if other.kind == "enum_list" else value}
                assert field.applies(probe) == field.applies(base), (field.key, other.key)


def test_the_country_list_names_every_country_the_rules_use():
    for code in ("UA", "AF", "IQ", "CU", "HT", "NI", "VE", "CO", "EC", "SV", "GT", "HN", "MX"):
        assert code in COUNTRY_NAMES
    assert len(COUNTRY_NAMES) > 240


def test_describe_answers_gives_plain_rows_in_wizard_order():
    answers = {
        "needed_by": "2027-01-05",
        "location": "outside_us",
        "reasons": ["funeral", "medical_treatment"],
        "citizenship": "HT",
        "beneficiary_is_minor": False,
        "risk_factors": [],
        "startup_investment_usd": 311071,
        "startup_ownership_percent": 12.5,
        "unknown_key": "ignored",
        "entry": None,
    }
    with translation.override("en"):
        rows = describe_answers(answers)
    assert all(isinstance(row, AnswerRow) for row in rows)
    assert [row.key for row in rows] == [
        "location",
        "citizenship",
        "beneficiary_is_minor",
        "reasons",
        "startup_ownership_percent",
        "startup_investment_usd",
        "risk_factors",
        "needed_by",
    ]
    text = {row.key: row.answer for row in rows}
    assert text["location"] == "Outside the U.S."
    assert text["citizenship"] == "Haiti"
    assert text["beneficiary_is_minor"] == "No"
    assert text["reasons"] == "To attend a funeral; Medical treatment that I or my child need"
    assert text["risk_factors"] == "None of these"
    assert text["needed_by"] == "January 5, 2027"
    assert text["startup_investment_usd"] == "$311,071"
    assert text["startup_ownership_percent"] == "12.5%"
    key, question, answer, step = rows[0]
    assert (key, question, answer, step) == (
        "location",
        "Where are you now?",
        "Outside the U.S.",
        "situation",
    )
