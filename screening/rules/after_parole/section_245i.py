"""Adjustment of status under INA 245(i): a person who entered without inspection, or fell out of
status, can still adjust without leaving if an immigrant petition or labor certification was
filed for them (or for a parent or spouse, including them) by 2001-04-30; one filed after
1998-01-14 needs the person it was filed for in the U.S. on 2000-12-21. A grandfathered person may
adjust on any later petition. It never cures the permanent bar (Matter of Briones): the history
rules take this route away under that bar (history_routes.py)."""

from __future__ import annotations

from dataclasses import replace

from ..assessment import Alternative
from ..context import Context
from ..inferences import present_on_2000_12_21
from ..knowledge import after_parole as AP
from ..knowledge import history as H
from ..relatives import immediate_relative, relatives
from ..text import Message, Text, _
from .adjustment import DISCRETION, _hold_bars
from .common import CONFIRM, fee

PREFERENCE = frozenset({"lpr_spouse", "lpr_parent", "usc_parent"})

WHY = Text(
    _(
        "Under an older rule, INA 245(i), a person who entered without inspection or fell out of "
        "status can still get a green card without leaving the U.S., if an immigrant petition or "
        "labor certification was filed for them, or for their parent or spouse including them, "
        "by 2001-04-30. A person covered by it may adjust on any later petition, such as one "
        "your relative files now: your relative files Form I-130, and you file Form I-485 with "
        "Supplement A and the extra sum of {amount}."
    ),
    client=_(
        "Under an older rule, INA 245(i), a person who entered without inspection or fell out of "
        "status can still get a green card without leaving the U.S., if an immigrant petition or "
        "labor certification was filed for them, or for their parent or spouse including them, "
        "by 2001-04-30. A person covered by it may adjust on any later petition, such as one the "
        "client's relative files now: the relative files Form I-130, and the client files Form "
        "I-485 with Supplement A and the extra sum of {amount}."
    ),
)
PETITION_UNANSWERED = Message(
    Text(
        _(
            "Only if a petition was filed for you, or for your parent or spouse while you were "
            "their child or spouse, by 2001-04-30 (properly filed and approvable when filed; a "
            "lawyer checks)."
        ),
        client=_(
            "Only if a petition was filed for the client, or for the client's parent or spouse "
            "while the client was their child or spouse, by 2001-04-30 (properly filed and "
            "approvable when filed; a lawyer checks)."
        ),
    )
)
PETITION_GIVEN = Message(
    Text(
        _(
            "The petition you named must have been properly filed and approvable when filed: a "
            "lawyer checks it."
        ),
        client=_(
            "The petition the client named must have been properly filed and approvable when "
            "filed: a lawyer checks it."
        ),
    )
)
PRESENCE_UNANSWERED = Message(
    _(
        "Only if the person the petition was filed for was in the U.S. on 2000-12-21 (a spouse "
        "or child included in it need not have been)."
    )
)
VISA_NUMBER_CLIENT = Message(
    Text(
        _(
            "A visa number must be available: your priority date must be current in the State "
            "Department's Visa Bulletin."
        ),
        client=_(
            "A visa number must be available: the client's priority date must be current in the "
            "State Department's Visa Bulletin."
        ),
    )
)
LPR_PARENT = Message(
    _("Through a permanent-resident parent: only for an unmarried son or daughter.")
)
NOT_THE_BAR = Message(
    _(
        "It cures an entry without inspection and the usual bars for falling out of status, but "
        "not the permanent bar for coming back without being admitted after a removal order or "
        "after more than a year here without permission (Matter of Briones)."
    )
)
WAIVER_NOTE = Message(
    _(
        "Adjusting under 245(i) needs no trip abroad, so it does not start the 3- or 10-year bar "
        "that leaving would."
    )
)


def grandfathered(ctx: Context) -> bool | None:
    """True, False, or None while the answers leave it open."""
    petition = ctx.get("petition_245i")
    if petition == "filed_by_1998_01_14":
        return True
    if petition == "filed_1998_01_15_to_2001_04_30":
        return present_on_2000_12_21(ctx)
    if petition == "none":
        return False
    return None


def adjustment_245i(ctx: Context) -> Alternative | None:
    if not ctx.inside or grandfathered(ctx) is False:
        return None
    entry, risks = ctx.get("entry"), set(ctx.a.items("risk_factors"))
    immediate = immediate_relative(ctx) is True
    if not (
        entry in ("without_inspection", "released_from_custody")
        or (entry == "admitted" and "prior_overstay" in risks and not immediate)
    ):
        return None
    preference = relatives(ctx) & PREFERENCE
    if not immediate and not preference:
        return None
    needs: list[Message] = []
    if not ctx.has("petition_245i"):
        needs.append(PETITION_UNANSWERED)
    else:
        needs.append(PETITION_GIVEN)
        if grandfathered(ctx) is None:
            needs.append(PRESENCE_UNANSWERED)
    if not immediate:
        needs.append(VISA_NUMBER_CLIENT)
        if preference == {"lpr_parent"}:
            needs.append(LPR_PARENT)
    needs.append(NOT_THE_BAR)
    sum_fee = fee("I-485 Supplement A", H.SECTION_245I_FEE, ctx.as_of)
    return Alternative(
        WHY,
        {"amount": f"${sum_fee.amount_usd:,}"},
        id="adjustment_of_status",
        source=f"{H.INA_245I}; {H.PM_245I}; {H.BRIONES}; {AP.INA_245A}",
        needs=tuple(needs),
        bars=(DISCRETION, *_hold_bars(ctx)),
        forms=("I-130", "I-485", "I-485 Supplement A"),
        fees=(
            fee("I-130", AP.I130_FEE, ctx.as_of),
            fee("I-485", AP.I485_FEE, ctx.as_of),
            sum_fee,
        ),
        confirm=CONFIRM,
    )


def with_245i_note(waiver: Alternative | None, adjusts_245i: bool) -> Alternative | None:
    """The provisional waiver, shown beside 245(i), says that 245(i) needs no trip abroad."""
    if waiver is None or not adjusts_245i:
        return waiver
    return replace(waiver, bars=(*waiver.bars, WAIVER_NOTE))
