"""What a "file for re-parole" sentence names: the Form I-131 item for the person's program, the
I-131 fee on the day, and the parole fee that is due again on each grant (with its amount).

Used by the `parole_ends` to-do (deadlines.py) and the `file_before_expiry` flag (flags.py), so
each sentence that tells a person to file for re-parole says how and at what cost."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import knowledge as K
from .answers import Answers
from .assessment import Flag
from .context import Context
from .knowledge import calibration as KC
from .text import Text, _

# Form I-131 Part 1: 10.B Afghans, 10.C Ukrainians, 10.H military parole in place, item 10 for
# the other listed programs and "other", item 11 for a parole under no program.
ITEMS = {
    "afghan": "Part 1 item 10.B",
    "u4u": "Part 1 item 10.C",
    "military_pip": "Part 1 item 10.H",
    "none": "Part 1 item 11",
}
DEFAULT_ITEM = "Part 1 item 10"


def re_parole_item(answers: Answers) -> str:
    return ITEMS.get(answers.get("parole_program") or "none", DEFAULT_ITEM)


def parole_fee_amount(as_of: dt.date) -> int | None:
    """The parole fee due on a grant on `as_of`: the amount in force, the statutory minimum while
    the law was not yet collected (from 2025-07-04), None before the law."""
    entry = K.PAROLE_FEE.on(as_of)
    if entry is not None and entry.value is not None:
        return entry.value.paper_usd
    collection = KC.PAROLE_FEE_COLLECTION.on(as_of)
    if collection is not None and collection.effective_from >= KC.PAROLE_FEE_LAW_DAY:
        return KC.PAROLE_FEE_MINIMUM.paper_usd
    return None


def filing_params(answers: Answers, as_of: dt.date) -> dict[str, Any] | None:
    """{item, i131, online, parole_fee} for a re-parole sentence, or None before the parole fee
    existed (the older sentences, which name no fee, are used then)."""
    parole_fee = parole_fee_amount(as_of)
    i131 = K.I131_FILING_FEE.on(as_of)
    if parole_fee is None or i131 is None:
        return None
    online = i131.value.online_usd
    return {
        "item": re_parole_item(answers),
        "i131": f"${i131.value.paper_usd:,}",
        "online": f"${online:,}" if online else f"${i131.value.paper_usd:,}",
        "parole_fee": f"${parole_fee:,}",
    }


def file_before_expiry(ctx: Context, opens: dt.date | None) -> Flag:
    """The `file_before_expiry` flag, naming the I-131 item, its fee and the parole fee again."""
    expires = ctx.get("parole_expires_on")
    params = {
        **(filing_params(ctx.a, ctx.as_of) or {}),
        "date": expires.isoformat(),
        "days": (expires - ctx.as_of).days,
    }
    if opens is not None and ctx.as_of < opens:
        params["earliest"] = opens.isoformat()
        return Flag(
            Text(
                _(
                    "Your parole ends on {date}, in {days} days. Ukrainians file for re-parole "
                    "no earlier than 180 days before parole ends, so file between {earliest} and "
                    "{date}: Form I-131 ({item}), with the I-131 fee ({i131} on paper, {online} "
                    "online), and the parole fee again if it is granted ({parole_fee})."
                ),
                client=_(
                    "The client's parole ends on {date}, in {days} days. Ukrainians file for "
                    "re-parole no earlier than 180 days before parole ends, so file between "
                    "{earliest} and {date}: Form I-131 ({item}), with the I-131 fee ({i131} on "
                    "paper, {online} online), and the parole fee again if it is granted "
                    "({parole_fee})."
                ),
            ),
            params,
            id="file_before_expiry",
            severity="info",
            source=f"{K.RE_PAROLE_TIMING['u4u'].on(ctx.as_of).source}; {K.USC_1804}",
        )
    return Flag(
        Text(
            _(
                "Your parole ends on {date}, in {days} days. File for re-parole before then "
                "(parole ends automatically on that date): Form I-131 ({item}), with the I-131 "
                "fee ({i131} on paper, {online} online), and the parole fee again if it is "
                "granted ({parole_fee})."
            ),
            client=_(
                "The client's parole ends on {date}, in {days} days. File for re-parole before "
                "then (parole ends automatically on that date): Form I-131 ({item}), with the "
                "I-131 fee ({i131} on paper, {online} online), and the parole fee again if it is "
                "granted ({parole_fee})."
            ),
        ),
        params,
        id="file_before_expiry",
        severity="warning",
        source=f"{K.CFR_212_5E1}; {K.I131_PART1}; {K.USC_1804}",
    )
