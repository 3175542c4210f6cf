"""Urgency: emergency, urgent or standard, from the medical facts and the nearest date."""

from __future__ import annotations

from collections.abc import Iterable

from .assessment import Deadline
from .context import Context
from .text import Message, _

# The deadlines that make a case urgent (deadlines.py); a parole end counts until it has passed.
URGENCY_DEADLINES = frozenset(
    {"needed_by", "court_date", "parole_ends", "treatment_date", "donation_date"}
)
# Deadlines that make a case at most `urgent` when still to come within 90 days: never an
# emergency on their own, so no expedite request is named for them.
URGENT_AT_MOST = frozenset({"unlawful_presence_180_days", "tps_ends", "court_address_change_due"})
URGENT_WITHIN_DAYS = 90


def _urgency(ctx: Context, deadlines: Iterable[Deadline]) -> tuple[str, Message | None]:
    if ctx.get("medical_life_threatening") is True:
        return "emergency", Message(_("The medical condition is life-threatening."))
    if ctx.get("relative_condition") == "death_imminent":
        return "emergency", Message(_("A family member's death is imminent."))
    deadlines = tuple(deadlines)
    days_that_matter = [
        d.date
        for d in deadlines
        if d.id in URGENCY_DEADLINES and not (d.id == "parole_ends" and d.date < ctx.as_of)
    ]
    if not days_that_matter:
        return _urgent_at_most(ctx, deadlines)
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
    return _urgent_at_most(ctx, deadlines)


def _urgent_at_most(ctx: Context, deadlines: Iterable[Deadline]) -> tuple[str, Message | None]:
    """`urgent` when a deadline of `URGENT_AT_MOST` is still to come within 90 days."""
    coming = sorted(
        d.date
        for d in deadlines
        if d.id in URGENT_AT_MOST and 0 <= (d.date - ctx.as_of).days <= URGENT_WITHIN_DAYS
    )
    if not coming:
        return "standard", None
    day = coming[0]
    params = {"date": day.isoformat(), "days": (day - ctx.as_of).days}
    return "urgent", Message(_("The date that matters ({date}) is {days} days away."), params)
