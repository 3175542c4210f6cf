"""Urgency: emergency, urgent or standard, from the medical facts and the nearest date."""

from __future__ import annotations

from collections.abc import Iterable

from .assessment import Deadline
from .context import Context
from .detention import detained_urgency
from .text import Message, _

# The deadlines that make a case urgent (deadlines.py); a parole end counts until it has passed.
URGENCY_DEADLINES = frozenset(
    {"needed_by", "court_date", "parole_ends", "treatment_date", "donation_date"}
)
# Dates that make a case urgent when 90 days away or less, never an emergency on their own (so no
# expedite request is named for them): acting before them is the person's own step.
URGENT_ONLY_DEADLINES = frozenset(
    {"unlawful_presence_180_days", "tps_ends", "court_address_change_due"}
)
URGENT_WITHIN_DAYS = 90
URGENT_ONLY = _("An important date ({date}) is {days} days away.")


def _urgency(ctx: Context, deadlines: Iterable[Deadline]) -> tuple[str, Message | None]:
    if held := detained_urgency(ctx):  # in custody: ask ICE now, a lawyer now, sign nothing
        return held
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
        return _urgent_only(ctx, deadlines)
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
    return _urgent_only(ctx, deadlines)


def _urgent_only(ctx: Context, deadlines: Iterable[Deadline]) -> tuple[str, Message | None]:
    coming = sorted(
        d.date
        for d in deadlines
        if d.id in URGENT_ONLY_DEADLINES and 0 <= (d.date - ctx.as_of).days <= URGENT_WITHIN_DAYS
    )
    if not coming:
        return "standard", None
    params = {"date": coming[0].isoformat(), "days": (coming[0] - ctx.as_of).days}
    return "urgent", Message(URGENT_ONLY, params)


def expedite_urgency(urgency: str, reason: Message | None) -> str:
    """The urgency an expedite request may rest on: not a date that only makes a case urgent."""
    return "standard" if reason is not None and reason.message == URGENT_ONLY else urgency
