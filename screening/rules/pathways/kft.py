"""Keeping Families Together while it took requests (2024-08-19 to 2024-11-06): parole in place for
spouses of U.S. citizens on Form I-131F, online only. From 2024-08-26 a court stay let USCIS take
requests but grant none; the program was vacated on 2024-11-07."""

from __future__ import annotations

import datetime as dt

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import Context, reason, unknown, verdict_from
from ..text import Text, _

PRESENT_SINCE = dt.date(2014, 6, 17)  # continuous presence since this day
MARRIED_BY = dt.date(2024, 6, 17)
KFT_SOURCE = (
    "USCIS Keeping Families Together (89 FR 67459, 2024-08-20); AILA, Keeping Families Together"
)


def kft_requests_taken(ctx: Context, status: K.Dated[str]) -> Pathway:
    reasons: list[Reason] = []
    since = ctx.get("in_us_since")
    if since is None:
        reasons.append(
            unknown(
                "in_us_since",
                Text(
                    _("the day you last arrived in the U.S."),
                    client=_("the day the client last arrived in the U.S."),
                ),
                KFT_SOURCE,
            )
        )
    elif since > PRESENT_SINCE:
        reasons.append(
            reason(
                "kft_presence_too_short",
                Text(
                    _(
                        "Keeping Families Together needed continuous presence in the U.S. "
                        "since {date}; you arrived later."
                    ),
                    client=_(
                        "Keeping Families Together needed continuous presence in the U.S. "
                        "since {date}; the client arrived later."
                    ),
                ),
                ["in_us_since"],
                KFT_SOURCE,
                False,
                date=PRESENT_SINCE.isoformat(),
            )
        )
    else:
        reasons.append(
            reason(
                "kft_presence",
                Text(
                    _("You have been in the U.S. since before {date}, as the program needed."),
                    client=_(
                        "The client has been in the U.S. since before {date}, as the program "
                        "needed."
                    ),
                ),
                ["in_us_since"],
                KFT_SOURCE,
                True,
                date=PRESENT_SINCE.isoformat(),
            )
        )
    reasons.append(
        reason(
            "kft_marriage",
            _(
                "It needed a marriage to the U.S. citizen on or before {date} (a stepchild: "
                "under 21 and unmarried on that day), presence without admission or parole, "
                "and no disqualifying criminal history or security concern. Filed online only, "
                "on Form I-131F."
            ),
            ["relative_relationship", "entry"],
            KFT_SOURCE,
            None,
            date=MARRIED_BY.isoformat(),
        )
    )
    if status.value == K.PAUSED:
        reasons.append(
            reason(
                "kft_court_stay",
                _(
                    "Since {since} a court order lets USCIS take these requests but grant "
                    "none while the case goes on."
                ),
                [],
                status.source,
                None,
                since=status.effective_from.isoformat(),
            )
        )
    return Pathway("keeping_families_together", verdict_from(reasons), tuple(reasons), "self")
