"""One small form per wizard step, built from the answer schema (`screening.rules.SCHEMA`).

A step form knows its answer keys (`STEPS` in `screening.questions`). Given the answers so far it
keeps only the questions that apply (`Field.applies`), so a form never shows a question the
rules would ignore. Its fields speak in form values ("yes", "none_of_these", month/day/year);
`StepForm.answers()` turns the cleaned values into stored answers: ids, booleans, ISO dates and
numbers, with None for "not sure" or a blank optional answer (the key is then left out).

The step template does not call Django's widgets: `StepForm.rows()` hands it everything a
GOV.UK-style question needs (ids, hint, error, options, values), and the widgets only read POST.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from screening.questions import (
    NONE_OF_THESE,
    PREFER_NOT_TO_SAY,
    QUESTIONS,
    STEPS,
    YES_NO,
    Step,
)
from screening.questions.countries import COUNTRIES, countries_in_order
from screening.questions.implied import implied_items
from screening.rules.answers import _GOAL_LOCATION
from screening.rules.schema import FIELDS
from screening.wizard.date_input import DateField, date_row
from screening.wizard.notes import NOTE_STEP, OTHER_REASON, OtherReasonField, check_other_reason
from screening.wizard.numbers import plain_number

# ---------------------------------------------------------------------------------------------
# Fields


class PlainIntegerField(forms.IntegerField):
    def to_python(self, value):
        return super().to_python(plain_number(value, whole=True))


class PlainNumberField(forms.FloatField):
    def to_python(self, value):
        return super().to_python(plain_number(value))


class ListField(forms.MultipleChoiceField):
    """Checkboxes with an optional "none of these" box meaning an empty list."""

    default_error_messages = {
        "required": _("Select all that apply, or select the last box if none apply."),
        "invalid_choice": _("Select only the choices shown."),
        "invalid_list": _("Select only the choices shown."),
        "none_and_some": _("Select 'none' only when none of the other boxes apply."),
    }

    def clean(self, value):
        value = super().clean(value)
        if NONE_OF_THESE in value and len(value) > 1:
            raise forms.ValidationError(self.error_messages["none_and_some"], code="none_and_some")
        return value


COUNTRY_CHOICES = ((PREFER_NOT_TO_SAY, _("Prefer not to say")), *COUNTRIES)


@functools.lru_cache(maxsize=16)
def _country_option_tags(language: str) -> tuple[tuple[str, str], ...]:
    """The 250 <option> tags of the country list, in the language's order, built once per
    language ("Prefer not to say" first)."""
    return tuple(
        (code, format_html('<option value="{}"{}>{}</option>', code, "{selected}", label))
        for code, label in (COUNTRY_CHOICES[0], *countries_in_order(language))
    )


def _country_options_html(selected: str) -> str:
    tags = _country_option_tags(get_language() or "")
    return mark_safe(  # noqa: S308 - every tag was escaped by format_html above
        "".join(
            tag.replace("{selected}", " selected" if code == selected else "") for code, tag in tags
        )
    )


def step_field(key: str, evidence_ids: Iterable[str] | None = None) -> forms.Field:
    """The form field for an answer key. Fields hold no per-request state, so all but the
    evidence list (its choices follow the person's pathways) are built once and shared."""
    if key == "evidence_on_hand":
        return build_field(key, evidence_ids)
    return _shared_field(key)


@functools.cache
def _other_reason_field() -> OtherReasonField:
    return OtherReasonField()


@functools.cache
def _shared_field(key: str) -> forms.Field:
    return build_field(key)


def build_field(key: str, evidence_ids: Iterable[str] | None = None) -> forms.Field:
    schema_field = FIELDS[key]
    question = QUESTIONS.get(key)
    kind = schema_field.kind
    label = question.text if question else schema_field.meaning
    if kind == "enum":
        field = forms.ChoiceField(
            label=label,
            choices=[(value, question.choices[value]) for value in schema_field.choices],
            widget=forms.RadioSelect,
            error_messages={
                "required": format_lazy(_("Choose an answer to: {question}"), question=label),
                "invalid_choice": _("Select one of the answers shown."),
            },
        )
        field.screen_kind = "radios"
    elif kind == "bool":
        values = ("yes", "no", "unsure") if question.unsure else ("yes", "no")
        field = forms.ChoiceField(
            label=label,
            choices=[(value, YES_NO[value]) for value in values],
            widget=forms.RadioSelect,
            error_messages={
                "required": format_lazy(_("Choose an answer to: {question}"), question=label),
                "invalid_choice": _("Select one of the answers shown."),
            },
        )
        field.screen_kind = "radios"
    elif kind == "enum_list":
        ids = schema_field.choices
        if key == "evidence_on_hand" and evidence_ids:
            wanted = set(evidence_ids)
            ids = tuple(item for item in ids if item in wanted)
        choices = [(value, question.choices[value]) for value in ids]
        if question.none_label:
            choices.append((NONE_OF_THESE, question.none_label))
        field = ListField(
            label=label,
            choices=choices,
            widget=forms.CheckboxSelectMultiple,
            error_messages=(
                {
                    "required": format_lazy(
                        _("Select all that apply, or select “{none}”."), none=question.none_label
                    ),
                    "none_and_some": format_lazy(
                        _("Select “{none}” only when none of the other answers apply."),
                        none=question.none_label,
                    ),
                }
                if question.none_label
                else {"required": _("Select at least one answer.")}
            ),
        )
        field.screen_kind = "checkboxes"
    elif kind == "country":
        field = forms.ChoiceField(
            label=_("What is your country of citizenship?"),
            choices=COUNTRY_CHOICES,
            required=False,
            error_messages={"invalid_choice": _("Select a country from the list.")},
        )
        field.screen_kind = "select"
    elif kind == "date":
        field = DateField(label=label, required=not question.optional, when=question.when)
        field.screen_kind = "date"
        field.birth_date = question.birth_date
        field.example = question.example
    elif kind in ("integer", "number"):
        cls = PlainIntegerField if kind == "integer" else PlainNumberField
        whole = kind == "integer"
        field = cls(
            label=label,
            required=not question.optional,
            min_value=schema_field.minimum,
            max_value=schema_field.maximum,
            error_messages={
                "invalid": _("Enter a whole number, like 150000.")
                if whole
                else _("Enter a number, like 2 or 3.5."),
                "min_value": _("Enter a number of at least %(limit_value)s."),
                "max_value": _("Enter a number of at most %(limit_value)s."),
            },
        )
        field.screen_kind = "text"
        field.inputmode = "numeric" if whole else "decimal"
        field.prefix_text = "$" if key.endswith("_usd") else ""
        field.suffix_text = "%" if key.endswith("_percent") else ""
    else:  # pragma: no cover - every SCHEMA kind is handled above
        raise AssertionError(kind)
    field.answer_key = key
    field.hint = question.hint if question else ""
    return field


def to_form_value(key: str, value: Any) -> Any:
    """A stored answer as the value its form field shows."""
    kind = FIELDS[key].kind
    if value is None:  # kept only for "not sure" (see `StepForm.not_sure`)
        return "unsure" if kind == "bool" and key in QUESTIONS and QUESTIONS[key].unsure else None
    if kind == "bool":
        return "yes" if value else "no"
    if kind == "enum_list":
        return list(value) if value else [NONE_OF_THESE]
    if kind in ("integer", "number"):
        return str(int(value) if float(value).is_integer() else value)
    return value


def to_answer(key: str, value: Any) -> Any:
    """A cleaned form value as the stored answer (None: leave the key out)."""
    kind = FIELDS[key].kind
    if value in (None, ""):
        return None
    if kind == "bool":
        return {"yes": True, "no": False}.get(value)
    if kind == "enum_list":
        return [item for item in value if item != NONE_OF_THESE]
    if kind == "number":
        return int(value) if float(value).is_integer() else float(value)
    return value


# ---------------------------------------------------------------------------------------------
# Step forms


class StepForm(forms.Form):
    """The questions of one topic that apply given the answers so far."""

    step: Step

    def __init__(
        self,
        *args,
        answers: Mapping[str, Any] | None = None,
        evidence_ids: Iterable[str] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.fields = {
            key: step_field(key, evidence_ids)
            for key in self.step.keys
            if answers is None or FIELDS[key].applies(answers)
        }
        # choices an earlier step already gave: not offered again (`screening.questions.implied`)
        self.implied = {key: implied_items(key, answers) for key in self.fields}
        if self.step.name == NOTE_STEP and "reasons" in self.fields:
            self.fields[OTHER_REASON] = _other_reason_field()  # kept beside the answers
        # initial arrives as stored answers; show them as form values (dropping stale ones)
        self.initial = {
            key: self._initial_value(key, value)
            for key, value in (self.initial or {}).items()
            if key in self.fields
        }

    def _initial_value(self, key: str, value: Any) -> Any:
        if key not in FIELDS:
            return value  # a note: shown as typed
        shown = to_form_value(key, value)
        field = self.fields[key]
        if isinstance(field, ListField):
            allowed = {choice for choice, _label in field.choices}
            kept = [item for item in shown or () if item in allowed]
            return kept or ([NONE_OF_THESE] if NONE_OF_THESE in allowed and shown else [])
        return shown

    @property
    def keys(self) -> list[str]:
        """The answer keys this form asks (those that apply)."""
        return [key for key in self.fields if key in FIELDS]

    def clean(self):
        cleaned = super().clean()
        location, goal = cleaned.get("location"), cleaned.get("goal")
        if location and goal and _GOAL_LOCATION.get(goal) != location:
            self.add_error(
                "goal",
                _("This does not fit where you said you are. Check both answers."),
            )
        if OTHER_REASON in self.fields and (problem := check_other_reason(cleaned)):
            self.add_error(OTHER_REASON, problem)
        return cleaned

    def answers(self) -> dict[str, Any]:
        """The cleaned answers of this step, keyed by answer key (None: left out)."""
        return {key: to_answer(key, self.cleaned_data.get(key)) for key in self.keys}

    def notes(self) -> dict[str, str]:
        """Words typed beside the answers (never read by the rules): {note key: text}."""
        text = self.cleaned_data.get(OTHER_REASON) if OTHER_REASON in self.fields else ""
        return {OTHER_REASON: text} if text else {}

    def not_sure(self) -> list[str]:
        """The questions answered "I'm not sure" (their answer is None: unknown to the rules)."""
        return [
            key
            for key in self.keys
            if FIELDS[key].kind == "bool" and self.cleaned_data.get(key) == "unsure"
        ]

    def rows(self) -> list[dict[str, Any]]:
        """Everything the step template needs to draw each question, GOV.UK style."""
        if getattr(self, "_rows", None) is None:
            self._rows = self._build_rows()
        return self._rows

    def _build_rows(self) -> list[dict[str, Any]]:
        rows = []
        for name, field in self.fields.items():
            bound = self[name]
            html_id = bound.auto_id
            errors = self.errors.get(name) if self.is_bound else None
            value = bound.value()
            row = {
                "key": name,
                "kind": field.screen_kind,
                "name": bound.html_name,
                "id": html_id,
                "label": field.label,
                "hint": field.hint,
                "hint_id": f"{html_id}-hint" if field.hint else "",
                "error": errors[0] if errors else "",
                "error_id": f"{html_id}-error",
                "anchor": html_id,
            }
            kind = field.screen_kind
            if kind in ("radios", "checkboxes"):
                chosen = (
                    {str(item) for item in value or ()}
                    if kind == "checkboxes"
                    else {str(value) if value is not None else ""}
                )
                implied = self.implied.get(name, ())
                row["options"] = [
                    {
                        "value": choice,
                        "label": label,
                        "id": html_id if index == 0 else f"{html_id}-{index}",
                        "checked": choice in chosen,
                        "exclusive": choice == NONE_OF_THESE,
                    }
                    for index, (choice, label) in enumerate(
                        (c, lb) for c, lb in field.choices if c not in implied
                    )
                ]
                row["implied"] = [label for choice, label in field.choices if choice in implied]
                row["implied_id"] = f"{html_id}-implied" if implied else ""
            elif kind == "select":
                row["options_html"] = _country_options_html(value or "")
            elif kind == "date":
                date_row(row, bound, field, errors.as_data()[0] if errors else None)
            else:
                row["value"] = "" if value is None else value
                row["inputmode"] = field.inputmode
                row["prefix"] = field.prefix_text
                row["suffix"] = field.suffix_text
            described = [row["hint_id"]] if row["hint_id"] else []
            if row.get("implied_id"):
                described.append(row["implied_id"])
            if row["error"]:
                described.append(row["error_id"])
            if row.get("read_back_id"):  # a date read back in words
                described.append(row["read_back_id"])
            row["describedby"] = " ".join(described)
            rows.append(row)
        return rows

    def error_list(self) -> list[dict[str, str]]:
        """The error summary: each message with the id of the input it links to."""
        if not self.is_bound or not self.errors:
            return []
        anchors = {row["key"]: row["anchor"] for row in self.rows()}
        first = next(iter(anchors.values()), "")
        items = []
        for name, messages in self.errors.items():
            for message in messages:
                items.append({"text": message, "anchor": anchors.get(name, first)})
        return items


def _make_form(step: Step) -> type[StepForm]:
    name = "".join(part.title() for part in step.name.split("_")) + "Form"
    return type(name, (StepForm,), {"step": step, "__doc__": f"Step '{step.name}'."})


STEP_FORMS: dict[str, type[StepForm]] = {step.name: _make_form(step) for step in STEPS}
