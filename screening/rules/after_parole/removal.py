"""Cancellation of removal for someone who is not a permanent resident, INA 240A(b)(1): ten years
here counted to the Notice to Appear (INA 240A(b)(1), stop-time rule INA 240A(d))."""

from __future__ import annotations

from ..assessment import Alternative
from ..context import Context
from ..knowledge import after_parole as AP
from ..relatives import CANCELLATION_RELATIVES, relatives
from ..text import Message, Text, _
from .common import CONFIRM, add_years, fee
from .defective_nta import SOURCE as NTA_SOURCE
from .defective_nta import defect_count, defect_needs, nta_defect


def cancellation_of_removal(ctx: Context) -> Alternative | None:
    risks = set(ctx.a.items("risk_factors"))
    if not (ctx.inside and "removal_proceedings" in risks):
        return None
    if not relatives(ctx) & CANCELLATION_RELATIVES:
        return None
    since, nta = ctx.get("in_us_since"), ctx.get("nta_served_on")
    met_on = add_years(since, AP.CANCELLATION_PRESENCE_YEARS) if since else None
    defect = nta_defect(ctx, met_on, nta)
    if defect == "stopped":
        return None  # the Notice to Appear stopped the count before ten years
    if defect:
        count = defect_count(defect, met_on)
    elif met_on and nta:
        count = Message(
            Text(
                _(
                    "Counting from your last arrival, you reached ten years on "
                    "{date}, before the Notice to Appear was served on {nta}, "
                    "which stops the count."
                ),
                client=_(
                    "Counting from the client's last arrival, the client reached "
                    "ten years on {date}, before the Notice to Appear was served "
                    "on {nta}, which stops the count."
                ),
            ),
            {"date": met_on, "nta": nta},
        )
    elif met_on:
        count = Message(
            Text(
                _(
                    "Counting from your last arrival, ten years are reached on "
                    "{date}, but only if no valid Notice to Appear was served "
                    "before then: serving one stops the count."
                ),
                client=_(
                    "Counting from the client's last arrival, ten years are "
                    "reached on {date}, but only if no valid Notice to Appear was "
                    "served before then: serving one stops the count."
                ),
            ),
            {"date": met_on},
        )
    else:
        count = Message(
            _(
                "Ten years here before the Notice to Appear was served: serving a valid notice "
                "stops the count."
            )
        )
    bars = [
        Message(
            _(
                "An absence from the U.S. of more than 90 days at a time, or 180 days in all, "
                "breaks the ten years."
            )
        ),
        Message(_("Only 4,000 people can be granted it each year.")),
    ]
    if risks & {"criminal_conviction", "pending_charges"}:
        bars.insert(
            0,
            Message(
                Text(
                    _("A criminal conviction can bar it: tell your lawyer about every charge."),
                    client=_(
                        "A criminal conviction can bar it: the client must tell "
                        "their lawyer about every charge."
                    ),
                )
            ),
        )
    return Alternative(
        Text(
            _(
                "Cancellation of removal is asked for only before an "
                "immigration judge, in removal proceedings (Form EOIR-42B), "
                "not from USCIS. It needs ten years of continuous presence "
                "here, good moral character, and exceptional and extremely "
                "unusual hardship to your U.S.-citizen or permanent-resident "
                "spouse, parent or unmarried child under 21 if you were "
                "removed."
            ),
            client=_(
                "Cancellation of removal is asked for only before an "
                "immigration judge, in removal proceedings (Form EOIR-42B), "
                "not from USCIS. It needs ten years of continuous presence "
                "here, good moral character, and exceptional and extremely "
                "unusual hardship to the client's U.S.-citizen or "
                "permanent-resident spouse, parent or unmarried child under "
                "21 if the client was removed."
            ),
        ),
        id="cancellation_of_removal",
        source=f"{AP.INA_240A_B1}; {AP.STOP_TIME}" + (f"; {NTA_SOURCE}" if defect else ""),
        needs=(count, *defect_needs(defect)),
        bars=tuple(bars),
        forms=("EOIR-42B",),
        fees=(fee("EOIR-42B", AP.EOIR_42B_FEE, ctx.as_of),),
        met_on=met_on,
        confirm=CONFIRM,
    )
