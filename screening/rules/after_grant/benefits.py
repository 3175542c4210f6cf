"""Public benefits after the 2025 budget law, and the annual asylum fee: `public_benefits`,
`annual_asylum_fee`."""

from __future__ import annotations

import datetime as dt

from ..assessment import AfterGrantItem
from ..context import Context
from ..knowledge import after_grant as AG
from ..text import Message, Text, _
from .common import amount, item, usd
from .duties import asylum_pending
from .who import Audience, likely_entrant

# The days H.R. 1 (Pub. L. 119-21) sets for each program.
SNAP_FROM = dt.date(2025, 7, 4)
MEDICAID_FROM = dt.date(2026, 10, 1)
TAX_CREDIT_FLOOR_FROM = dt.date(2026, 1, 1)
MEDICARE_ENROLLED_FROM = dt.date(2027, 1, 4)  # "18 months after" enactment, computed
MEDICARE_ENROLLED_OTHER = dt.date(2027, 1, 1)  # what one secondary source says instead


def public_benefits(ctx: Context, who: Audience) -> AfterGrantItem | None:
    for_pathways = who.for_()
    law = AG.AFTER_GRANT_SINCE["hr1_benefits"].on(ctx.as_of)
    if for_pathways is None or not law.value:
        return None
    parts: list[Message | str | None] = [
        Message(
            _(
                "The 2025 budget law (H.R. 1) keeps federal benefits for green-card holders, "
                "Cuban and Haitian entrants and citizens of the Compact of Free Association "
                "states, not for parolees: SNAP food aid ends from {snap} (for people already "
                "receiving it, at their next renewal); federal Medicaid and CHIP funding ends "
                "from {medicaid} (state programs for children and pregnant people continue); "
                "help paying for health insurance (premium tax credits) ends from plan year "
                "2027, and from {floor} none is given below the poverty line; Medicare ends for "
                "new enrollment from {snap} and for people already enrolled from {medicare} "
                "(one source says {medicare_other})."
            ),
            {
                "snap": SNAP_FROM.isoformat(),
                "medicaid": MEDICAID_FROM.isoformat(),
                "floor": TAX_CREDIT_FLOOR_FROM.isoformat(),
                "medicare": MEDICARE_ENROLLED_FROM.isoformat(),
                "medicare_other": MEDICARE_ENROLLED_OTHER.isoformat(),
            },
        )
    ]
    suit = AG.AFTER_GRANT_SINCE["snap_states_suit"].on(ctx.as_of)
    if suit.value:
        parts.append(
            Message(
                _("States sued over the SNAP guidance on {day}; the outcome is not confirmed."),
                {"day": suit.effective_from.isoformat()},
            )
        )
    if likely_entrant(ctx):
        parts.append(
            Message(
                Text(
                    _(
                        "As a Cuban or Haitian paroled at a port of entry, you are likely "
                        "excepted as an entrant; the agency decides."
                    ),
                    client=_(
                        "As a Cuban or Haitian paroled at a port of entry, the client is likely "
                        "excepted as an entrant; the agency decides."
                    ),
                )
            )
        )
    if ctx.get("parole_program") in ("u4u", "afghan"):
        parts.append(
            _(
                "The refugee-like benefits of Ukrainian and Afghan parolees have probably ended "
                "too; this is not confirmed."
            )
        )
    return item(
        "public_benefits",
        parts,
        law,
        source=f"{AG.BENEFITS}; {AG.ORR_UKRAINE_AFGHAN}"
        if ctx.get("parole_program") in ("u4u", "afghan")
        else AG.BENEFITS,
        for_pathways=for_pathways,
    )


def annual_asylum_fee(ctx: Context, who: Audience) -> AfterGrantItem | None:
    for_pathways = who.for_()
    fee = AG.ANNUAL_ASYLUM_FEE.on(ctx.as_of)
    if for_pathways is None or not asylum_pending(ctx) or fee is None or fee.value is None:
        return None
    since = AG.AFTER_GRANT_SINCE
    parts: list[Message | str | None] = [
        Message(
            Text(
                _(
                    "Each calendar year your asylum application stays pending after its first "
                    "year costs an annual fee of {amount}, one per application (family members "
                    "included); pay it online (USCIS or immigration-court portal) within 30 days "
                    "of the notice."
                ),
                client=_(
                    "Each calendar year the client's asylum application stays pending after its "
                    "first year costs an annual fee of {amount}, one per application (family "
                    "members included), paid online (USCIS or immigration-court portal) within "
                    "30 days of the notice."
                ),
            ),
            {"amount": usd(fee.value)},
        )
    ]
    sources = [fee.source]
    consequences = since["asylum_fee_consequences"].on(ctx.as_of)
    if consequences.value:
        sources.append(consequences.source)
        parts.append(
            _(
                "Not paying can lead to the application's rejection, the loss of its work permit "
                "and removal."
            )
        )
    stay = since["asylum_fee_stay"].on(ctx.as_of)
    if stay.value:
        sources.append(stay.source)
        parts.append(
            Message(
                _(
                    "Since {day} a court has stopped rejection and removal for not paying, but the "
                    "fee is still owed."
                ),
                {"day": stay.effective_from.isoformat()},
            )
        )
    parts.append(_("Whether anyone is spared this fee is not confirmed."))
    return item(
        "annual_asylum_fee",
        parts,
        fee,
        source="; ".join(sources),
        amounts=(amount("annual_asylum_fee", fee),),
        for_pathways=for_pathways,
    )
