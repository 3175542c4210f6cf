"""Answers checked against the schema: `Answers.from_dict` returns typed answers or raises one
`AnswersError` naming every bad key and why; `applicable_keys`, `ignored_keys` and `prune` say which
answers apply to the path taken."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .asked_when import Raw
from .schema import FIELDS, SCHEMA, Field

_COUNTRY = re.compile(r"[A-Z]{2}")  # used with fullmatch: "UA\n" is refused
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only


class AnswersError(ValueError):
    """Bad answers. `problems` maps every offending key to why it was refused."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(sorted(problems.items()))
        lines = [f"{key}: {why}" for key, why in self.problems.items()]
        super().__init__("invalid answers:\n" + "\n".join(lines))


def _check(field: Field, value: Any) -> tuple[Any, str | None]:
    """Return (typed value, None) or (None, why it is refused)."""
    kind = field.kind
    if kind == "enum":
        if not isinstance(value, str):
            return None, f"must be a string, one of: {', '.join(field.choices)}"
        if value not in field.choices:
            return None, f"{value!r} is not one of: {', '.join(field.choices)}"
        return value, None
    if kind == "enum_list":
        if not isinstance(value, list):
            return None, f"must be a list of: {', '.join(field.choices)}"
        bad = [item for item in value if not isinstance(item, str) or item not in field.choices]
        if bad:
            return None, f"{', '.join(map(repr, bad))} not in: {', '.join(field.choices)}"
        return tuple(dict.fromkeys(value)), None  # keeps order, drops repeats
    if kind == "bool":
        if not isinstance(value, bool):
            return None, "must be true or false"
        return value, None
    if kind == "date":
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            return None, "must be a date written YYYY-MM-DD"
        try:
            return dt.date.fromisoformat(value), None
        except ValueError:
            return None, f"{value!r} is not a real calendar date"
    if kind == "country":
        if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
            return None, "must be a two-letter ISO 3166-1 country code in upper case, like UA"
        return value, None
    if kind in ("integer", "number"):
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        if not numeric or (kind == "integer" and not whole):
            word = "a whole number" if kind == "integer" else "a number"
            return None, f"must be {word}"
        if value != value or value in (float("inf"), float("-inf")):
            return None, "must be a finite number"
        if field.minimum is not None and value < field.minimum:
            return None, f"must be at least {field.minimum:g}"
        if field.maximum is not None and value > field.maximum:
            return None, f"must be at most {field.maximum:g}"
        return (int(value) if kind == "integer" else value), None
    raise AssertionError(f"unknown kind {kind}")  # pragma: no cover


_GOAL_LOCATION = {
    "come_to_us": "outside_us",
    "stay_in_us": "inside_us",
    "travel_and_return": "inside_us",
}


@dataclass(frozen=True)
class Answers:
    """Validated answers. Missing keys are simply absent: the rules say what is unknown."""

    values: Mapping[str, Any]

    @classmethod
    def from_dict(cls, data: Any) -> Answers:
        if not isinstance(data, Mapping):
            raise AnswersError({"(answers)": "must be a JSON object of answer keys"})
        problems: dict[str, str] = {}
        values: dict[str, Any] = {}
        for key, raw in data.items():
            field = FIELDS.get(key)
            if field is None:
                problems[str(key)] = "unknown answer key"
                continue
            if raw is None:  # an explicit null is the same as not answered
                continue
            value, why = _check(field, raw)
            if why:
                problems[key] = why
            else:
                values[key] = value
        location, goal = values.get("location"), values.get("goal")
        if location and goal and _GOAL_LOCATION[goal] != location:
            problems["goal"] = f"{goal!r} does not fit location {location!r}"
        if problems:
            raise AnswersError(problems)
        return cls(values)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def has(self, key: str) -> bool:
        return key in self.values

    def items(self, key: str) -> tuple[str, ...]:
        """A list answer as a tuple (empty when missing)."""
        return tuple(self.values.get(key, ()))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready answers in schema order (dates as YYYY-MM-DD, lists as lists)."""
        out: dict[str, Any] = {}
        for field in SCHEMA:
            if field.key in self.values:
                value = self.values[field.key]
                if isinstance(value, dt.date):
                    value = value.isoformat()
                elif isinstance(value, tuple):
                    value = list(value)
                out[field.key] = value
        return out


def applicable_keys(raw: Raw) -> set[str]:
    """Keys that are asked given these (raw, JSON-shaped) answers."""
    return {field.key for field in SCHEMA if field.applies(raw)}


def ignored_keys(raw: Raw) -> list[str]:
    """Answered keys that do not apply to the path taken, in schema order."""
    return [f.key for f in SCHEMA if f.key in raw and raw[f.key] is not None and not f.applies(raw)]


def prune(raw: Raw) -> dict[str, Any]:
    """The answers without those that no longer apply (applied until nothing changes)."""
    current = {k: v for k, v in raw.items() if v is not None}
    while True:
        kept = {k: v for k, v in current.items() if k not in FIELDS or FIELDS[k].applies(current)}
        if kept == current:
            return kept
        current = kept
