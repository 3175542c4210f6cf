"""When a person's parole ended (or ends): the one meaning every rule uses.

Parole ends at the end of its I-94 day (8 CFR 212.5(e)(1)), or sooner when DHS ended a
program's parole (knowledge/parole_end.py): CHNV parole not expired earlier ended on 2025-04-24
(90 FR 13611), the earlier of two contested days, so that no one is told too late. FRP
terminations are blocked by court orders, so the I-94 date holds. A Notice to Appear can end
parole too (8 CFR 212.5(e)(2)(i)); the date is not moved for it, but the text says so.

    parole_end(ctx)      -> the last day of parole, or None when unknown (or not paroled)
    parole_ended(ctx)    -> True / False on `as_of`, None when unknown
    parole_end_info(ctx) -> the day with why, its source and the sentences that qualify it
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import knowledge as K
from .assessment import Flag
from .knowledge.parole_end import CHNV_TERMINATION_FR, TERMINATIONS
from .text import Text, _

if TYPE_CHECKING:
    from .context import Context

NTA_ENDS_PAROLE = f"{K.CFR_212_5E2}; Matter of Q. Li, 29 I&N Dec. 66 (BIA 2025)"


@dataclass(frozen=True)
class ParoleEnd:
    last_day: dt.date  # the last day of parole
    ended_from: dt.date  # the first day on which it has ended
    cause: str  # "i94" or "program_termination"
    source: str
    notes: tuple[Text, ...] = ()  # whole sentences that qualify the day, for every text using it

    @property
    def day_after(self) -> dt.date:
        return self.last_day + dt.timedelta(days=1)


def _paroled(ctx: Context) -> bool:
    return ctx.get("entry") == "paroled"


def _termination(ctx: Context) -> K.Dated | None:
    series = TERMINATIONS.get(ctx.get("parole_program"))
    return None if series is None else series.on(ctx.as_of)


def _chnv_note(term: K.Dated) -> Text:
    if term.effective_from >= dt.date(2025, 5, 30):
        return Text(
            _(
                "A court paused the end of CHNV parole from 2025-04-14 until the Supreme Court "
                "lifted that pause on 2025-05-30, so your parole's end may be counted from "
                "2025-05-30 instead of 2025-04-24. These results use the earlier day; a "
                "lawyer confirms which day counts."
            ),
            client=_(
                "A court paused the end of CHNV parole from 2025-04-14 until the Supreme Court "
                "lifted that pause on 2025-05-30, so the client's parole's end may be counted "
                "from 2025-05-30 instead of 2025-04-24. These results use the earlier day; a "
                "lawyer confirms which day counts."
            ),
        )
    if term.value.stayed:
        return Text(
            _(
                "A court paused the end of CHNV parole on 2025-04-14; while the pause lasts, "
                "whether your parole ends on 2025-04-24 is disputed. These results use "
                "2025-04-24, the earlier day; a lawyer confirms which day counts."
            ),
            client=_(
                "A court paused the end of CHNV parole on 2025-04-14; while the pause lasts, "
                "whether the client's parole ends on 2025-04-24 is disputed. These results use "
                "2025-04-24, the earlier day; a lawyer confirms which day counts."
            ),
        )
    return Text(
        _(
            "DHS ended CHNV parole: a parole that has not run out earlier ends on 2025-04-24, "
            "whatever date your I-94 gives."
        ),
        client=_(
            "DHS ended CHNV parole: a parole that has not run out earlier ends on 2025-04-24, "
            "whatever date the client's I-94 gives."
        ),
    )


def _frp_note(term: K.Dated) -> Text:
    if term.value.enjoined:
        return Text(
            _(
                "DHS's end of FRP parole is blocked by court orders (since 2026-01-10; "
                "reported still in force on 2026-07-27, later not confirmed), so the date on "
                "your I-94 holds."
            ),
            client=_(
                "DHS's end of FRP parole is blocked by court orders (since 2026-01-10; "
                "reported still in force on 2026-07-27, later not confirmed), so the date on "
                "the client's I-94 holds."
            ),
        )
    return Text(
        _(
            "DHS announced that FRP parole ends on 2026-01-14 unless a green card application "
            "(Form I-485) was filed by 2025-12-15 or an exception is made: a lawyer checks "
            "which day applies to you."
        ),
        client=_(
            "DHS announced that FRP parole ends on 2026-01-14 unless a green card application "
            "(Form I-485) was filed by 2025-12-15 or an exception is made: a lawyer checks "
            "which day applies to the client."
        ),
    )


NTA_NOTE = Text(
    _(
        "A Notice to Appear can end parole on the day it is served unless it says otherwise; "
        "yours was served before your parole's end date, so a lawyer checks which day counts."
    ),
    client=_(
        "A Notice to Appear can end parole on the day it is served unless it says otherwise; "
        "the client's was served before the parole's end date, so a lawyer checks which day "
        "counts."
    ),
)


def parole_end_info(ctx: Context) -> ParoleEnd | None:
    """The day this person's parole ends (or ended), with why; None when not paroled or unknown."""
    if not _paroled(ctx):
        return None
    expires = ctx.get("parole_expires_on")
    term = _termination(ctx)
    notes: list[Text] = []
    program = ctx.get("parole_program")
    result: ParoleEnd | None = None
    if program == "chnv" and term is not None and term.value.ends_on is not None:
        ends = term.value.ends_on
        if expires is None or expires >= ends:
            # ended from the termination's own day (not the day after, as for an I-94 date)
            result = ParoleEnd(ends, ends, "program_termination", f"{CHNV_TERMINATION_FR}")
            notes.append(_chnv_note(term))
    elif program == "frp" and term is not None and term.effective_from > dt.date.min:
        notes.append(_frp_note(term))
    if result is None and expires is not None:
        result = ParoleEnd(expires, expires + dt.timedelta(days=1), "i94", K.CFR_212_5E1)
    if result is None:
        return None
    served = ctx.get("nta_served_on")
    if (
        "removal_proceedings" in ctx.a.items("risk_factors")
        and served is not None
        and expires is not None
        and served < expires
    ):
        notes.append(NTA_NOTE)
        result = ParoleEnd(
            result.last_day,
            result.ended_from,
            result.cause,
            f"{result.source}; {NTA_ENDS_PAROLE}",
        )
    return ParoleEnd(result.last_day, result.ended_from, result.cause, result.source, tuple(notes))


def parole_end(ctx: Context) -> dt.date | None:
    """The last day of the person's parole (past or future), or None when unknown."""
    info = parole_end_info(ctx)
    return None if info is None else info.last_day


def parole_ended(ctx: Context) -> bool | None:
    """Whether the parole has ended on `as_of`; None when its end is unknown."""
    info = parole_end_info(ctx)
    return None if info is None else ctx.as_of >= info.ended_from


def parole_expired_flag(ctx: Context) -> Flag:
    """`parole_expired` (stop): the day parole ended, with the sentences that qualify that day."""
    info = parole_end_info(ctx)
    assert info is not None  # raised only once parole has ended
    notes = dict(zip(("note", "more"), info.notes, strict=False))
    if not notes:
        message = Text(
            _(
                "Your parole ended on {date}. Parole ends "
                "automatically when its time runs out; get legal "
                "advice before doing anything else."
            ),
            client=_(
                "The client's parole ended on {date}. Parole ends "
                "automatically when its time runs out; the client "
                "needs legal advice before doing anything else."
            ),
        )
    elif len(notes) == 1:
        message = Text(
            _("Your parole ended on {date}. {note} Get legal advice before doing anything else."),
            client=_(
                "The client's parole ended on {date}. {note} The client needs legal advice "
                "before doing anything else."
            ),
        )
    else:
        message = Text(
            _(
                "Your parole ended on {date}. {note} {more} Get legal advice before doing "
                "anything else."
            ),
            client=_(
                "The client's parole ended on {date}. {note} {more} The client needs legal "
                "advice before doing anything else."
            ),
        )
    return Flag(
        message,
        {"date": info.last_day.isoformat(), **notes},
        id="parole_expired",
        severity="stop",
        source=info.source,
    )
