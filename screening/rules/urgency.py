"""Urgency: emergency, urgent or standard, from the medical facts and the nearest date."""

from __future__ import annotations

from .assessment import Message, _
from .context import Context


def _urgency(ctx: Context) -> tuple[str, Message | None]:
    if ctx.get("medical_life_threatening") is True:
        return "emergency", Message(_("The medical condition is life-threatening."))
    if ctx.get("relative_condition") == "death_imminent":
        return "emergency", Message(_("A family member's death is imminent."))
    dates = {
        "needed_by": ctx.get("needed_by"),
        "court_date": ctx.get("court_date"),
        "donation_date": ctx.get("donation_date"),
    }
    if ctx.parole_expired() is False:
        dates["parole_expires_on"] = ctx.get("parole_expires_on")
    deadlines = [(day, key) for key, day in dates.items() if day is not None]
    if not deadlines:
        return "standard", None
    day, key = min(deadlines)
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
