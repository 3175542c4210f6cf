"""A TPS holder who came back on TPS travel authorization: whether that return counts as an
admission for adjustment of status (INA 245(a)), by the date of the screening.

From 2022-07-01 USCIS treats it as inspected and admitted (PM-602-0188, which rescinded Matter
of Z-R-Z-C-, adopted 2020-08-20); from 2020-08-20 to 2022-06-30 it did not; before, a return on
advance parole might count as parole. A TPS grant alone is not an admission, so without the trip
nothing is offered on this ground."""

from __future__ import annotations

import datetime as dt

from ..context import Context
from ..knowledge import DELCARMEN_LARA
from ..knowledge.presence import TPS_TRAVEL, UP_TPS
from ..text import Message, Text, _

DELCARMEN_DAY = dt.date(2026, 8, 13)

ADMITTED = Text(
    _(
        "A TPS holder who came back on TPS travel authorization counts as inspected and "
        "admitted under USCIS policy since 2022-07-01; a trip before 2022-07-01 is judged case "
        "by case (in the Fifth Circuit it counts). Whether this policy changed after 2022 was "
        "not checked. A lawyer must also check whether the trip started a 3- or 10-year bar, "
        "if you had time here without permission before TPS."
    ),
    client=_(
        "A TPS holder who came back on TPS travel authorization counts as inspected and "
        "admitted under USCIS policy since 2022-07-01; a trip before 2022-07-01 is judged case "
        "by case (in the Fifth Circuit it counts). Whether this policy changed after 2022 was "
        "not checked. A lawyer must also check whether the trip started a 3- or 10-year bar, "
        "if the client had time here without permission before TPS."
    ),
)
ADMITTED_SINCE_DELCARMEN = Text(
    _(
        "A TPS holder who came back on TPS travel authorization counts as inspected and "
        "admitted under USCIS policy since 2022-07-01; a trip before 2022-07-01 is judged case "
        "by case (in the Fifth Circuit it counts). Whether this policy changed after 2022 was "
        "not checked. A lawyer must also check whether the trip started a 3- or 10-year bar, "
        "if you had time here without permission before TPS: an immigration appeals decision "
        "of 2026-08-13 is reported to make such a trip a departure that can start the 10-year "
        "bar."
    ),
    client=_(
        "A TPS holder who came back on TPS travel authorization counts as inspected and "
        "admitted under USCIS policy since 2022-07-01; a trip before 2022-07-01 is judged case "
        "by case (in the Fifth Circuit it counts). Whether this policy changed after 2022 was "
        "not checked. A lawyer must also check whether the trip started a 3- or 10-year bar, "
        "if the client had time here without permission before TPS: an immigration appeals "
        "decision of 2026-08-13 is reported to make such a trip a departure that can start the "
        "10-year bar."
    ),
)
CASE_BY_CASE = Text(
    _(
        "You came back on TPS travel authorization: a return on advance parole may count as "
        "parole, so adjustment may be possible; a lawyer checks."
    ),
    client=_(
        "The client came back on TPS travel authorization: a return on advance parole may count "
        "as parole, so adjustment may be possible; a lawyer checks."
    ),
)
WHY = Text(
    _(
        "As the immediate relative of a U.S. citizen who came back on TPS travel authorization, "
        "you may be able to get a green card without leaving (adjustment of status): your "
        "relative files Form I-130 and you file Form I-485. A TPS grant alone is not an "
        "admission; the trip back is what may count."
    ),
    client=_(
        "As the immediate relative of a U.S. citizen who came back on TPS travel authorization, "
        "the client may be able to get a green card without leaving (adjustment of status): the "
        "client's relative files Form I-130 and the client files Form I-485. A TPS grant alone "
        "is not an admission; the trip back is what may count."
    ),
)


def tps_travel_need(ctx: Context) -> tuple[Message, str] | None:
    """The need (and its source) that lets a TPS traveler adjust; None when the trip does not
    open adjustment on `as_of` (no trip, or 2020-08-20 to 2022-06-30)."""
    if not ctx.inside or ctx.get("tps_granted") is not True:
        return None
    if ctx.get("tps_travel_returned") is not True:
        return None
    policy = TPS_TRAVEL.on(ctx.as_of)
    if policy is None or policy.value == "not_admission":
        return None
    if policy.value == "case_by_case":
        return Message(CASE_BY_CASE), policy.source
    if ctx.as_of >= DELCARMEN_DAY:
        return Message(ADMITTED_SINCE_DELCARMEN), f"{policy.source}; {UP_TPS}; {DELCARMEN_LARA}"
    return Message(ADMITTED), f"{policy.source}; {UP_TPS}"
