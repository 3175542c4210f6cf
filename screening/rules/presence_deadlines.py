"""The dates of unlawful presence, TPS and the asylum deadline:
`unlawful_presence_180_days` (presence_flag.py), `tps_ends`, `asylum_one_year` and
`asylum_reasonable_period_starts`.

The one-year asylum deadline (INA 208(a)(2)(B)) runs from the last arrival; from 29 February it
falls on 28 February, the earlier possible day, so that no one files late. Keeping parole or TPS
is an extraordinary circumstance that can excuse a late filing made within a reasonable period
after it ends (8 CFR 208.4(a)(5)(iv)); that period is not fixed (Matter of T-M-H- & S-W-C-).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .assessment import Alternative, Deadline
from .context import Context
from .knowledge.presence import ASYLUM_CHILDREN, ASYLUM_ONE_YEAR, REASONABLE_PERIOD
from .parole_end import parole_end_info
from .presence_flag import unlawful_presence_deadline
from .text import Message, Text, _
from .tps_status import tps_end

ONE_DAY = dt.timedelta(days=1)


def asylum_one_year_day(since: dt.date) -> dt.date:
    """One year after the last arrival; from 29 February, 28 February (never a day late)."""
    try:
        return since.replace(year=since.year + 1)
    except ValueError:
        return dt.date(since.year + 1, 2, 28)


def _status_end(ctx: Context) -> tuple[str, dt.date | None] | None:
    """The later end of the person's parole and TPS: ("parole" | "tps", its last day; None: no
    end set). None when the person holds neither."""
    ends: list[tuple[str, dt.date | None]] = []
    parole = parole_end_info(ctx)
    if parole is not None:
        ends.append(("parole", parole.last_day))
    tps = tps_end(ctx)
    if tps is not None:
        ends.append(("tps", tps.day))
    if not ends:
        return None
    return max(ends, key=lambda e: dt.date.max if e[1] is None else e[1])


LASTS = {
    "parole": Text(
        _(
            "Keeping parole is an extraordinary circumstance that can excuse a late filing if you "
            "file within a reasonable period after your parole ends; the officer or judge decides "
            "case by case and the period is not fixed. File before your parole ends if you can."
        ),
        client=_(
            "Keeping parole is an extraordinary circumstance that can excuse a late filing if the "
            "client files within a reasonable period after the parole ends; the officer or judge "
            "decides case by case and the period is not fixed. File before the client's parole "
            "ends if possible."
        ),
    ),
    "tps": Text(
        _(
            "Keeping TPS is an extraordinary circumstance that can excuse a late filing if you "
            "file within a reasonable period after your TPS ends; the officer or judge decides "
            "case by case and the period is not fixed. File before your TPS ends if you can."
        ),
        client=_(
            "Keeping TPS is an extraordinary circumstance that can excuse a late filing if the "
            "client files within a reasonable period after the TPS ends; the officer or judge "
            "decides case by case and the period is not fixed. File before the client's TPS "
            "ends if possible."
        ),
    ),
}
ENDED = Text(
    _(
        "The year has passed, but the time you held parole or TPS can excuse it if you file "
        "within a reasonable period after it ended (see the next date): file as soon as you can."
    ),
    client=_(
        "The year has passed, but the time the client held parole or TPS can excuse it if the "
        "client files within a reasonable period after it ended (see the next date): file as "
        "soon as possible."
    ),
)
PASSED = Text(
    _(
        "The year has passed: ask a lawyer now whether an exception applies. Withholding of "
        "removal and protection under the Convention against Torture have no such deadline."
    ),
    client=_(
        "The year has passed: the client should ask a lawyer now whether an exception applies. "
        "Withholding of removal and protection under the Convention against Torture have no "
        "such deadline."
    ),
)
FILE_BY = Text(
    _("If you fear persecution, file Form I-589 by this day; a lawyer can help you prepare it."),
    client=_(
        "If the client fears persecution, file Form I-589 by this day; a lawyer can help prepare "
        "it."
    ),
)
CHILD = Text(
    _(
        "A child who came without a parent or legal guardian (an unaccompanied child) is not "
        "bound by this deadline; a lawyer checks. Otherwise, file Form I-589 by this day if you "
        "fear persecution."
    ),
    client=_(
        "A child who came without a parent or legal guardian (an unaccompanied child) is not "
        "bound by this deadline; a lawyer checks. Otherwise, file Form I-589 by this day if the "
        "client fears persecution."
    ),
)

# While held by ICE no text says to file or to file soon: the lawyer and the judge come first.
DETAINED = Text(
    _(
        "You are held in immigration custody: ask a lawyer now how to ask the immigration judge "
        "for asylum (Form I-589) and what this day means for you."
    ),
    client=_(
        "The client is held in immigration custody: ask a lawyer now how to ask the immigration "
        "judge for asylum (Form I-589) and what this day means for the client."
    ),
)


def _asylum(ctx: Context, alternatives: Iterable[Alternative]) -> list[Deadline]:
    since = ctx.get("in_us_since")
    offered = any(a.id == "asylum" for a in alternatives)
    if not ctx.inside or not offered or since is None:
        return []
    if "i589" in ctx.a.items("pending_applications"):
        return []
    day = asylum_one_year_day(since)
    status = _status_end(ctx)
    beyond = status is not None and (status[1] is None or status[1] > day)
    ended = beyond and status[1] is not None and status[1] < ctx.as_of
    source = ASYLUM_ONE_YEAR
    if ctx.get("detained") is True:
        todo = DETAINED
    elif ctx.get("beneficiary_is_minor") is True:
        todo, source = CHILD, f"{ASYLUM_ONE_YEAR}; {ASYLUM_CHILDREN}"
    elif day >= ctx.as_of:
        todo = FILE_BY
    elif ended:
        todo, source = ENDED, f"{ASYLUM_ONE_YEAR}; {REASONABLE_PERIOD}"
    elif beyond:
        todo, source = LASTS[status[0]], f"{ASYLUM_ONE_YEAR}; {REASONABLE_PERIOD}"
    else:
        todo = PASSED
    found = [
        Deadline(
            Text(
                _(
                    "One year since your last arrival: asylum must usually be asked for by "
                    "this day."
                ),
                client=_(
                    "One year since the client's last arrival: asylum must usually be asked for "
                    "by this day."
                ),
            ),
            id="asylum_one_year",
            date=day,
            todo=Message(todo),
            source=source,
        )
    ]
    if ended:
        found.append(_reasonable_period(ctx, status[0], status[1] + ONE_DAY))
    return found


def _reasonable_period(ctx: Context, kind: str, day: dt.date) -> Deadline:
    happens = {
        "parole": Text(
            _(
                "Your parole ended the day before. A late asylum filing can be excused for the "
                "time you held parole only if you file within a reasonable period from this day."
            ),
            client=_(
                "The client's parole ended the day before. A late asylum filing can be excused "
                "for the time the client held parole only if it is filed within a reasonable "
                "period from this day."
            ),
        ),
        "tps": Text(
            _(
                "Your TPS ended the day before. A late asylum filing can be excused for the time "
                "you held TPS only if you file within a reasonable period from this day."
            ),
            client=_(
                "The client's TPS ended the day before. A late asylum filing can be excused for "
                "the time the client held TPS only if it is filed within a reasonable period "
                "from this day."
            ),
        ),
    }[kind]
    parole = parole_end_info(ctx)
    chnv = kind == "parole" and parole is not None and parole.cause == "program_termination"
    todo = (
        Text(
            _(
                "File as soon as you can: the period's length is not fixed and the officer or "
                "judge decides case by case. Counted from the later end of CHNV parole that a "
                "court's pause allows (2025-05-30), it would start on 2025-05-31; a lawyer "
                "confirms which day counts."
            ),
            client=_(
                "File as soon as possible: the period's length is not fixed and the officer or "
                "judge decides case by case. Counted from the later end of CHNV parole that a "
                "court's pause allows (2025-05-30), it would start on 2025-05-31; a lawyer "
                "confirms which day counts."
            ),
        )
        if chnv and ctx.as_of >= dt.date(2025, 5, 30)
        else Text(
            _(
                "File as soon as you can: the period's length is not fixed and the officer or "
                "judge decides case by case."
            ),
            client=_(
                "File as soon as possible: the period's length is not fixed and the officer or "
                "judge decides case by case."
            ),
        )
    )
    if ctx.get("detained") is True:
        todo = DETAINED
    return Deadline(
        happens,
        id="asylum_reasonable_period_starts",
        date=day,
        todo=Message(todo),
        source=REASONABLE_PERIOD,
        confidence="S",
    )


def _tps(ctx: Context) -> list[Deadline]:
    end = tps_end(ctx)
    if end is None or end.day is None:
        return []
    if end.from_answer:
        happens = Text(
            _("Your TPS ends on this day (its last day)."),
            client=_("The client's TPS ends on this day (its last day)."),
        )
    else:
        happens = Text(
            _(
                "TPS for your country ends on this day, as far as the published notices say; "
                "check the date on your approval notice or work permit."
            ),
            client=_(
                "TPS for the client's country ends on this day, as far as the published notices "
                "say; check the date on the client's approval notice or work permit."
            ),
        )
    return [
        Deadline(
            happens,
            id="tps_ends",
            date=end.day,
            todo=Message(
                Text(
                    _(
                        "Re-register if USCIS extends TPS for your country (check uscis.gov/tps), "
                        "and talk to a lawyer before this day about what you can do when it ends: "
                        "from the next day, time here can count as unlawful presence."
                    ),
                    client=_(
                        "Re-register if USCIS extends TPS for the client's country (check "
                        "uscis.gov/tps), and talk to a lawyer before this day about what the "
                        "client can do when it ends: from the next day, time here can count as "
                        "unlawful presence."
                    ),
                )
            ),
            source=end.source,
            confidence=end.confidence,
        )
    ]


def presence_deadlines(ctx: Context, alternatives: Iterable[Alternative]) -> list[Deadline]:
    return [
        *unlawful_presence_deadline(ctx),
        *_tps(ctx),
        *_asylum(ctx, tuple(alternatives)),
    ]
