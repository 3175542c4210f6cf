"""The dates that matter, as people read them: the timeline the result page, the PDF and the case
page show (the deadline ids' words are in `labels.DEADLINES`), and how far away a day is.

The rules decide the dates (screening/rules/deadlines.py); this module only names them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from screening.result.labels import DEADLINES, name
from screening.rules.assessment import Deadline
from screening.rules.deadlines import opens


def deadline_name(deadline_id: str | None, about_client: bool = False) -> Any:
    """The words for a deadline id (`labels.DEADLINES`), or the id itself for a newer rule not
    named there yet."""
    return name(DEADLINES, deadline_id or None, about_client)


def days_away(day: dt.date, today: dt.date) -> str:
    """'today', 'in 12 days' or '3 days ago', as a whole translated phrase."""
    days = (day - today).days
    if days == 0:
        return str(_("today"))
    if days > 0:
        return ngettext("in %(days)d day", "in %(days)d days", days) % {"days": days}
    return ngettext("%(days)d day ago", "%(days)d days ago", -days) % {"days": -days}


def timeline(
    deadlines: Iterable[Deadline], today: dt.date, about_client: bool = False
) -> list[dict[str, Any]]:
    """Rows {deadline, id, name, date, passed, opens, when} for the timeline partial, soonest
    first; `opens` marks a day a waiting period is met, which once passed is reached, not missed."""
    return [
        {
            "deadline": d,
            "id": d.id,
            "name": deadline_name(d.id, about_client),
            "date": d.date,
            "passed": d.date < today,
            "opens": opens(d.id),
            "when": days_away(d.date, today),
        }
        for d in sorted(deadlines, key=lambda d: d.date)
    ]


def has_upcoming(rows: list[dict[str, Any]]) -> bool:
    """Whether a calendar of these rows would hold anything (passed days are left out of it)."""
    return any(not row["passed"] for row in rows)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def day_text(value: str | None) -> str:
    """An ISO date from a stored result, in words (DATE_FORMAT)."""
    day = _day(value)
    return date_format(day) if day else ""


def moved_words(old: str | None, new: str | None) -> str:
    """How a deadline moved between two results (ISO dates, None where absent), in a sentence."""
    before, after = _day(old), _day(new)
    if before == after:
        return ""
    if before is None:
        return gettext("New deadline: %(new)s.") % {"new": date_format(after)}
    if after is None:
        return gettext("No longer a deadline (it was %(old)s).") % {"old": date_format(before)}
    days = (after - before).days
    params = {"old": date_format(before), "new": date_format(after), "days": abs(days)}
    if days > 0:
        return (
            ngettext(
                "Moved %(days)d day later, from %(old)s to %(new)s.",
                "Moved %(days)d days later, from %(old)s to %(new)s.",
                days,
            )
            % params
        )
    return (
        ngettext(
            "Moved %(days)d day earlier, from %(old)s to %(new)s.",
            "Moved %(days)d days earlier, from %(old)s to %(new)s.",
            -days,
        )
        % params
    )
