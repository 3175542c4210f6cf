"""The facts register: every dated value the rules hold, read from `screening/rules/knowledge/`.

Nothing here is written by hand per fact. Each knowledge module is a concern (its docstring's
first line is its title); every `Series` it defines, alone or inside a dict, a tuple or a
dataclass (a form's editions), is a fact, and each of its `Dated` entries is one value with its
dates, source, confidence and the day it was verified. A new module, series or entry appears
here with no change to this code. Plain Python (no Django), so `make docs` can write
`docs/facts.md` and the staff page `/staff/facts/` reads the same objects.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from screening.rules import knowledge
from screening.rules.knowledge.base import EARLIEST, Dated, Series
from screening.rules.text import about_client

SKIPPED_MODULES = ("base",)  # the building blocks and the short citations: no dated value


@dataclass(frozen=True)
class Entry:
    """One value of a fact: in force from `starts` (None: before the next entry, its start not
    recorded) until `ends` (the day before the next entry; None: still in force)."""

    starts: dt.date | None
    ends: dt.date | None
    dated: Dated

    @property
    def value(self) -> Any:
        return self.dated.value

    @property
    def source(self) -> str:
        return self.dated.source

    @property
    def confidence(self) -> str:
        return self.dated.confidence

    @property
    def verified_on(self) -> dt.date:
        return self.dated.verified_on

    @property
    def note(self) -> str:
        """The note in its words about the client, where it has them: the register is read by
        staff and attorneys, never by the applicant."""
        return about_client(self.dated.note)

    def holds_on(self, day: dt.date) -> bool:
        return (self.starts is None or self.starts <= day) and (
            self.ends is None or day <= self.ends
        )


@dataclass(frozen=True)
class Fact:
    concern: str  # the knowledge module
    name: str  # where it is defined: PAROLE_FEE, PROGRAMS['u4u'], FORMS['I-131'].editions
    id: str  # the series' id
    what: str  # what it is, in words
    entries: tuple[Entry, ...]

    def on(self, day: dt.date) -> Entry | None:
        return next((e for e in self.entries if e.holds_on(day)), None)


@dataclass(frozen=True)
class Concern:
    module: str
    title: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Change:
    """A fact's value that took effect on `day`, with the value it replaced (None: the first)."""

    day: dt.date
    fact: Fact
    entry: Entry
    before: Entry | None


def words(identifier: str) -> str:
    """An id as words: 'advance_parole_is_departure' -> 'Advance parole is departure'."""
    text = identifier.replace("_", " ").strip()
    return text.upper() if len(text) <= 4 else text[:1].upper() + text[1:]


def _entries(series: Series) -> tuple[Entry, ...]:
    values = series.values
    entries = []
    for index, dated in enumerate(values):
        following = values[index + 1] if index + 1 < len(values) else None
        starts = None if dated.effective_from == EARLIEST else dated.effective_from
        ends = following.effective_from - dt.timedelta(days=1) if following else None
        entries.append(Entry(starts, ends, dated))
    return tuple(entries)


def _series_in(value: Any, name: str) -> Iterator[tuple[str, str | None, Series]]:
    """(where, the key it sits under, series) for every Series in a module-level value."""
    if isinstance(value, Series):
        yield name, None, value
    elif isinstance(value, dict):
        for key, item in value.items():
            for where, inner_key, series in _series_in(item, f"{name}[{key!r}]"):
                yield where, inner_key or str(key), series
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _series_in(item, f"{name}[{index}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _series_in(getattr(value, field.name), f"{name}.{field.name}")


def _what(series: Series, key: str | None) -> str:
    if series.description:
        return series.description
    if key and key not in series.id:
        return f"{words(series.id)}: {key}"
    return words(series.id)


def _modules() -> Iterator[Any]:
    for info in sorted(pkgutil.iter_modules(knowledge.__path__), key=lambda m: m.name):
        if info.name not in SKIPPED_MODULES:
            yield importlib.import_module(f"{knowledge.__name__}.{info.name}")


def concerns() -> tuple[Concern, ...]:
    """Every knowledge module with its facts, in the order each module defines them."""
    found, seen = [], set()
    for module in _modules():
        facts = []
        for name, value in vars(module).items():
            if name.startswith("_"):
                continue
            for where, key, series in _series_in(value, name):
                if id(series) in seen:
                    continue  # imported from another module: listed where it is defined
                seen.add(id(series))
                concern = module.__name__.rsplit(".", 1)[-1]
                what = _what(series, key)
                facts.append(Fact(concern, where, series.id, what, _entries(series)))
        if facts:
            title = " ".join((module.__doc__ or module.__name__).strip().split("\n\n")[0].split())
            found.append(Concern(module.__name__.rsplit(".", 1)[-1], title, tuple(facts)))
    return tuple(found)


def all_facts() -> tuple[Fact, ...]:
    return tuple(fact for concern in concerns() for fact in concern.facts)


def changes(after: dt.date | None = None, until: dt.date | None = None) -> list[Change]:
    """Every value that took effect after `after` and on or before `until` (either open),
    oldest first; a value in force from the start of the record is not a change."""
    found = []
    for fact in all_facts():
        for index, entry in enumerate(fact.entries):
            if entry.starts is None:
                continue
            if (after is None or entry.starts > after) and (until is None or entry.starts <= until):
                before = fact.entries[index - 1] if index else None
                found.append(Change(entry.starts, fact, entry, before))
    return sorted(found, key=lambda c: (c.day, c.fact.concern, c.fact.name))


# ---------------------------------------------------------------------------------------------
# A value in words (English: amounts, dates, ids and country codes read the same in any language)


def value_text(value: Any, empty: str = "none") -> str:
    """A dated value as plain text: amounts with $, dates as YYYY-MM-DD, lists sorted, a record
    as 'name: value' pairs (its empty parts left out)."""
    if value is None:
        return empty
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.replace("_", " ") if value.isidentifier() else value
    if isinstance(value, frozenset | set | tuple | list):
        items = sorted(value) if isinstance(value, frozenset | set) else list(value)
        return ", ".join(value_text(item) for item in items) or empty
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = []
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if item is None or item in (frozenset(), ()):
                continue
            label = field.name.removesuffix("_usd").replace("_", " ")
            shown = f"${item:,}" if field.name.endswith("_usd") else value_text(item)
            parts.append(f"{label}: {shown}")
        return "; ".join(parts) or empty
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return str(value)
