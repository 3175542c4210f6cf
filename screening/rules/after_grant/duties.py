"""What a parolee must keep doing: `address_change`, `registration_status`,
`re_parole_before_expiry`, `release_supervision`."""

from __future__ import annotations

from collections.abc import Collection

from .. import knowledge as K
from ..assessment import AfterGrantItem
from ..context import Context
from ..knowledge import after_grant as AG
from ..text import Message, Text, _
from .common import amount, item, usd
from .who import Audience

# The Form I-131 item for re-parole, by parole program (Part 1 of the 01/20/25 edition).
RE_PAROLE_ITEMS = {
    "afghan": "item 10.B",
    "u4u": "item 10.C",
    "military_pip": "item 10.H",
    "chnv": "item 10",
    "frp": "item 10",
    "cam": "item 10",
    "other": "item 10",
}
NO_PROGRAM_ITEM = "item 11"
CUSTODY = "custody_parole"


def in_court(ctx: Context) -> bool:
    return "removal_proceedings" in ctx.a.items("risk_factors")


def asylum_pending(ctx: Context) -> bool:
    return "i589" in ctx.a.items("pending_applications")


def address_change(ctx: Context, who: Audience, dates: Collection[str]) -> AfterGrantItem | None:
    for_pathways = who.for_()
    if for_pathways is None:
        return None
    parts: list[Message | str | None] = [
        Message(
            Text(
                _(
                    "Report each new address within 10 days on Form AR-11 with USCIS (online or "
                    "on paper). Not doing so is a crime (up to $200 or 30 days under the "
                    "immigration law; the general federal fine law allows up to $5,000) and can "
                    "lead to removal unless it was excusable or not willful."
                ),
                client=_(
                    "The client reports each new address within 10 days on Form AR-11 with USCIS "
                    "(online or on paper). Not doing so is a crime (up to $200 or 30 days under "
                    "the immigration law; the general federal fine law allows up to $5,000) and "
                    "can lead to removal unless it was excusable or not willful."
                ),
            )
        )
    ]
    if asylum_pending(ctx):
        parts.append(
            Message(
                Text(
                    _("With your asylum application pending, also tell the asylum office."),
                    client=_("With the asylum application pending, also tell the asylum office."),
                )
            )
        )
    sources = [AG.INA_265]
    if in_court(ctx):
        sources.append(AG.EOIR_33)
        parts.append(
            Message(
                Text(
                    _(
                        "Because you have a case in immigration court, also file Form "
                        "EOIR-33/IC with that court within five working days and send a copy to "
                        "the DHS lawyer: the court sends hearing notices only to the address it "
                        "has, and a missed hearing can end in a removal order made in your "
                        "absence."
                    ),
                    client=_(
                        "Because the client has a case in immigration court, also file Form "
                        "EOIR-33/IC with that court within five working days, with a copy to the "
                        "DHS lawyer: the court sends hearing notices only to the address it has, "
                        "and a missed hearing can end in a removal order made in the client's "
                        "absence."
                    ),
                )
            )
        )
    entry = K.Dated(K.EARLIEST, True, AG.INA_265)
    wanted = ("address_change_due", "court_address_change_due")
    return item(
        "address_change",
        parts,
        entry,
        source="; ".join(sources),
        for_pathways=for_pathways,
        dates=[d for d in wanted if d in dates],
    )


def registration_status(ctx: Context, who: Audience) -> AfterGrantItem | None:
    for_pathways = who.for_()
    if for_pathways is None:
        return None
    parts = [
        Message(
            Text(
                _(
                    "Once you are paroled, your I-94 or parole stamp registers you, even after the "
                    "parole ends, so you do not file Form G-325R. From age 18, carry it with you."
                ),
                client=_(
                    "Once paroled, the client's I-94 or parole stamp registers the client, even "
                    "after the parole ends, so no Form G-325R is filed. From age 18 the client "
                    "carries it."
                ),
            )
        )
    ]
    entry = K.Dated(K.EARLIEST, True, AG.REGISTRATION, confidence="S")
    return item(
        "registration_status", parts, entry, source=AG.REGISTRATION, for_pathways=for_pathways
    )


def _re_parole_item(ctx: Context, who: Audience) -> str:
    if who.paroled:
        return RE_PAROLE_ITEMS.get(ctx.get("parole_program"), NO_PROGRAM_ITEM)
    return NO_PROGRAM_ITEM


def re_parole_before_expiry(ctx: Context, who: Audience) -> AfterGrantItem | None:
    for_pathways = who.for_()
    if for_pathways is None:
        return None
    day = ctx.as_of
    i131 = K.I131_FILING_FEE.on(day)
    parole_fee = K.PAROLE_FEE.on(day)
    assert i131 is not None and parole_fee is not None
    parts: list[Message | str | None] = []
    custody_only = for_pathways == (CUSTODY,)
    if not custody_only:
        params = {
            "item": _re_parole_item(ctx, who),
            "paper": usd(i131.value.paper_usd),
            "online": usd(i131.value.online_usd),
        }
        if parole_fee.value is not None:
            params["parole_fee"] = usd(parole_fee.value.paper_usd)
            text = Text(
                _(
                    "Parole ends on the date on your I-94. To stay longer, ask for re-parole "
                    "from inside the U.S. before then on Form I-131 ({item} of Part 1), with the "
                    "I-131 fee ({paper} on paper, {online} online) and, on each grant, the parole "
                    "fee again ({parole_fee}). There is no re-parole from abroad."
                ),
                client=_(
                    "Parole ends on the date on the client's I-94. To stay longer, the client "
                    "asks for re-parole from inside the U.S. before then on Form I-131 ({item} of "
                    "Part 1), with the I-131 fee ({paper} on paper, {online} online) and, on each "
                    "grant, the parole fee again ({parole_fee}). There is no re-parole from "
                    "abroad."
                ),
            )
        else:
            text = Text(
                _(
                    "Parole ends on the date on your I-94. To stay longer, ask for re-parole "
                    "from inside the U.S. before then on Form I-131 ({item} of Part 1), with the "
                    "I-131 fee ({paper} on paper, {online} online). There is no re-parole from "
                    "abroad."
                ),
                client=_(
                    "Parole ends on the date on the client's I-94. To stay longer, the client "
                    "asks for re-parole from inside the U.S. before then on Form I-131 ({item} of "
                    "Part 1), with the I-131 fee ({paper} on paper, {online} online). There is no "
                    "re-parole from abroad."
                ),
            )
        parts.append(Message(text, params))
        if ctx.get("parole_program") == "u4u" and who.paroled:
            parts.append(_("Ukrainians file no earlier than 180 days before parole ends."))
    if CUSTODY in for_pathways:
        parts.append(
            Message(
                Text(
                    _(
                        "After a release on parole from ICE custody, ask the ICE office that "
                        "released you how to extend it; one secondary source reports that parole "
                        "for people in removal proceedings is decided by ICE, not USCIS."
                    ),
                    client=_(
                        "After a release on parole from ICE custody, the client asks the ICE "
                        "office that released them how to extend it; one secondary source reports "
                        "that parole for people in removal proceedings is decided by ICE, not "
                        "USCIS."
                    ),
                )
            )
        )
    return item(
        "re_parole_before_expiry",
        parts,
        i131,
        source=f"{AG.RE_PAROLE}; {i131.source}; {parole_fee.source}",
        confidence="C",
        amounts=(
            None if custody_only else amount("i131_filing_fee", i131),
            amount("parole_fee", parole_fee) if parole_fee.value is not None else None,
        ),
        for_pathways=for_pathways,
    )


def release_supervision(ctx: Context, who: Audience) -> AfterGrantItem | None:
    if CUSTODY not in who.pathways or who.paroled:
        return None
    since = AG.AFTER_GRANT_SINCE["ice_supervision_memo"].on(ctx.as_of)
    parts = [
        Message(
            Text(
                _(
                    "A release can come with a GPS ankle monitor or SmartLINK check-ins by phone; "
                    "keep every check-in and every hearing."
                ),
                client=_(
                    "A release can come with a GPS ankle monitor or SmartLINK check-ins by phone; "
                    "the client keeps every check-in and every hearing."
                ),
            )
        ),
        _("ICE expanded both for people it releases in June 2025.") if since.value else None,
    ]
    return item(
        "release_supervision",
        parts,
        since,
        source=AG.ICE_SUPERVISION,
        confidence="S",
        for_pathways=(CUSTODY,),
    )
