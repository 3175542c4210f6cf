"""Urgency: emergency, urgent or standard, from the medical facts and the nearest date."""

from __future__ import annotations

from collections.abc import Iterable

from .assessment import Deadline
from .context import Context
from .detention import detained_urgency
from .text import Message, _

# The deadlines that make a case urgent (deadlines.py); a parole end counts until it has passed.
URGENCY_DEADLINES = frozenset({"needed_by", "court_date", "parole_ends"})


def _urgency(ctx: Context, deadlines: Iterable[Deadline]) -> tuple[str, Message | None]:
    if held := detained_urgency(ctx):  # in custody: ask ICE now, a lawyer now, sign nothing
        return held
    if ctx.get("medical_life_threatening") is True:
        return "emergency", Message(_("The medical condition is life-threatening."))
    if ctx.get("relative_condition") == "death_imminent":
        return "emergency", Message(_("A family member's death is imminent."))
    days_that_matter = [
        d.date
        for d in deadlines
        if d.id in URGENCY_DEADLINES and not (d.id == "parole_ends" and d.date < ctx.as_of)
    ]
    if ctx.get("donation_date") is not None:  # a donation's date is no deadline to list
        days_that_matter.append(ctx.get("donation_date"))
    if not days_that_matter:
        return "standard", None
    day = min(days_that_matter)
    days = (day - ctx.as_of).days
    params = {"date": day.isoformat(), "days": days}
    if days < 0:
        return "emergency", Message(_("The date that matters ({date}) has already passed."), params)
    if days == 0:
        return "emergency", Message(_("The date that matters ({date}) is today."), params)
    if days <= 30:
        return "emergency", Message(
            _("The date that matters ({date}) is {days} days away."), params
        )
    if days <= 90:
        return "urgent", Message(_("The date that matters ({date}) is {days} days away."), params)
    return "standard", None
