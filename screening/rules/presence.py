"""Unlawful presence (INA 212(a)(9)(B)): the day it starts counting, the days counted up to
`as_of`, the 180th-day deadline and the `unlawful_presence_bars` flag.

More than 180 days, then a departure, bars coming back for 3 years (a year or more: 10 years).
The count starts (`up_start`, day 1):
- paroled: the day after parole ended (parole_end.py); with TPS that ended later, the day after
  the TPS end; none while TPS lasts;
- entered without inspection or released from custody (an I-220A release is not parole): the
  day of arrival (`in_us_since`); with TPS, the day after the TPS end (earlier time counts too);
- admitted after an overstay: not counted here (the day the permitted stay ended is not asked).
Not counted: under 18 (no flag); from the day a bona fide asylum application or a properly
filed I-485 was filed, while pending (INA 212(a)(9)(B)(iii); 9 FAM 302.11-3(B)(1)(b)(5)). The
filing day itself is counted, so that the 180th day is never a day late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .context import Context
from .knowledge.after_parole import INA_212A9B, UNLAWFUL_PRESENCE_BAR_DAYS
from .knowledge.presence import UP_PAROLE, UP_TPS
from .parole_end import parole_end_info
from .text import Text, _
from .tps_status import tps_current, tps_end, tps_holder

NOT_PAROLED_ENTRIES = ("without_inspection", "released_from_custody")


@dataclass(frozen=True)
class UpStart:
    """Where the count starts. `day` None: it has not started (`current` status) or is unknown."""

    cause: str  # parole, tps, entry, tps_current, tps_unknown, unknown_entry_day, overstay
    day: dt.date | None
    source: str
    confidence: str  # "S" when it rests on parole or TPS time
    why: Text | None = None  # the sentence that says why it counts from that day
    before_tps_counts: bool = False  # entered without admission: time before the TPS grant counts


WHY_PAROLE = Text(
    _("That is the day after your parole ended."),
    client=_("That is the day after the client's parole ended."),
)
WHY_PAROLE_TPS = Text(
    _(
        "That is the day after your TPS ended: time in TPS is reported not to count, because "
        "USCIS guidance treats a TPS holder as in lawful status while TPS lasts. Any time "
        "between the end of your parole and your TPS grant may count too."
    ),
    client=_(
        "That is the day after the client's TPS ended: time in TPS is reported not to count, "
        "because USCIS guidance treats a TPS holder as in lawful status while TPS lasts. Any "
        "time between the end of the client's parole and the TPS grant may count too."
    ),
)
WHY_ENTRY = Text(
    _(
        "That is the day you arrived without being admitted; if you were under 18 then, it "
        "counts only from your 18th birthday."
    ),
    client=_(
        "That is the day the client arrived without being admitted; if the client was under "
        "18 then, it counts only from the client's 18th birthday."
    ),
)
WHY_RELEASED = Text(
    _(
        "That is the day you arrived: a release from custody (for example on Form I-220A) is "
        "not parole, so the time since then counts; if you were under 18 then, it counts only "
        "from your 18th birthday."
    ),
    client=_(
        "That is the day the client arrived: a release from custody (for example on Form "
        "I-220A) is not parole, so the time since then counts; if the client was under 18 then, "
        "it counts only from the client's 18th birthday."
    ),
)
WHY_ENTRY_TPS = Text(
    _(
        "That is the day after your TPS ended: time in TPS is reported not to count, because "
        "USCIS guidance treats a TPS holder as in lawful status while TPS lasts. Time here "
        "before your TPS grant counts too (from age 18)."
    ),
    client=_(
        "That is the day after the client's TPS ended: time in TPS is reported not to count, "
        "because USCIS guidance treats a TPS holder as in lawful status while TPS lasts. Time "
        "here before the client's TPS grant counts too (from age 18)."
    ),
)


def up_start(ctx: Context) -> UpStart | None:
    """Where the person's unlawful presence starts counting; None when the rules have no case
    for them (outside the U.S., under 18, admitted without an overstay, entry unknown)."""
    if not ctx.inside or ctx.get("beneficiary_is_minor") is True:
        return None
    entry = ctx.get("entry")
    holder = tps_holder(ctx)
    current = tps_current(ctx) if holder else False
    end = tps_end(ctx) if holder else None
    tps_source = f"{UP_TPS}; {end.source}" if end else UP_TPS
    if holder and current is None and entry in ("paroled", *NOT_PAROLED_ENTRIES):
        # TPS held, its end not known: so is the count
        before = entry in NOT_PAROLED_ENTRIES
        return UpStart("tps_unknown", None, UP_TPS, "S", before_tps_counts=before)
    if entry == "paroled":
        parole = parole_end_info(ctx)
        if holder and current:
            return UpStart("tps_current", None, UP_TPS, "S")
        if holder and end and end.day and (parole is None or end.day > parole.last_day):
            return UpStart("tps", end.day + dt.timedelta(days=1), tps_source, "S", WHY_PAROLE_TPS)
        if parole is None:
            return None  # the end of parole is not known: nothing to count from
        return UpStart("parole", parole.day_after, f"{UP_PAROLE}; {parole.source}", "S", WHY_PAROLE)
    if entry in NOT_PAROLED_ENTRIES:
        if holder and current:
            return UpStart("tps_current", None, UP_TPS, "S", before_tps_counts=True)
        if holder and end and end.day:
            day = end.day + dt.timedelta(days=1)
            return UpStart("tps", day, tps_source, "S", WHY_ENTRY_TPS, before_tps_counts=True)
        since = ctx.get("in_us_since")
        if since is None:
            return UpStart("unknown_entry_day", None, INA_212A9B, "C")
        why = WHY_RELEASED if entry == "released_from_custody" else WHY_ENTRY
        return UpStart("entry", since, INA_212A9B, "C", why)
    if entry == "admitted" and "prior_overstay" in ctx.a.items("risk_factors"):
        return UpStart("overstay", None, INA_212A9B, "C")
    return None


@dataclass(frozen=True)
class Count:
    start: UpStart
    day_180: dt.date | None  # the first day with more than 180 days counted (start + 180)
    stop: dt.date | None  # a known filing that stops the count (the earlier of the two)
    stop_unknown: str | None  # "i589" or "i485": pending, its filing day not given
    over: bool | None  # more than 180 days counted on `as_of`; None: not known


def _stops(ctx: Context) -> tuple[dt.date | None, str | None]:
    pending = set(ctx.a.items("pending_applications"))
    known, unknown = [], None
    for app, key in (("i589", "asylum_filed_on"), ("i485", "i485_filed_on")):
        if app not in pending:
            continue
        if ctx.get(key) is not None:
            known.append(ctx.get(key))
        elif unknown is None:
            unknown = app
    return (min(known) if known else None), unknown


def count(ctx: Context) -> Count | None:
    start = up_start(ctx)
    if start is None:
        return None
    if start.day is None:
        over = False if start.cause == "tps_current" else None
        return Count(start, None, None, None, over)
    day_180 = start.day + dt.timedelta(days=UNLAWFUL_PRESENCE_BAR_DAYS)
    stop, stop_unknown = _stops(ctx)
    last_counted = min(ctx.as_of, stop) if stop else ctx.as_of
    if last_counted < day_180:
        over = False
    elif stop_unknown:
        over = None  # more than 180 days unless the pending application was filed in time
    else:
        over = True
    return Count(start, day_180, stop, stop_unknown, over)
