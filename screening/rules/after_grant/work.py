"""Work and a Social Security number once paroled: `work_permit`, `work_incident_to_parole`,
`social_security_number`."""

from __future__ import annotations

from ..assessment import AfterGrantItem
from ..context import Context
from ..knowledge import after_grant as AG
from ..text import Message, Text, _
from .common import amount, item, usd
from .who import NO_WORK_PERMIT, Audience

RE_PAROLE_PATHWAYS = frozenset({"re_parole", "afghan_re_parole"})


def _renewal(ctx: Context, for_pathways: tuple[str, ...]) -> bool:
    """The H.R. 1 renewal fee applies: the person holds a work permit already, or asks for one
    with a re-parole request."""
    return ctx.get("ead_expires_on") is not None or bool(RE_PAROLE_PATHWAYS & set(for_pathways))


def work_permit(ctx: Context, who: Audience) -> AfterGrantItem | None:
    for_pathways = who.for_(NO_WORK_PERMIT)
    if for_pathways is None:
        return None
    day = ctx.as_of
    i765 = AG.I765_FILING_FEE.on(day)
    renewal = _renewal(ctx, for_pathways)
    hr1_id = "parole_ead_renewal" if renewal else "parole_ead_initial"
    hr1 = (AG.PAROLE_EAD_RENEWAL if renewal else AG.PAROLE_EAD_INITIAL).on(day)
    assert i765 is not None and hr1 is not None  # both series start at EARLIEST
    parts: list[Message | str | None] = [
        Message(
            Text(
                _(
                    "Parole alone does not let you work: you file Form I-765 (a work permit) "
                    "under category (c)(11)."
                ),
                client=_(
                    "Parole alone does not let the client work: the client files Form I-765 "
                    "(a work permit) under category (c)(11)."
                ),
            )
        )
    ]
    if i765.value.paper_usd is not None:
        parts.append(
            Message(
                _(
                    "The Form I-765 fee is {paper} on paper or {online} online; check "
                    "uscis.gov/g-1055, because the fee schedule's line for this category was "
                    "not read."
                ),
                {"paper": usd(i765.value.paper_usd), "online": usd(i765.value.online_usd)},
            )
        )
    else:
        parts.append(_("Check the Form I-765 fee at uscis.gov/g-1055."))
    if hr1.value is not None:
        hr1_text = (
            _(
                "On top of it, the 2025 budget law (H.R. 1) adds a separate fee to renew a "
                "work permit based on parole: {amount}. No fee waiver is possible for it."
            )
            if renewal
            else _(
                "On top of it, the 2025 budget law (H.R. 1) adds a separate fee for a first "
                "work permit based on parole: {amount}. No fee waiver is possible for it."
            )
        )
        parts.append(Message(hr1_text, {"amount": usd(hr1.value)}))
        if hr1.confidence == "U":
            parts.append(
                Message(
                    _(
                        "The amount for filings from {day} is not confirmed: check "
                        "uscis.gov/g-1055."
                    ),
                    {"day": hr1.effective_from.isoformat()},
                )
            )
        if ctx.get("parole_program") in ("afghan", "u4u") or "immvi_parole" in for_pathways:
            parts.append(
                _(
                    "USCIS once charged nothing for the first permit of some Afghan, Ukrainian "
                    "and military-family parolees; whether that survives the H.R. 1 fee is not "
                    "confirmed."
                )
            )
        if RE_PAROLE_PATHWAYS & set(for_pathways):
            parts.append(
                _("A work permit asked for with a re-parole request costs the renewal fee.")
            )
        if AG.AFTER_GRANT_SINCE["hr1_ead_fee_rejection"].on(day).value:
            parts.append(_("A filing that lacks either fee is rejected."))
    parts.append(
        Message(
            Text(
                _("The permit lasts one year or until your parole ends, whichever comes first."),
                client=_(
                    "The permit lasts one year or until the client's parole ends, whichever "
                    "comes first."
                ),
            )
        )
    )
    if AG.AFTER_GRANT_SINCE["ead_rule_proposed"].on(day).value:
        parts.append(
            _(
                "A rule proposed in June 2026 would make these permits discretionary (economic "
                "need, fingerprints, criminal checks, usually one year at most); it is only a "
                "proposal, and no final rule was found."
            )
        )
    sources = [AG.CFR_274A_C11, AG.USC_1803B, AG.USC_1809, AG.FR_HR1_FEES]
    if AG.AFTER_GRANT_SINCE["ead_rule_proposed"].on(day).value:
        sources.append(AG.EAD_PROPOSED_RULE)
    return item(
        "work_permit",
        parts,
        i765,
        source="; ".join(sources),
        confidence="S",  # the (c)(11) category itself rests on secondary sources
        amounts=(amount("i765_filing_fee", i765), amount(hr1_id, hr1)),
        for_pathways=for_pathways,
    )


def work_incident_to_parole(ctx: Context, who: Audience) -> AfterGrantItem | None:
    program = ctx.get("parole_program")
    if program not in ("afghan", "u4u") or not who.paroled:
        return None
    day = ctx.as_of
    since = AG.AFTER_GRANT_SINCE
    oar = since["work_incident_oar_uhp"].on(day)
    if not oar.value:
        return None  # before 2022-11-21 no parolee worked on the I-94 alone
    parts: list[Message | str | None] = []
    if program == "afghan":
        parts.append(
            _(
                "Afghan parolees with I-94 class OAR may work on the unexpired I-94 while "
                "parole has not been ended."
            )
            if not since["work_incident_afghan_par"].on(day).value
            else _(
                "Afghan parolees with I-94 class OAR or PAR may work on the unexpired I-94 while "
                "parole has not been ended."
            )
        )
    elif since["work_incident_u4u_ended"].on(day).value:
        parts.append(
            Message(
                Text(
                    _(
                        "Ukrainians paroled under Uniting for Ukraine could work on the I-94 "
                        "alone until {day}; since then you need a work permit (Form I-765)."
                    ),
                    client=_(
                        "Ukrainians paroled under Uniting for Ukraine could work on the I-94 "
                        "alone until {day}; since then the client needs a work permit "
                        "(Form I-765)."
                    ),
                ),
                {"day": since["work_incident_u4u_ended"].values[-1].effective_from.isoformat()},
            )
        )
        return item(
            "work_incident_to_parole",
            parts,
            since["work_incident_u4u_ended"].on(day),
            source=since["work_incident_u4u_ended"].on(day).source,
        )
    else:
        parts.append(
            _(
                "Ukrainians paroled under Uniting for Ukraine (I-94 class UHP, or DT if paroled "
                "from 2022-02-24 to 2023-09-30) may work on the unexpired I-94 while parole has "
                "not been ended."
            )
        )
    parts.append(
        _(
            "For a job, the I-94 counts as a receipt for 90 days; after that the worker shows a "
            "work permit, or an unrestricted Social Security card and a document such as a "
            "driver's license."
        )
    )
    return item("work_incident_to_parole", parts, oar, source=oar.source)


def social_security_number(ctx: Context, who: Audience) -> AfterGrantItem | None:
    for_pathways = who.for_(NO_WORK_PERMIT)
    if for_pathways is None:
        return None
    entry = AG.I765_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    parts = [
        Message(
            Text(
                _(
                    "The I-94 proves parole, but usually not permission to work: without a work "
                    "permit you can get only a Social Security number that is not valid for work, "
                    "if you qualify. A number valid for work needs the work permit, and you can "
                    "ask for it on Form I-765."
                ),
                client=_(
                    "The I-94 proves parole, but usually not permission to work: without a work "
                    "permit the client can get only a Social Security number that is not valid "
                    "for work, if eligible. A number valid for work needs the work permit and "
                    "can be asked for on Form I-765."
                ),
            )
        )
    ]
    return item(
        "social_security_number",
        parts,
        entry,
        source=AG.POMS_SSN,
        confidence="C",
        for_pathways=for_pathways,
    )
