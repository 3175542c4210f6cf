""" "Add to calendar": the deadlines of one screening as an iCalendar (.ics) file, made with the
`icalendar` library on request and stored nowhere.

Each event carries only the deadline: its name, its day and what to do before it (the rules'
general sentences, never an answer), plus, for staff, the case reference. No name, contact,
A-number or answer goes in. The UID is built from the reference (if any), the deadline id and
its day, so downloading again updates the same events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Alarm, Calendar, Event

from screening.result.timeline import deadline_name
from screening.rules.assessment import Deadline
from screening.templatetags.rules_text import rule_text

PRODID = "-//ParoleScreen//Deadlines//EN"
REMIND_DAYS_BEFORE = 7


def _event(deadline: Deadline, reference: str | None, stamp: dt.datetime):
    if reference:  # a case's calendar is read by staff: the words about the client
        deadline = deadline.for_client()
    name = str(deadline_name(deadline.id))
    summary = (
        gettext("%(reference)s: %(deadline)s") % {"reference": reference, "deadline": name}
        if reference
        else name
    )
    event = Event()
    prefix = f"{reference}-" if reference else ""
    event.add("uid", f"{prefix}{deadline.id}-{deadline.date.isoformat()}@parolescreen")
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.date)  # a date, not a time: an all-day event
    event.add("dtend", deadline.date + dt.timedelta(days=1))
    event.add("summary", summary)
    lines = [rule_text(deadline), rule_text(deadline.todo) if deadline.todo else ""]
    event.add("description", "\n".join(line for line in lines if line))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(days=-REMIND_DAYS_BEFORE))
    event.add_component(alarm)
    return event


def deadlines_ics(
    deadlines: Iterable[Deadline], today: dt.date, *, reference: str | None = None
) -> bytes:
    """The deadlines from `today` on as one calendar; passed ones are left out."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    stamp = timezone.now().replace(microsecond=0)
    for deadline in deadlines:
        if deadline.date >= today:
            calendar.add_component(_event(deadline, reference, stamp))
    return calendar.to_ical()


def download_name(reference: str | None = None) -> str:
    return f"deadlines-{reference}.ics" if reference else "parole-screening-dates.ics"
