"""The consular route for someone who cannot adjust in the U.S.: a provisional waiver of the
unlawful-presence bars (Form I-601A) before the visa interview abroad (8 CFR 212.7(e))."""

from __future__ import annotations

from ..assessment import Alternative, Pathway
from ..context import Context
from ..knowledge import after_parole as AP
from ..relatives import WAIVER_RELATIVES, relatives
from ..restrictions import travel_ban
from ..text import Message, Text, _
from .common import CONFIRM, fee


def provisional_waiver(
    ctx: Context, shown: dict[str, Pathway], adjusts: bool
) -> Alternative | None:
    """`adjusts`: adjustment of status is already offered (then the waiver is not needed)."""
    if not ctx.inside or not relatives(ctx) & WAIVER_RELATIVES:
        return None
    entry, risks = ctx.get("entry"), set(ctx.a.items("risk_factors"))
    unlawful = entry in ("without_inspection", "released_from_custody") or (
        entry == "admitted" and "prior_overstay" in risks and not adjusts
    )
    if not unlawful:
        return None
    if travel_ban(ctx) is not None:
        return None  # immigrant visas are suspended: the travel_ban flag says the route is blocked
    pip = shown.get("military_parole_in_place")
    if pip is not None and pip.verdict == "likely":
        return None  # parole in place leads to a green card without leaving
    bars = [
        Message(
            Text(
                _(
                    "It covers only the bar for time spent here without "
                    "permission: you still leave for the interview, and it cannot "
                    "cure the permanent bar for someone who came back without "
                    "permission after more than a year here or after a removal "
                    "order."
                ),
                client=_(
                    "It covers only the bar for time spent here without "
                    "permission: the client still leaves for the interview, and "
                    "it cannot cure the permanent bar for someone who came back "
                    "without permission after more than a year here or after a "
                    "removal order."
                ),
            )
        )
    ]
    if "removal_proceedings" in risks:
        bars.append(
            Message(
                Text(
                    _(
                        "You are in removal proceedings: you can file only if the "
                        "immigration judge has administratively closed your case and "
                        "it has not been put back on the calendar."
                    ),
                    client=_(
                        "The client is in removal proceedings: the client can file "
                        "only if the immigration judge has administratively closed "
                        "the client's case and it has not been put back on the "
                        "calendar."
                    ),
                )
            )
        )
    if "prior_removal" in risks:
        bars.append(
            Message(
                Text(
                    _(
                        "After a removal order you first need permission to apply "
                        "again for admission (Form I-212) before this waiver can be "
                        "filed."
                    ),
                    client=_(
                        "After a removal order the client first needs permission to "
                        "apply again for admission (Form I-212) before this waiver "
                        "can be filed."
                    ),
                )
            )
        )
    return Alternative(
        Text(
            _(
                "A provisional waiver (Form I-601A) can forgive, before you "
                "leave for a visa interview abroad, the 3- or 10-year bar "
                "that your time here without permission would start. It needs "
                "an approved immigrant petition and extreme hardship to your "
                "U.S.-citizen or permanent-resident spouse or parent."
            ),
            client=_(
                "A provisional waiver (Form I-601A) can forgive, before the "
                "client leaves for a visa interview abroad, the 3- or 10-year "
                "bar that the client's time here without permission would "
                "start. It needs an approved immigrant petition and extreme "
                "hardship to the client's U.S.-citizen or permanent-resident "
                "spouse or parent."
            ),
        ),
        id="provisional_waiver",
        source=f"{AP.I601A_RULE}; {AP.INA_212A9B}; {AP.INA_212A9C}",
        needs=(
            Message(
                Text(
                    _(
                        "An approved immigrant petition (for example Form I-130 filed "
                        "by your relative), an immigrant visa case with the State "
                        "Department with its fee paid, and being 17 or older."
                    ),
                    client=_(
                        "An approved immigrant petition (for example Form I-130 filed "
                        "by the client's relative), an immigrant visa case with the "
                        "State Department with its fee paid, and being 17 or older."
                    ),
                )
            ),
            Message(
                Text(
                    _(
                        "Extreme hardship to your U.S.-citizen or permanent-resident "
                        "spouse or parent if you were refused; hardship to a child "
                        "does not count."
                    ),
                    client=_(
                        "Extreme hardship to the client's U.S.-citizen or "
                        "permanent-resident spouse or parent if the client was "
                        "refused; hardship to a child does not count."
                    ),
                )
            ),
        ),
        bars=tuple(bars),
        forms=("I-130", "I-601A"),
        fees=(fee("I-130", AP.I130_FEE, ctx.as_of), fee("I-601A", AP.I601A_FEE, ctx.as_of)),
        confirm=CONFIRM,
    )
