"""The dates that matter for one screening, soonest first:
`deadlines(answers, as_of, pathways, alternatives)`.

Each `Deadline` says what happens on its day and what to do before it, with its source. The dates
come from the answers (`parole_expires_on`, `court_date`, `needed_by`), from the re-parole
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
from .answer_dates import ANSWER_DATE_RULES
from .answers import Answers
from .assessment import DEADLINE_IDS, Alternative, Deadline, Pathway
from .context import Context
from .text import Message, Text, _
from .waiting_periods import waiting_periods

RE_PAROLE_PATHWAYS = ("re_parole", "afghan_re_parole")
ANSWER_SOURCE = "The person's answer ({key})"
# The days a waiting period is met: from then on something can be asked for.
OPENING_IDS = frozenset({"cuban_adjustment_one_year", "cancellation_ten_years"})


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
    ends = answers.get("parole_expires_on")
    if ends is None or answers.get("entry") != "paroled":
        return []
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
    elif days.file_by_days_before is None:
        todo = Message(timing.note)
    else:
        todo = Message(
            Text(
                _("File for re-parole before this day if you need to stay."),
                client=_("File for re-parole before this day if the client needs to stay."),
            )
        )
    found = [
        Deadline(
            Text(
                _("Your parole ends automatically on this day."),
                client=_("The client's parole ends automatically on this day."),
            ),
            id="parole_ends",
            date=ends,
            todo=todo,
            source=K.CFR_212_5E1
            if days.file_by_days_before is not None
            else f"{K.CFR_212_5E1}; {timing.source}",
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


def _court_date(answers: Answers) -> list[Deadline]:
    court_date = answers.get("court_date")
    if court_date is None:
        return []
    return [
        Deadline(
            Text(
                _("You must attend court on this day."),
                client=_("The client must attend court on this day."),
            ),
            id="court_date",
            date=court_date,
            todo=Message(
                Text(
                    _(
                        "If you need parole to attend, file as early as you can: parole for a "
                        "court date is limited to the time needed to attend."
                    ),
                    client=_(
                        "If the client needs parole to attend, file as early as possible: parole "
                        "for a court date is limited to the time needed to attend."
                    ),
                )
            ),
            source=K.USCIS_HP_PAGE,
        )
    ]


def _needed_by(answers: Answers) -> list[Deadline]:
    needed_by = answers.get("needed_by")
    if needed_by is None:
        return []
    if answers.get("goal") == "come_to_us":
        happens = Text(
            _("You said you must be in the U.S. by this day."),
            client=_("The client said they must be in the U.S. by this day."),
        )
    elif answers.get("goal") == "stay_in_us":
        happens = Text(
            _("You said you need to stay in the U.S. until at least this day."),
            client=_("The client said they need to stay in the U.S. until at least this day."),
        )
    else:
        happens = Text(
            _("You said this is the day that matters for your plans."),
            client=_("The client said this is the day that matters for their plans."),
        )
    return [
        Deadline(
            happens,
            id="needed_by",
            date=needed_by,
            todo=Message(_("File early: USCIS does not publish how long a parole decision takes.")),
            source=ANSWER_SOURCE.format(key="needed_by"),
        )
    ]


# A deadline rule: the Context, the pathways shown and the alternatives, to its deadlines. A new
# deadline id needs its rule here, its id in `DEADLINE_IDS` and its words in `labels.DEADLINES`;
# the timeline, the .ics file, the staff Deadlines page and the case list then show it as is.
DeadlineRule = Callable[[Context, Mapping[str, Pathway], Sequence[Alternative]], Iterable[Deadline]]

DEADLINE_RULES: tuple[DeadlineRule, ...] = (
    lambda ctx, pathways, alternatives: _parole(ctx.a, ctx.as_of, pathways),
    lambda ctx, pathways, alternatives: _court_date(ctx.a),
    lambda ctx, pathways, alternatives: _needed_by(ctx.a),
    lambda ctx, pathways, alternatives: waiting_periods(ctx.a, ctx.as_of, alternatives),
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
