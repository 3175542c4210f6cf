"""Travel while on parole: `travel_on_parole` (for people inside the U.S.)."""

from __future__ import annotations

from collections.abc import Collection

from .. import knowledge as K
from ..assessment import AfterGrantItem
from ..context import Context
from ..knowledge import after_grant as AG
from ..text import Message, Text, _
from .common import amount, item, usd
from .who import Audience

ABANDONMENT = "8 CFR 208.8(a)-(b); 8 CFR 245.2(a)(4)(ii)"


def travel_on_parole(
    ctx: Context, who: Audience, flag_ids: Collection[str]
) -> AfterGrantItem | None:
    for_pathways = who.for_()
    if for_pathways is None or not ctx.inside:
        return None
    day = ctx.as_of
    i131 = K.I131_FILING_FEE.on(day)
    parole_fee = K.PAROLE_FEE.on(day)
    assert i131 is not None and parole_fee is not None
    sources = [AG.TRAVEL, i131.source]
    parts: list[Message | str | None] = [
        Message(
            Text(
                _(
                    "Parole ends when you leave the U.S. Before any trip, ask for advance parole "
                    "(Form I-131, Part 1 item 5; {paper} on paper, {online} online). When you "
                    "come back, CBP decides whether to parole you again."
                ),
                client=_(
                    "Parole ends when the client leaves the U.S. Before any trip, the client asks "
                    "for advance parole (Form I-131, Part 1 item 5; {paper} on paper, {online} "
                    "online). On the client's return, CBP decides whether to parole the client "
                    "again."
                ),
            ),
            {"paper": usd(i131.value.paper_usd), "online": usd(i131.value.online_usd)},
        )
    ]
    if parole_fee.value is not None:
        parts.append(
            Message(
                _(
                    "The parole fee ({amount}) is charged again on return, unless the traveler "
                    "has applied for a green card inside the U.S. (INA 245)."
                ),
                {"amount": usd(parole_fee.value.paper_usd)},
            )
        )
    parts.append(
        Message(
            Text(
                _(
                    "If you must travel within 15 days, ask for emergency advance parole at a "
                    "USCIS field office, booked through the USCIS Contact Center, with the I-131, "
                    "photos, the fee and proof of the emergency; it is often issued the same day."
                ),
                client=_(
                    "If the client must travel within 15 days, emergency advance parole can be "
                    "asked for at a USCIS field office, booked through the USCIS Contact Center, "
                    "with the I-131, photos, the fee and proof of the emergency; it is often "
                    "issued the same day."
                ),
            )
        )
    )
    sources.append(AG.EMERGENCY_AP)
    if "travel_ban" in flag_ids:
        parts.append(
            Message(
                Text(
                    _(
                        "A travel ban covers your country, so coming back is not assured: whether "
                        "the ban reaches a parolee's return is not confirmed."
                    ),
                    client=_(
                        "A travel ban covers the client's country, so coming back is not "
                        "assured: whether the ban reaches a parolee's return is not confirmed."
                    ),
                )
            )
        )
    departure = ctx.policy("advance_parole_is_departure")
    if departure.value:
        sources.append(K.DELCARMEN_LARA)
        parts.append(
            Message(
                _(
                    "Since {day}, a trip on advance parole is reported to count as a departure "
                    "for the 3- and 10-year bars (Matter of Delcarmen-Lara): anyone who has been "
                    "in the U.S. without permission sees a lawyer before leaving."
                ),
                {"day": departure.effective_from.isoformat()},
            )
        )
    pending = set(ctx.a.items("pending_applications")) & {"i589", "i485"}
    if pending:
        sources.append(ABANDONMENT)
        parts.append(
            Message(
                Text(
                    _(
                        "With an asylum or green-card application pending, leaving can abandon "
                        "it: see a lawyer before any trip."
                    ),
                    client=_(
                        "With an asylum or green-card application pending, leaving can abandon "
                        "it: the client sees a lawyer before any trip."
                    ),
                )
            )
        )
    return item(
        "travel_on_parole",
        parts,
        K.Dated(K.EARLIEST, True, AG.TRAVEL),
        source="; ".join(sources),
        amounts=(
            amount("i131_filing_fee", i131),
            amount("parole_fee", parole_fee) if parole_fee.value is not None else None,
        ),
        for_pathways=for_pathways,
    )
