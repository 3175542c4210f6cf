"""Dates asked in three boxes (USWDS "memorable date"), in the order the page's language writes
them: day, month, year in Spanish; month, day, year in English.

The order is a per-language setting, `DATE_INPUT_ORDER` in `parole_screen/formats/<code>/
formats.py` (see `input_order`); a language without one gets day, month, year, the order of
most languages. Only the order on screen changes: the posted names keep their meaning in every
language (`<name>_0` month, `<name>_1` day, `<name>_2` year), so a language switch in the middle
of a page keeps a half-typed date in the right boxes, and the stored value is 'YYYY-MM-DD'.

`DateField` cleans the three parts to 'YYYY-MM-DD', or None when all three are blank. Each error
names the part that is wrong (31 February names the day), and `error_parts(error)` tells the
template which boxes to mark and which one the error summary links to. `when="future"` refuses a
date that has passed; `when="past"` refuses one still to come.

`date_row` gives the template an example that cannot be read two ways (its day is above 12) and
the date read back in words as soon as the boxes hold a real date ("5 de febrero de 2027"), with
what static/js/site.js needs to do the same while the person types.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from screening import clock
from screening.wizard.numbers import ascii_digits

PARTS = ("month", "day", "year")  # the meaning of the posted names <name>_0, _1, _2
ORDERS = {("day", "month", "year"), ("month", "day", "year"), ("year", "month", "day")}
DEFAULT_ORDER = ("day", "month", "year")
PART_LABELS = {"month": _("Month"), "day": _("Day"), "year": _("Year")}
PART_WIDTHS = {"month": 2, "day": 2, "year": 4}
BIRTHDAY_AUTOCOMPLETE = {"month": "bday-month", "day": "bday-day", "year": "bday-year"}
EXAMPLE_DAY = dt.date(2027, 3, 27)  # a question without its own example (day above 12)

# Which parts are missing, in the order on screen -> what to say (whole sentences).
_MISSING = {
    ("month",): _("Enter the month, as a number from 1 to 12."),
    ("day",): _("Enter the day, as a number from 1 to 31."),
    ("year",): _("Enter the year, in four digits, like 2027."),
    ("month", "day"): _("Enter the month and the day."),
    ("day", "month"): _("Enter the day and the month."),
    ("month", "year"): _("Enter the month and the year."),
    ("year", "month"): _("Enter the year and the month."),
    ("day", "year"): _("Enter the day and the year."),
    ("year", "day"): _("Enter the year and the day."),
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
_EXAMPLE = _("For example: %(typed)s (%(date)s).")
_READ_BACK = _("You entered %(date)s.")


def today() -> dt.date:
    """The date a 'has it passed?' check compares with (the one today, `screening.clock`)."""
    return clock.today()


@functools.lru_cache(maxsize=32)
def _order_for(language: str) -> tuple[str, ...]:
    for module in formats.get_format_modules(language):
        order = getattr(module, "DATE_INPUT_ORDER", None)
        if order is not None:
            if tuple(order) not in ORDERS:
                raise ValueError(
                    f"{module.__name__}.DATE_INPUT_ORDER: {order!r} is not one of {ORDERS}"
                )
            return tuple(order)
    return DEFAULT_ORDER


def input_order(language: str | None = None) -> tuple[str, ...]:
    """The order of the three boxes for a language (default: the page's language)."""
    return _order_for(language or get_language() or "en")


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
    """Three inputs (month, day, year by name); only used to read them from POST."""

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
    text = ascii_digits(text)  # a Dari keyboard types ۱۵
    return int(text) if text.isascii() and text.isdigit() else None


def read_date(texts) -> dt.date | None:
    """The date the three texts (month, day, year) make; None when all are blank.

    Raises a ValidationError naming the wrong part (in the order the page asks for them)."""
    texts = [str(part or "").strip() for part in (texts or ["", "", ""])]
    texts += [""] * (3 - len(texts))
    if not any(texts):
        return None
    typed = dict(zip(PARTS, texts, strict=False))
    missing = tuple(part for part in input_order() if not typed[part])
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
    return dt.date(year, month, day)


class DateField(forms.Field):
    """A date from month, day and year; cleans to 'YYYY-MM-DD' or None when left blank."""

    widget = DateWidget
    default_error_messages = {"required": _("Enter a date.")}
    birth_date = False  # True: the boxes offer the browser's bday-* autofill
    example: dt.date | None = None  # the date the hint's example shows (day above 12)

    def __init__(self, *args, when: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.when = when  # None, "future" (today or later) or "past" (today or earlier)

    def to_python(self, value):
        if isinstance(value, str):
            return value or None
        day = read_date(value)
        return day.isoformat() if day else None

    def validate(self, value):
        super().validate(value)
        if not value or self.when is None:
            return
        day = dt.date.fromisoformat(value)
        if self.when == "future" and day < today():
            raise _error(_PASSED, PARTS)
        if self.when == "past" and day > today():
            raise _error(_NOT_YET, PARTS)


def example_text(day: dt.date) -> str:
    """'For example: 27 3 2027 (27 de marzo de 2027).' in the page's language and box order."""
    numbers = {"month": day.month, "day": day.day, "year": day.year}
    typed = " ".join(str(numbers[part]) for part in input_order())
    return gettext(_EXAMPLE) % {"typed": typed, "date": formats.date_format(day)}


def read_back(day: dt.date) -> str:
    """The date as the page's language writes it, in a sentence: 'You entered March 27, 2027.'"""
    return gettext(_READ_BACK) % {"date": formats.date_format(day)}


@functools.lru_cache(maxsize=32)
def _read_back_templates(language: str) -> str:
    """For site.js: the read-back sentence of each month, with {day} and {year} to fill in
    (as JSON). Made from the server's own words, so script and server say the same."""
    templates = []
    for month in range(1, 13):
        sentence = read_back(dt.date(1999, month, 28))
        templates.append(sentence.replace("1999", "{year}").replace("28", "{day}"))
    return json.dumps(templates, ensure_ascii=False)


def date_row(row: dict, bound, field: DateField, error: ValidationError | None) -> None:
    """Add what question.html needs to draw the three boxes to a step form's row."""
    value = bound.value()
    texts = value if isinstance(value, list | tuple) else DateWidget().decompress(value)
    texts = [str(texts[index] or "") if index < len(texts) else "" for index in range(3)]
    wrong = error_parts(error) if error is not None else ()
    html_id = row["id"]
    row["parts"] = [
        {
            "part": part,
            "name": f"{bound.html_name}_{PARTS.index(part)}",
            "id": f"{html_id}_{PARTS.index(part)}",
            "label": PART_LABELS[part],
            "value": texts[PARTS.index(part)],
            "width": PART_WIDTHS[part],
            "error": part in wrong,
            "autocomplete": BIRTHDAY_AUTOCOMPLETE[part] if field.birth_date else "",
        }
        for part in input_order()
    ]
    first_wrong = next((p for p in row["parts"] if p["error"]), row["parts"][0])
    row["anchor"] = first_wrong["id"]
    example = example_text(field.example or EXAMPLE_DAY)
    row["hint"] = f"{example} {row['hint']}" if row.get("hint") else example
    row["hint_id"] = f"{html_id}-hint"
    try:
        typed_day = read_date(texts)
    except ValidationError:
        typed_day = None
    row["read_back"] = read_back(typed_day) if typed_day else ""
    row["read_back_id"] = f"{html_id}-read-back"
    row["read_back_templates"] = _read_back_templates(get_language() or "en")
