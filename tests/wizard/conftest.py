"""Drive the screening wizard with step POST dicts, django-formtools style.

A step's POST holds the management field `screening_wizard-current_step` and one entry per
question, named `<step>-<answer key>` (dates as three fields `_0` month, `_1` day, `_2` year).
"""

from __future__ import annotations

from typing import Any

import pytest

from screening.questions import QUESTIONS
from screening.rules import SCHEMA
from screening.rules.schema import FIELDS
from tests.helpers import MEDICAL_ANSWERS, post_values

PREFIX = "screening_wizard"
MANAGEMENT = f"{PREFIX}-current_step"


def step_data(step: str, answers: dict[str, Any], management: str = MANAGEMENT) -> dict[str, Any]:
    data: dict[str, Any] = {management: step}
    for key, value in answers.items():
        data.update(post_values(step, key, value))
    return data


def answer(client, step: str, query: str = "", base: str = "/screen/", **answers):
    """POST answers (stored-style values) to a step; returns the response."""
    management = f"{base.strip('/')}_wizard-current_step" if base != "/screen/" else MANAGEMENT
    return client.post(f"{base}{step}/{query}", step_data(step, answers, management))


def step_of(response) -> str:
    """The step a redirect goes to ('check' for check your answers)."""
    assert response.status_code == 302, response.status_code
    return response["Location"].split("?")[0].rstrip("/").split("/")[-1]


def required_default(key: str) -> Any:
    """What a test answers for a question the wizard requires but a scenario leaves out."""
    field = FIELDS[key]
    if field.kind == "enum":
        return field.choices[0]
    if field.kind == "enum_list":
        return []
    if field.kind == "bool" and not QUESTIONS[key].unsure:
        return False
    return None  # "not sure" or left blank: the answer stays out


REQUIRED_DEFAULTS = {field.key: required_default(field.key) for field in SCHEMA}


def walk(
    client, answers: dict[str, Any], max_steps: int = 30, base: str = "/screen/"
) -> tuple[list[str], dict]:
    """Answer every step the wizard asks, from its start (/screen/) to check your answers.

    Returns the steps visited and the answers filled in for questions `answers` leaves out.
    """
    response = client.get(base)
    visited: list[str] = []
    filled: dict[str, Any] = {}
    for _ in range(max_steps):
        step = step_of(response)
        if step == "check":
            return visited, filled
        page = client.get(response["Location"])
        assert page.status_code == 200
        values = {}
        for row in page.context["rows"]:
            key = row["key"]
            if key not in FIELDS and key not in answers:
                continue  # a note beside the answers ("Another reason"): left blank
            if answers.get(key) is not None:
                values[key] = answers[key]
            else:
                values[key] = REQUIRED_DEFAULTS[key]
                if values[key] is not None:
                    filled[key] = values[key]
        visited.append(step)
        response = answer(client, step, base=base, **values)
        if response.status_code != 302:
            errors = response.context["errors"] if response.context else response.status_code
            raise AssertionError(f"step {step} refused {values}: {errors}")
    raise AssertionError("the wizard did not reach check your answers")


@pytest.fixture
def medical_answers() -> dict[str, Any]:
    """Someone abroad who needs treatment that is not available at home."""
    return dict(MEDICAL_ANSWERS)
