"""A green card from inside the U.S.: adjustment of status for an immediate relative of a U.S.
citizen (INA 245(a)), and the Cuban Adjustment Act (Pub. L. 89-732)."""

from __future__ import annotations

import datetime as dt

from ..assessment import Alternative, Pathway
from ..context import OPEN_VERDICTS, Context
from ..knowledge import after_parole as AP
from ..relatives import immediate_relative
from ..restrictions import hold_kinds
from ..text import Message, Text, _
from .common import CONFIRM, add_years, fee, i485_on_paper
from .tps_travel import WHY as TPS_TRAVEL_WHY
from .tps_travel import tps_travel_need

ADMITTED_OR_PAROLED = frozenset({"admitted", "paroled"})
SECTION_245I_DEADLINE = dt.date(2001, 4, 30)


def _hold_bars(ctx: Context) -> list[Message]:
    """What the 2025-26 holds and re-reviews mean for a green card application."""
    entry, kinds = hold_kinds(ctx)
    if entry is None or entry.value is None:
        return []
    if "country" in kinds:
        return [
            Message(
                Text(
                    _(
                        "USCIS is holding decisions on green card applications from "
                        "people of your country ({memo}); it makes no final decision "
                        "while the hold lasts."
                    ),
                    client=_(
                        "USCIS is holding decisions on green card applications from "
                        "people of the client's country ({memo}); it makes no final "
                        "decision while the hold lasts."
                    ),
                ),
                {"memo": entry.value.memo},
            )
        ]
    if ctx.get("citizenship") in entry.value.re_review:
        return [
            Message(
                Text(
                    _(
                        "USCIS may review again the approvals of people from your "
                        "country who entered on or after 2021-01-20."
                    ),
                    client=_(
                        "USCIS may review again the approvals of people from the "
                        "client's country who entered on or after 2021-01-20."
                    ),
                )
            )
        ]
    return []


DISCRETION = Message(
    Text(
        _(
            "A green card is not automatic: since 2026-05-21 USCIS "
            "officers weigh how you kept the conditions of your parole or "
            "visa and whether you could have applied for a visa abroad."
        ),
        client=_(
            "A green card is not automatic: since 2026-05-21 USCIS "
            "officers weigh how the client kept the conditions of the "
            "client's parole or visa and whether the client could have "
            "applied for a visa abroad."
        ),
    )
)


def adjustment_of_status(ctx: Context, shown: dict[str, Pathway]) -> Alternative | None:
    if not ctx.inside or immediate_relative(ctx) is not True:
        return None
    pip = shown.get("military_parole_in_place")
    via_pip = pip is not None and pip.verdict in OPEN_VERDICTS
    entry = ctx.get("entry")
    travel = tps_travel_need(ctx)  # a return on TPS travel authorization (dated policy)
    if entry not in ADMITTED_OR_PAROLED and not via_pip and travel is None:
        return None  # entered without inspection and never paroled: the consular route
    if "i485" in ctx.a.items("pending_applications"):
        why = Text(
            _(
                "You have already applied for a green card (Form I-485). As "
                "the immediate relative of a U.S. citizen, an overstay or "
                "work without permission does not by itself stop it, as long "
                "as you were admitted or paroled."
            ),
            client=_(
                "The client has already applied for a green card (Form "
                "I-485). As the immediate relative of a U.S. citizen, an "
                "overstay or work without permission does not by itself stop "
                "it, as long as the client was admitted or paroled."
            ),
        )
    elif travel is not None and entry not in ADMITTED_OR_PAROLED and not via_pip:
        why = TPS_TRAVEL_WHY
    elif entry in ADMITTED_OR_PAROLED:
        why = Text(
            _(
                "As the immediate relative of a U.S. citizen who was admitted "
                "or paroled into the U.S., you may be able to get a green "
                "card without leaving (adjustment of status): your relative "
                "files Form I-130 and you file Form I-485. For an immediate "
                "relative, an overstay or work without permission does not by "
                "itself stop it."
            ),
            client=_(
                "As the immediate relative of a U.S. citizen who was admitted "
                "or paroled into the U.S., the client may be able to get a "
                "green card without leaving (adjustment of status): the "
                "client's relative files Form I-130 and the client files Form "
                "I-485. For an immediate relative, an overstay or work "
                "without permission does not by itself stop it."
            ),
        )
    else:
        why = Text(
            _(
                "Parole in place would count as being paroled into the U.S. "
                "As the immediate relative of a U.S. citizen you could then "
                "get a green card without leaving: your relative files Form "
                "I-130 and you file Form I-485."
            ),
            client=_(
                "Parole in place would count as being paroled into the U.S. "
                "As the immediate relative of a U.S. citizen the client could "
                "then get a green card without leaving: the client's relative "
                "files Form I-130 and the client files Form I-485."
            ),
        )
    needs = (
        Message(
            Text(
                _(
                    "A U.S.-citizen spouse, a U.S.-citizen parent while you are "
                    "unmarried and under 21, or a U.S.-citizen son or daughter "
                    "aged 21 or older, who files Form I-130 for you."
                ),
                client=_(
                    "A U.S.-citizen spouse, a U.S.-citizen parent while the "
                    "client is unmarried and under 21, or a U.S.-citizen son or "
                    "daughter aged 21 or older, who files Form I-130 for the "
                    "client."
                ),
            )
        ),
        Message(
            Text(
                _(
                    "To have been inspected and admitted, or paroled, before you "
                    "apply. Someone who entered without inspection qualifies only "
                    "after a grant of parole, or through a petition filed on or "
                    "before {date} under an older rule."
                ),
                client=_(
                    "To have been inspected and admitted, or paroled, before the "
                    "client applies. Someone who entered without inspection "
                    "qualifies only after a grant of parole, or through a "
                    "petition filed on or before {date} under an older rule."
                ),
            ),
            {"date": SECTION_245I_DEADLINE},
        ),
        Message(
            _(
                "To be admissible: the health, criminal and security grounds and the "
                "public-charge test still apply."
            )
        ),
    )
    if travel is not None and entry not in ADMITTED_OR_PAROLED:
        needs += (travel[0],)
    bars = (
        Message(
            Text(
                _(
                    "Some bars still apply to immediate relatives and a lawyer "
                    "must check them: arriving as a crew member or in transit "
                    "without a visa, a fiancé(e) visa without marrying the person "
                    "who filed for you, the two-year home-residence rule of some "
                    "exchange visas, a marriage while in removal proceedings, or "
                    "a past sham marriage."
                ),
                client=_(
                    "Some bars still apply to immediate relatives and a lawyer "
                    "must check them: arriving as a crew member or in transit "
                    "without a visa, a fiancé(e) visa without marrying the person "
                    "who filed for the client, the two-year home-residence rule "
                    "of some exchange visas, a marriage while in removal "
                    "proceedings, or a past sham marriage."
                ),
            )
        ),
        DISCRETION,
        *_hold_bars(ctx),
    )
    return Alternative(
        why,
        id="adjustment_of_status",
        source=f"{AP.INA_245A}; {AP.INA_245C}; {AP.INA_201B}; {AP.PM_602_0199}"
        + (f"; {travel[1]}" if travel is not None and entry not in ADMITTED_OR_PAROLED else ""),
        needs=needs,
        bars=bars,
        forms=("I-130", "I-485"),
        fees=(fee("I-130", AP.I130_FEE, ctx.as_of), i485_on_paper(ctx.as_of)),
        confirm=CONFIRM,
    )


def cuban_adjustment_act(ctx: Context) -> Alternative | None:
    if not (ctx.inside and ctx.get("citizenship") == "CU"):
        return None
    if ctx.get("entry") not in ADMITTED_OR_PAROLED:
        return None  # a release on Form I-220A is not parole (Matter of Cabrera-Fernandez)
    since = ctx.get("in_us_since")
    met_on = add_years(since, AP.CAA_PRESENCE_YEARS) if since else None
    if met_on is None:
        why = Text(
            _(
                "As a Cuban who was admitted or paroled into the U.S., you "
                "may apply for a green card under the Cuban Adjustment Act "
                "once you have been here for one year."
            ),
            client=_(
                "As a Cuban who was admitted or paroled into the U.S., the "
                "client may apply for a green card under the Cuban Adjustment "
                "Act once the client has been here for one year."
            ),
        )
    elif met_on <= ctx.as_of:
        why = Text(
            _(
                "As a Cuban who was admitted or paroled into the U.S., you "
                "may apply for a green card under the Cuban Adjustment Act "
                "after one year here. Counting from your last arrival, you "
                "reached one year on {date}."
            ),
            client=_(
                "As a Cuban who was admitted or paroled into the U.S., the "
                "client may apply for a green card under the Cuban Adjustment "
                "Act after one year here. Counting from the client's last "
                "arrival, the client reached one year on {date}."
            ),
        )
    else:
        why = Text(
            _(
                "As a Cuban who was admitted or paroled into the U.S., you "
                "may apply for a green card under the Cuban Adjustment Act "
                "after one year here. Counting from your last arrival, you "
                "reach one year on {date}; you can apply from that day."
            ),
            client=_(
                "As a Cuban who was admitted or paroled into the U.S., the "
                "client may apply for a green card under the Cuban Adjustment "
                "Act after one year here. Counting from the client's last "
                "arrival, the client reaches one year on {date}; the client "
                "can apply from that day."
            ),
        )
    needs = (
        Message(
            Text(
                _(
                    "To have been inspected and admitted, or paroled: your I-94 "
                    "record should show parole. A release from custody on Form "
                    "I-220A is not parole for this law."
                ),
                client=_(
                    "To have been inspected and admitted, or paroled: the "
                    "client's I-94 record should show parole. A release from "
                    "custody on Form I-220A is not parole for this law."
                ),
            )
        ),
        Message(
            _(
                "To be admissible and to deserve a favorable decision. No family petition is "
                "needed, and the usual bars for an overstay or work without permission do not "
                "apply."
            )
        ),
        Message(
            Text(
                _(
                    "A spouse or child of any nationality who lives with you may "
                    "qualify too, and so may people born in Cuba who hold another "
                    "citizenship."
                ),
                client=_(
                    "A spouse or child of any nationality who lives with the "
                    "client may qualify too, and so may people born in Cuba who "
                    "hold another citizenship."
                ),
            )
        ),
    )
    bars: list[Message] = [DISCRETION, *_hold_bars(ctx)]
    if ctx.get("parole_program") == "chnv":
        bars.append(
            Message(
                _(
                    "No USCIS text was found on how parole under the ended CHNV program counts "
                    "for this law; a lawyer must check it."
                )
            )
        )
    return Alternative(
        why,
        {"date": met_on} if met_on else {},
        id="cuban_adjustment_act",
        source=f"{AP.CAA}; {AP.I220A_NOT_PAROLE}",
        needs=needs,
        bars=tuple(bars),
        forms=("I-485",),
        fees=(i485_on_paper(ctx.as_of),),
        met_on=met_on,
        confirm=CONFIRM,
    )
