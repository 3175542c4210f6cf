"""The dates that matter for one screening, soonest first:
`deadlines(answers, as_of, pathways, alternatives)`.

Each `Deadline` says what happens on its day and what to do before it, with its source. The dates
come from the answers (`parole_expires_on`, `court_date`; `needed_by` and the other dates the
person gives in answer_dates.py), from the re-parole
timing in knowledge.py and from the waiting periods the routes after parole compute
(`Alternative.met_on`); nothing here guesses a processing time that is not published. Most dates
close a door; the waiting periods open one (`OPENING_IDS`): once passed they are reached, not
overdue. The helpers at the bottom (`next_deadline`, `parole_ended`, `filing_window_open`) are
what the staff pages store and mark, so every part of the product reads a date the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence

from . import knowledge as K
from .answer_dates import ANSWER_DATE_RULES, CUSTODY_ASKS, needed_by_deadline
from .answers import Answers
from .assessment import DEADLINE_IDS, Alternative, Deadline, Pathway
from .context import Context
from .expedited_removal import expedited_removal_deadline
from .parole_end import parole_end_info
from .presence_deadlines import presence_deadlines
from .re_parole_filing import filing_params
from .text import Message, Text, _
from .waiting_periods import waiting_periods

RE_PAROLE_PATHWAYS = ("re_parole", "afghan_re_parole")
# The days a waiting period is met: from then on something can be asked for.
OPENING_IDS = frozenset(
    {"cuban_adjustment_one_year", "cancellation_ten_years", "expedited_removal_two_years"}
)


def re_parole_timing(answers: Answers, as_of: dt.date) -> K.Dated[K.ReParoleTiming]:
    """The re-parole filing window and recommended last filing day in force on `as_of`."""
    group = "u4u" if answers.get("parole_program") == "u4u" else "general"
    timing = K.RE_PAROLE_TIMING[group].on(as_of)
    assert timing is not None  # every timing series starts at EARLIEST
    return timing


def _re_parole_open(pathways: Mapping[str, Pathway]) -> bool:
    """Re-parole is screened for this person and its program is not closed on this date."""
    return any(
        pid in pathways and pathways[pid].verdict != "unavailable" for pid in RE_PAROLE_PATHWAYS
    )


def _parole(answers: Answers, as_of: dt.date, pathways: Mapping[str, Pathway]) -> list[Deadline]:
    end = parole_end_info(Context(answers, as_of))  # the I-94 day, or a program's earlier end
    if end is None:
        return []
    ends = end.last_day
    timing = re_parole_timing(answers, as_of)
    days = timing.value
    if ends < as_of:
        todo = Message(_("Get legal advice now: asking again after parole has ended is harder."))
    elif not _re_parole_open(pathways):
        todo = Message(
            Text(
                _("Talk to a lawyer before this day about what you can do when your parole ends."),
                client=_(
                    "The client should talk to a lawyer before this day about what they can do "
                    "when their parole ends."
                ),
            )
        )
    elif days.file_by_days_before is None and filing_params(answers, as_of) is not None:
        todo = Message(
            Text(
                _(
                    "File for re-parole as early as you can before this day if you need to stay "
                    "(how long a decision takes is not known): Form I-131 ({item}), with the "
                    "I-131 fee ({i131} on paper, {online} online), and the parole fee again if "
                    "it is granted ({parole_fee})."
                ),
                client=_(
                    "File for re-parole as early as possible before this day if the client needs "
                    "to stay (how long a decision takes is not known): Form I-131 ({item}), with "
                    "the I-131 fee ({i131} on paper, {online} online), and the parole fee again "
                    "if it is granted ({parole_fee})."
                ),
            ),
            filing_params(answers, as_of),
        )
    elif days.file_by_days_before is None:
        todo = Message(timing.note)
    elif filing_params(answers, as_of) is None:
        todo = Message(
            Text(
                _("File for re-parole before this day if you need to stay."),
                client=_("File for re-parole before this day if the client needs to stay."),
            )
        )
    else:
        todo = Message(
            Text(
                _(
                    "File for re-parole before this day if you need to stay: Form I-131 "
                    "({item}), with the I-131 fee ({i131} on paper, {online} online), and the "
                    "parole fee again if it is granted ({parole_fee})."
                ),
                client=_(
                    "File for re-parole before this day if the client needs to stay: Form I-131 "
                    "({item}), with the I-131 fee ({i131} on paper, {online} online), and the "
                    "parole fee again if it is granted ({parole_fee})."
                ),
            ),
            filing_params(answers, as_of),
        )
    found = [
        Deadline(
            Text(
                _("Your parole ends automatically on this day."),
                client=_("The client's parole ends automatically on this day."),
            )
            if end.cause == "i94"
            else Text(
                _("DHS ended CHNV parole: yours ends on this day, whatever date your I-94 gives."),
                client=_(
                    "DHS ended CHNV parole: the client's ends on this day, whatever date the "
                    "client's I-94 gives."
                ),
            ),
            id="parole_ends",
            date=ends,
            todo=todo,
            source=end.source
            if days.file_by_days_before is not None
            else f"{end.source}; {timing.source}",
            confidence="C" if days.file_by_days_before is not None else timing.confidence,
            verified_on=timing.verified_on,
        )
    ]
    if ends < as_of or not _re_parole_open(pathways):
        return found  # the window and the last filing day only matter while parole runs
    windows = (
        (
            "re_parole_window_opens",
            days.opens_days_before,
            _(
                "The window to file for re-parole opens: Ukrainians file no earlier than "
                "{days} days before parole ends."
            ),
            Text(
                _("Have your reasons and evidence ready to file from this day."),
                client=_("Have the client's reasons and evidence ready to file from this day."),
            ),
        ),
        (
            "re_parole_file_by",
            days.file_by_days_before,
            _(
                "This is the last day to file that USCIS has recommended, {days} days before "
                "parole ends, so that there is time for a decision."
            ),
            _("File for re-parole by this day."),
        ),
    )
    for deadline_id, before, happens, todo in windows:
        if before is None:
            continue  # no such rule or guidance is published: no date is made up
        found.append(
            Deadline(
                happens,
                {"days": before},
                id=deadline_id,
                date=ends - dt.timedelta(days=before),
                todo=Message(todo),
                source=timing.source,
                confidence=timing.confidence,
                verified_on=timing.verified_on,
            )
        )
    return found


def _court_date(answers: Answers, pathways: Mapping[str, Pathway]) -> list[Deadline]:
    court_date = answers.get("court_date")
    if court_date is None:
        return []
    if "custody_parole" in pathways:  # held: release is asked of ICE, nothing is filed
        todo = CUSTODY_ASKS.message
    elif any(p.files == "agency" for p in pathways.values()):
        # an agency asks for the parole: the person files nothing
        todo = Text(
            _(
                "Tell the agency or prosecutor who needs you about this day as early as you "
                "can: they ask for the parole, and it is limited to the time needed to attend."
            ),
            client=_(
                "Tell the agency or prosecutor who needs the client about this day as early as "
                "possible: they ask for the parole, and it is limited to the time needed to "
                "attend."
            ),
        )
    else:
        todo = Text(
            _(
                "If you need parole to attend, file as early as you can: parole for a "
                "court date is limited to the time needed to attend."
            ),
            client=_(
                "If the client needs parole to attend, file as early as possible: parole "
                "for a court date is limited to the time needed to attend."
            ),
        )
    return [
        Deadline(
            Text(
                _("You must attend court on this day."),
                client=_("The client must attend court on this day."),
            ),
            id="court_date",
            date=court_date,
            todo=Message(todo),
            source=K.USCIS_HP_PAGE,
        )
    ]


# A deadline rule: the Context, the pathways shown and the alternatives, to its deadlines. A new
# deadline id needs its rule here, its id in `DEADLINE_IDS` and its words in `labels.DEADLINES`;
# the timeline, the .ics file, the staff Deadlines page and the case list then show it as is.
DeadlineRule = Callable[[Context, Mapping[str, Pathway], Sequence[Alternative]], Iterable[Deadline]]

DEADLINE_RULES: tuple[DeadlineRule, ...] = (
    lambda ctx, pathways, alternatives: _parole(ctx.a, ctx.as_of, pathways),
    lambda ctx, pathways, alternatives: _court_date(ctx.a, pathways),
    needed_by_deadline,
    lambda ctx, pathways, alternatives: waiting_periods(ctx.a, ctx.as_of, alternatives),
    lambda ctx, pathways, alternatives: expedited_removal_deadline(ctx.a, ctx.as_of),
    lambda ctx, pathways, alternatives: presence_deadlines(ctx, alternatives),
    *ANSWER_DATE_RULES,
)


def _order(deadline: Deadline) -> tuple[dt.date, int]:
    """Soonest first; on one day, in `DEADLINE_IDS` order (an id not listed there comes last)."""
    rank = DEADLINE_IDS.index(deadline.id) if deadline.id in DEADLINE_IDS else len(DEADLINE_IDS)
    return deadline.date, rank


def deadlines(
    answers: Answers,
    as_of: dt.date,
    pathways: Mapping[str, Pathway],
    alternatives: Iterable[Alternative] = (),
) -> tuple[Deadline, ...]:
    """Every dated deadline for the (pruned) answers, soonest first; passed ones are kept so that
    staff can see what ran out (or, for `OPENING_IDS`, since when a route is open)."""
    ctx, alternatives = Context(answers, as_of), tuple(alternatives)
    found = [d for rule in DEADLINE_RULES for d in rule(ctx, pathways, alternatives)]
    return tuple(sorted(found, key=_order))


# ---------------------------------------------------------------------------------------------
# Reading deadlines on a given day (the staff list stores these when a result is saved)


def opens(deadline_id: str | None) -> bool:
    """The day opens something (a waiting period is met): once passed it is reached, not missed."""
    return deadline_id in OPENING_IDS


def next_deadline(items: Iterable[Deadline], as_of: dt.date) -> Deadline | None:
    """The soonest deadline on or after `as_of`; when all have passed, the latest of them that
    closed something (a waiting period met in the past is no deadline left to watch)."""
    items = sorted(items, key=lambda d: d.date)
    upcoming = [d for d in items if d.date >= as_of]
    if upcoming:
        return upcoming[0]
    missed = [d for d in items if not opens(d.id)]
    return missed[-1] if missed else None


def date_of(items: Iterable[Deadline], deadline_id: str) -> dt.date | None:
    return next((d.date for d in items if d.id == deadline_id), None)


def parole_ended(parole_ends: dt.date | None, day: dt.date) -> bool:
    """Parole ends at the end of its last day (8 CFR 212.5(e)(1))."""
    return parole_ends is not None and parole_ends < day


def filing_window_open(
    window_opens: dt.date | None, parole_ends: dt.date | None, day: dt.date
) -> bool:
    """The re-parole filing window has opened and parole has not ended yet."""
    return window_opens is not None and window_opens <= day and not parole_ended(parole_ends, day)
