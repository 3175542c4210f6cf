"""An answer read back as words: `answer_text`, `question_text` and `describe_answers` (the rows of
the check-your-answers page, the result page and the PDF appendix)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, NamedTuple

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from parole_screen.dollars import dollars
from screening.questions.base import YES_NO
from screening.questions.catalogue import QUESTIONS
from screening.questions.countries import COUNTRY_NAMES
from screening.questions.steps import STEP_OF_KEY, STEPS
from screening.rules import SCHEMA
from screening.rules.schema import FIELDS


class AnswerRow(NamedTuple):
    key: str
    question: str
    answer: str
    step: str


def answer_text(key: str, value: Any) -> str:
    """One stored answer (an id, a bool, a list of ids, a date string, a number) as words."""
    schema_field = FIELDS[key]
    question = QUESTIONS.get(key)
    choices = question.choices if question else {}
    kind = schema_field.kind
    if value is None:  # the person answered "I'm not sure"
        return str(YES_NO["unsure"]) if kind == "bool" else ""
    if kind == "bool":
        return str(YES_NO["yes" if value else "no"])
    if kind == "enum":
        return str(choices.get(value, value))
    if kind == "enum_list":
        if not value:
            return str(question.none_label or _("None")) if question else ""
        return "; ".join(str(choices.get(item, item)) for item in value)
    if kind == "country":
        return str(COUNTRY_NAMES.get(value, value))
    if kind == "date":
        try:
            return formats.date_format(dt.date.fromisoformat(value))
        except (TypeError, ValueError):
            return str(value)
    if kind in ("integer", "number"):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = formats.number_format(value, use_l10n=True, force_grouping=True)
        if key.endswith("_usd"):
            return dollars(value)
        if key.endswith("_percent"):
            return f"{text}%"
        return text
    return str(value)


def question_text(key: str) -> str:
    """The question as the wizard asks it (the schema's meaning for a key the wizard never asks)."""
    question = QUESTIONS.get(key)
    return str(question.text) if question else FIELDS[key].meaning


def describe_answers(answers: Mapping[str, Any]) -> list[AnswerRow]:
    """Readable rows for the answers given, in the order the wizard asks them. A None is an
    "I'm not sure" (kept by the staff intake) and is shown as such."""
    rows = []
    for schema_field in SCHEMA:
        key = schema_field.key
        if key not in answers or (answers[key] is None and schema_field.kind != "bool"):
            continue
        text = question_text(key)
        rows.append(AnswerRow(key, text, answer_text(key, answers[key]), STEP_OF_KEY.get(key, "")))
    order = {step.name: index for index, step in enumerate(STEPS)}
    key_order = {key: index for step in STEPS for index, key in enumerate(step.keys)}
    rows.sort(key=lambda row: (order.get(row.step, len(order)), key_order.get(row.key, 0)))
    return rows
