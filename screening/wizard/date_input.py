"""Dates asked the U.S. way: month, day and year in three boxes (USWDS "memorable date").

`DateField` reads the three parts from POST (`<name>_0` month, `<name>_1` day, `<name>_2`
year) and cleans them to 'YYYY-MM-DD' or None when all three are blank. Each error names the
part that is wrong (31 February names the day), and `error_parts(error)` tells the template
which boxes to mark and which one the error summary links to. `when="future"` refuses a date
that has passed; `when="past"` refuses one still to come.
"""

from __future__ import annotations

import calendar
import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _

PARTS = ("month", "day", "year")
PART_LABELS = {"month": _("Month"), "day": _("Day"), "year": _("Year")}
PART_WIDTHS = {"month": 2, "day": 2, "year": 4}
BIRTHDAY_AUTOCOMPLETE = {"month": "bday-month", "day": "bday-day", "year": "bday-year"}

# Which parts are missing -> what to say (whole sentences, for translators).
_MISSING = {
    ("month",): _("Enter the month, as a number from 1 to 12."),
    ("day",): _("Enter the day, as a number from 1 to 31."),
    ("year",): _("Enter the year, in four digits, like 2027."),
    ("month", "day"): _("Enter the month and the day."),
    ("month", "year"): _("Enter the month and the year."),
    ("day", "year"): _("Enter the day and the year."),
}
_NOT_A_MONTH = _("The month must be a number from 1 to 12.")
_NOT_A_DAY = _("The day must be a number from 1 to 31.")
_NOT_A_YEAR = _("Enter the year in four digits, like 2027.")
_SHORT_MONTH = _("%(month)s has only %(days)s days. Check the day.")
_PASSED = _(
    "This date has already passed. Enter today's date or a later one. "
    "If there is no date yet, leave all three boxes blank."
)
_NOT_YET = _("This date is still to come. Enter today's date or an earlier one.")


def today() -> dt.date:
    """The date a 'has it passed?' check compares with (one place, so tests can move it)."""
    return dt.date.today()


def _error(message, parts: tuple[str, ...], **params) -> ValidationError:
    return ValidationError(message, code="date:" + ",".join(parts), params=params or None)


def error_parts(error: ValidationError | None) -> tuple[str, ...]:
    """The parts a date error is about (all three when it is about the whole date)."""
    code = getattr(error, "code", "") or ""
    if code.startswith("date:"):
        parts = tuple(part for part in code[5:].split(",") if part in PARTS)
        if parts:
            return parts
    return PARTS


class DateWidget(forms.MultiWidget):
    """Three inputs (month, day, year); only used to read them from POST."""

    def __init__(self):
        super().__init__([forms.TextInput(), forms.TextInput(), forms.TextInput()])

    def decompress(self, value):
        if isinstance(value, str) and value:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                return ["", "", ""]
            return [str(day.month), str(day.day), str(day.year)]
        return ["", "", ""]


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() else None


class DateField(forms.Field):
    """A date from month, day and year; cleans to 'YYYY-MM-DD' or None when left blank."""

    widget = DateWidget
    default_error_messages = {"required": _("Enter a date.")}
    birth_date = False  # True: the boxes offer the browser's bday-* autofill

    def __init__(self, *args, when: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.when = when  # None, "future" (today or later) or "past" (today or earlier)

    def to_python(self, value):
        if isinstance(value, str):
            return value or None
        texts = [str(part or "").strip() for part in (value or ["", "", ""])]
        texts += [""] * (3 - len(texts))
        if not any(texts):
            return None
        missing = tuple(part for part, text in zip(PARTS, texts, strict=False) if not text)
        if missing:
            raise _error(_MISSING[missing], missing)
        month, day, year = (_number(text) for text in texts[:3])
        if month is None or not 1 <= month <= 12:
            raise _error(_NOT_A_MONTH, ("month",))
        if year is None or len(texts[2]) != 4 or not 1900 <= year <= 2200:
            raise _error(_NOT_A_YEAR, ("year",))
        if day is None or not 1 <= day <= 31:
            raise _error(_NOT_A_DAY, ("day",))
        days = calendar.monthrange(year, month)[1]
        if day > days:
            month_name = formats.date_format(dt.date(year, month, 1), "YEAR_MONTH_FORMAT")
            raise _error(_SHORT_MONTH, ("day",), month=month_name, days=days)
        return dt.date(year, month, day).isoformat()

    def validate(self, value):
        super().validate(value)
        if not value or self.when is None:
            return
        day = dt.date.fromisoformat(value)
        if self.when == "future" and day < today():
            raise _error(_PASSED, PARTS)
        if self.when == "past" and day > today():
            raise _error(_NOT_YET, PARTS)


def date_row(row: dict, bound, field: DateField, error: ValidationError | None) -> None:
    """Add what question.html needs to draw the three boxes to a step form's row."""
    value = bound.value()
    texts = value if isinstance(value, list | tuple) else DateWidget().decompress(value)
    wrong = error_parts(error) if error is not None else ()
    html_id = row["id"]
    row["parts"] = [
        {
            "name": f"{bound.html_name}_{index}",
            "id": f"{html_id}_{index}",
            "label": PART_LABELS[part],
            "value": texts[index] if index < len(texts) else "",
            "width": PART_WIDTHS[part],
            "error": part in wrong,
            "autocomplete": BIRTHDAY_AUTOCOMPLETE[part] if field.birth_date else "",
        }
        for index, part in enumerate(PARTS)
    ]
    first_wrong = next((p for p in row["parts"] if p["error"]), row["parts"][0])
    row["anchor"] = first_wrong["id"]
