"""What the unlawful-presence count says: the `unlawful_presence_bars` flag (raised when more than
180 days have been counted, or the count is not known) and the `unlawful_presence_180_days`
deadline (while fewer have been counted; kept once passed). presence.py does the counting."""

from __future__ import annotations

from .assessment import Deadline, Flag
from .context import Context
from .knowledge.after_parole import INA_212A9B
from .knowledge.presence import UP_EXCEPTIONS, UP_I485
from .presence import Count, count
from .text import Message, Text, _

OVER = Text(
    _(
        "Unlawful presence counts from {start}. {why} More than 180 days have been counted by "
        "now, so leaving the U.S., even for a visa interview abroad, can start a bar on coming "
        "back: 3 years, or 10 years after a year or more. Do not travel before you talk to a "
        "lawyer."
    ),
    client=_(
        "Unlawful presence counts from {start}. {why} More than 180 days have been counted by "
        "now, so leaving the U.S., even for a visa interview abroad, can start a bar on coming "
        "back: 3 years, or 10 years after a year or more. The client should not travel before "
        "talking to a lawyer."
    ),
)
IF_ASYLUM_FILED_BEFORE = Text(
    _(
        "Unlawful presence counts from {start}. {why} No more is counted while a real asylum "
        "application is pending, unless you worked without permission while it was pending: if "
        "you filed it before {day}, fewer than 180 days have been counted and none has been "
        "added since. If you filed it later, leaving the U.S. can start a bar on coming back "
        "of 3 or 10 years. Do not travel before you talk to a lawyer."
    ),
    client=_(
        "Unlawful presence counts from {start}. {why} No more is counted while a real asylum "
        "application is pending, unless the client worked without permission while it was "
        "pending: if the client filed it before {day}, fewer than 180 days have been counted "
        "and none has been added since. If it was filed later, leaving the U.S. can start a "
        "bar on coming back of 3 or 10 years. The client should not travel before talking to "
        "a lawyer."
    ),
)
IF_I485_FILED_BEFORE = Text(
    _(
        "Unlawful presence counts from {start}. {why} No more is counted while a properly filed "
        "green card application (Form I-485) is pending, unless it was first filed after "
        "removal proceedings began: if you filed it before {day}, fewer than 180 days have "
        "been counted and none has been added since. If you filed it later, leaving the U.S. "
        "can start a bar on coming back of 3 or 10 years. Do not travel before you talk to a "
        "lawyer."
    ),
    client=_(
        "Unlawful presence counts from {start}. {why} No more is counted while a properly filed "
        "green card application (Form I-485) is pending, unless it was first filed after "
        "removal proceedings began: if the client filed it before {day}, fewer than 180 days "
        "have been counted and none has been added since. If it was filed later, leaving the "
        "U.S. can start a bar on coming back of 3 or 10 years. The client should not travel "
        "before talking to a lawyer."
    ),
)
BEFORE_TPS = Text(
    _(
        "Time you spent here without permission before your TPS grant counts as unlawful "
        "presence (from age 18); time in TPS is reported not to count, because USCIS guidance "
        "treats a TPS holder as in lawful status while TPS lasts. If more than 180 days have "
        "been counted, leaving the U.S., even for a visa interview abroad, can start a bar on "
        "coming back of 3 or 10 years. Do not travel before you talk to a lawyer."
    ),
    client=_(
        "Time the client spent here without permission before the TPS grant counts as "
        "unlawful presence (from age 18); time in TPS is reported not to count, because USCIS "
        "guidance treats a TPS holder as in lawful status while TPS lasts. If more than 180 "
        "days have been counted, leaving the U.S., even for a visa interview abroad, can start "
        "a bar on coming back of 3 or 10 years. The client should not travel before talking "
        "to a lawyer."
    ),
)
BEFORE_TPS_AND_SINCE = Text(
    _(
        "Unlawful presence counts from {start}. {why} If more than 180 days have been counted, "
        "with that earlier time, leaving the U.S., even for a visa interview abroad, can start "
        "a bar on coming back of 3 or 10 years. Do not travel before you talk to a lawyer."
    ),
    client=_(
        "Unlawful presence counts from {start}. {why} If more than 180 days have been counted, "
        "with that earlier time, leaving the U.S., even for a visa interview abroad, can start "
        "a bar on coming back of 3 or 10 years. The client should not travel before talking "
        "to a lawyer."
    ),
)
# The two texts from before the count was dated: the day is not known.
NO_ARRIVAL_DAY = Text(
    _(
        "Leaving the U.S., even for a visa interview abroad, can "
        "start a 3- or 10-year bar on coming back for someone who has "
        "been here without permission for more than 180 days. Time "
        "under 18, and time while a real asylum application is "
        "pending, does not count. Do not travel before you talk to a "
        "lawyer."
    ),
    client=_(
        "Leaving the U.S., even for a visa interview abroad, can "
        "start a 3- or 10-year bar on coming back for someone who has "
        "been here without permission for more than 180 days. Time "
        "under 18, and time while a real asylum application is "
        "pending, does not count. The client should not travel before "
        "talking to a lawyer."
    ),
)
OVERSTAY = Text(
    _(
        "You stayed longer than you were allowed. Time here after "
        "your permitted stay ended can add up, and leaving the U.S., "
        "even for a visa interview abroad, can then start a 3- or "
        "10-year bar on coming back. Do not travel before you talk to "
        "a lawyer."
    ),
    client=_(
        "The client stayed longer than the client was allowed. Time "
        "here after the client's permitted stay ended can add up, and "
        "leaving the U.S., even for a visa interview abroad, can then "
        "start a 3- or 10-year bar on coming back. The client should "
        "not travel before talking to a lawyer."
    ),
)


def _message(found: Count) -> tuple[Text, dict] | None:
    start = found.start
    params: dict = {"start": start.day.isoformat()} if start.day else {}
    if start.why is not None:
        params["why"] = start.why
    if start.cause == "overstay":
        return OVERSTAY, {}
    if start.cause == "unknown_entry_day":
        return NO_ARRIVAL_DAY, {}
    if start.cause in ("tps_current", "tps_unknown"):
        return (BEFORE_TPS, {}) if start.before_tps_counts else None
    if found.over is True:
        return OVER, params
    if found.over is None and found.stop_unknown:
        text = IF_ASYLUM_FILED_BEFORE if found.stop_unknown == "i589" else IF_I485_FILED_BEFORE
        return text, params | {"day": found.day_180.isoformat()}
    if start.before_tps_counts:
        return BEFORE_TPS_AND_SINCE, params
    return None


def unlawful_presence_flag(ctx: Context) -> Flag | None:
    """`unlawful_presence_bars` (warning): more than 180 days counted, or the count not known."""
    found = count(ctx)
    said = None if found is None else _message(found)
    if said is None:
        return None
    message, params = said
    source = f"{INA_212A9B}; {UP_EXCEPTIONS}"
    if found.start.source != INA_212A9B:
        source = f"{source}; {found.start.source}"
    if found.stop_unknown == "i485" or found.stop is not None:
        source = f"{source}; {UP_I485}"
    return Flag(message, params, id="unlawful_presence_bars", severity="warning", source=source)


def unlawful_presence_deadline(ctx: Context) -> list[Deadline]:
    """`unlawful_presence_180_days`: the first day with more than 180 days counted, unless a
    pending asylum application or I-485 stopped the count before it (kept once passed)."""
    found = count(ctx)
    if found is None or found.day_180 is None or found.start.day > ctx.as_of:
        return []  # nothing counted yet (parole or TPS still runs): no day to watch
    if found.stop is not None and found.stop < found.day_180:
        return []
    if found.stop_unknown and ctx.as_of < found.day_180:
        return []  # pending now, so filed before that day: the count stopped in time
    return [
        Deadline(
            Text(
                _(
                    "From this day more than 180 days of unlawful presence have been counted: "
                    "leaving the U.S. from then on can start a bar on coming back of 3 years "
                    "(10 years after a year or more)."
                ),
                client=_(
                    "From this day more than 180 days of the client's unlawful presence have "
                    "been counted: leaving the U.S. from then on can start a bar on coming back "
                    "of 3 years (10 years after a year or more)."
                ),
            ),
            id="unlawful_presence_180_days",
            date=found.day_180,
            todo=Message(
                Text(
                    _(
                        "Do not leave the U.S. without a lawyer's advice, and talk to a lawyer "
                        "before this day about your options."
                    ),
                    client=_(
                        "The client should not leave the U.S. without a lawyer's advice, and "
                        "should talk to a lawyer before this day about the options."
                    ),
                )
            ),
            source=f"{INA_212A9B}; {found.start.source}",
            confidence=found.start.confidence,
        )
    ]
