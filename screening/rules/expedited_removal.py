"""Expedited removal in the interior (90 FR 8139, from 2025-01-21): the flag, and the day the person
reaches two years here (a day that opens a door: `expedited_removal_two_years`)."""

from __future__ import annotations

import datetime as dt

from .after_parole.common import add_years
from .answers import Answers
from .assessment import Deadline, Flag
from .context import Context
from .inferences import current_tps_holder, paroled_at_port
from .knowledge import history as H
from .paragraph import paragraph
from .text import Message, Text, _

NOT_ADMITTED = frozenset({"without_inspection", "released_from_custody", "unknown", None})
CHNV_TERMINATED = dt.date(2025, 4, 24)  # 90 FR 13611: CHNV parole ended on this day


def parole_has_ended(ctx: Context) -> bool:
    """Parole ended on or before the as-of day: its I-94 date passed, or, for CHNV, the
    termination of 2025-04-24 (the earlier day counts). The unlawful-presence rules hold the
    full definition; this reads the same two facts."""
    if ctx.get("entry") != "paroled":
        return False
    expires = ctx.get("parole_expires_on")
    if expires is not None and expires < ctx.as_of:
        return True
    return ctx.get("parole_program") == "chnv" and ctx.as_of > CHNV_TERMINATED


def expedited_removal_applies(ctx: Context) -> bool:
    designation = H.EXPEDITED_REMOVAL.on(ctx.as_of)
    if not ctx.inside or designation is None or designation.value is None:
        return False
    since = ctx.get("in_us_since")
    if since is not None and add_years(since, H.ER_PRESENCE_YEARS) <= ctx.as_of:
        return False
    if current_tps_holder(ctx):
        return False
    return ctx.get("entry") in NOT_ADMITTED or parole_has_ended(ctx)


DESIGNATION = _(
    "Expedited removal, without a judge, reaches people who were not admitted or paroled and "
    "cannot show 2 years' continuous presence anywhere in the U.S. (90 FR 8139, in effect from "
    "2025-01-21); DHS guidance of 2025-01-23 and an ICE directive of 2025-02-18 allow ending "
    "parole and court cases to use it (reported)."
)
STAYED = _(
    "A federal court stayed this expansion nationwide on 2025-08-29 (Make the Road New York v. "
    "Noem); while the stay lasts, it is not applied in the interior (reported)."
)
BACK = _(
    "A federal court stayed this expansion on 2025-08-29, and the court of appeals put it back "
    "in effect on 2026-06-23; later review is not confirmed (reported)."
)
PORT_SHIELD = Text(
    _(
        "You were paroled at a port of entry: from 2025-08-01 a court stay (CHIRLA v. Noem) keeps "
        "people paroled at a port of entry out of expedited removal while it lasts; its appeal is "
        "not confirmed (reported)."
    ),
    client=_(
        "The client was paroled at a port of entry: from 2025-08-01 a court stay (CHIRLA v. Noem) "
        "keeps people paroled at a port of entry out of expedited removal while it lasts; its "
        "appeal is not confirmed (reported)."
    ),
)
PORT_ONLY = _(
    "The court stay of 2025-08-01 (CHIRLA v. Noem) covers only people paroled at a port of "
    "entry, not a parole given by the Border Patrol after crossing or inside the U.S. (reported)."
)
ENDED_PAROLE = _(
    "An ended parole adds exposure to expedited removal (an inference, not confirmed)."
)
KEEP_PROOF = Text(
    _(
        "Keep proof of your presence here (leases, pay slips, school or medical records); the day "
        "you reach 2 years here is among your dates."
    ),
    client=_(
        "The client should keep proof of presence here (leases, pay slips, school or medical "
        "records); the day the client reaches 2 years here is among the dates."
    ),
)


def expedited_removal_flag(ctx: Context) -> list[Flag]:
    if not expedited_removal_applies(ctx):
        return []
    designation = H.EXPEDITED_REMOVAL.on(ctx.as_of)
    assert designation is not None
    parts = [DESIGNATION]
    stayed = designation.value == "stayed"
    if stayed:
        parts.append(STAYED)
    elif designation.effective_from > dt.date(2025, 1, 21):
        parts.append(BACK)
    shield = H.PORT_PAROLE_SHIELD.on(ctx.as_of)
    shielded = False
    if ctx.get("entry") == "paroled" and shield is not None and shield.value:
        shielded = paroled_at_port(ctx) is True
        parts.append(PORT_SHIELD if shielded else PORT_ONLY)
    if ctx.get("entry") == "paroled":
        parts.append(ENDED_PAROLE)
    parts.append(KEEP_PROOF)
    message, params = paragraph(*parts)
    severity = "info" if stayed or shielded else "warning"
    used = [H.ER_DESIGNATION, H.ER_PAROLE_MEMO, designation.source]
    if ctx.get("entry") == "paroled" and shield is not None and shield.value:
        used.append(shield.source)
    source = "; ".join(dict.fromkeys(part for s in used for part in s.split("; ")))
    return [Flag(message, params, id="expedited_removal", severity=severity, source=source)]


def expedited_removal_deadline(answers: Answers, as_of: dt.date) -> list[Deadline]:
    ctx = Context(answers, as_of)
    since = ctx.get("in_us_since")
    if since is None or not expedited_removal_applies(ctx):
        return []
    paroled = ctx.get("entry") == "paroled"
    happens = (
        Text(
            _(
                "From this day the 2025 designation no longer reaches you if you can prove "
                "continuous presence. Whether the two-year limit protects a person who was "
                "paroled at a port of entry is not confirmed."
            ),
            client=_(
                "From this day the 2025 designation no longer reaches the client if the client "
                "can prove continuous presence. Whether the two-year limit protects a person who "
                "was paroled at a port of entry is not confirmed."
            ),
        )
        if paroled
        else Text(
            _(
                "From this day the 2025 designation no longer reaches you if you can prove "
                "continuous presence."
            ),
            client=_(
                "From this day the 2025 designation no longer reaches the client if the client "
                "can prove continuous presence."
            ),
        )
    )
    return [
        Deadline(
            happens,
            id="expedited_removal_two_years",
            date=add_years(since, H.ER_PRESENCE_YEARS),  # from 29 February: 1 March
            todo=Message(
                Text(
                    _("Keep proof that you have been here without a break since you arrived."),
                    client=_(
                        "The client should keep proof of being here without a break since arriving."
                    ),
                )
            ),
            source=H.ER_DESIGNATION,
            confidence="C",
        )
    ]
