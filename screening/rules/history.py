"""Flags from the person's immigration history: the permanent bar (INA 212(a)(9)(C)),
reinstatement of an old removal order (INA 241(a)(5)) and why an I-220A release is not parole.
Which routes these close is in `history_routes.py`; the inferences are in `inferences.py`."""

from __future__ import annotations

from .assessment import Flag
from .context import Context
from .inferences import permanent_bar, reentry_after_removal, risks
from .knowledge import history as H
from .paragraph import paragraph
from .text import Text, _

SUGGEST = Text(
    _(
        "Your answers suggest that you came back without being admitted after a removal order: "
        "you said you were removed before and entered without inspection, and the question "
        "whether you came back without being admitted after a removal order is not answered yet."
    ),
    client=_(
        "The client's answers suggest that the client came back without being admitted after a "
        "removal order: the client was removed before and entered without inspection, and the "
        "question whether the client came back without being admitted after a removal order is "
        "not answered yet."
    ),
)

BAR = _(
    "Entering or trying to enter without being admitted, on or after 1997-04-01, after a removal "
    "order or after more than a year here without permission in all, bars admission permanently "
    "(INA 212(a)(9)(C)(i)). Time under 18 and time with a pending asylum case count for this bar."
)
BAR_WAY_OUT = Text(
    _(
        "For a green card or an immigrant visa the only way out is DHS consent to reapply "
        "after more than 10 years outside the U.S. since your last departure, asked for from "
        "abroad on Form I-212 (its fee: uscis.gov/g-1055); a narrow VAWA waiver exists, and a "
        "U or T visa applicant can ask for a waiver that reaches this bar. Neither 245(i) nor "
        "a provisional waiver (I-601A) cures it, so adjustment of status, the Cuban "
        "Adjustment Act, the provisional waiver and adjustment under 245(i) are not offered."
    ),
    client=_(
        "For a green card or an immigrant visa the only way out is DHS consent to reapply "
        "after more than 10 years outside the U.S. since the client's last departure, asked "
        "for from abroad on Form I-212 (its fee: uscis.gov/g-1055); a narrow VAWA waiver "
        "exists, and a U or T visa applicant can ask for a waiver that reaches this bar. "
        "Neither 245(i) nor a provisional waiver (I-601A) cures it, so adjustment of status, "
        "the Cuban Adjustment Act, the provisional waiver and adjustment under 245(i) are not "
        "offered."
    ),
)
BAR_INFERRED_LIMIT = Text(
    _(
        "This does not apply if you never left after the order, or if you came back before "
        "1997-04-01: tell a lawyer."
    ),
    client=_(
        "This does not apply if the client never left after the order, or came back before "
        "1997-04-01: a lawyer must check."
    ),
)
BAR_MAY_APPLY = Text(
    _(
        "If, on or after 1997-04-01, you entered or tried to enter without being admitted after "
        "a removal order, or after more than a year here without permission in all, you are "
        "barred from admission permanently (INA 212(a)(9)(C)(i)), and adjustment of status, the "
        "Cuban Adjustment Act, the provisional waiver and 245(i) cannot cure it. Until the "
        "question whether you came back without being admitted is answered, those routes are "
        "possible at most."
    ),
    client=_(
        "If, on or after 1997-04-01, the client entered or tried to enter without being "
        "admitted after a removal order, or after more than a year here without permission in "
        "all, the client is barred from admission permanently (INA 212(a)(9)(C)(i)), and "
        "adjustment of status, the Cuban Adjustment Act, the provisional waiver and 245(i) "
        "cannot cure it. Until the question whether the client came back without being "
        "admitted is answered, those routes are possible at most."
    ),
)

REINSTATED = Text(
    _(
        "After a removal, coming back without being admitted lets an immigration officer "
        "reinstate the old removal order from its original date, without a hearing before a "
        "judge (INA 241(a)(5)). It cannot be reopened or reviewed, the law says you may not apply "
        "for any relief, and it reaches re-entries before 1997 too. A filing, a denial or an "
        "arrest can lead to removal on the old order: see a lawyer before filing anything."
    ),
    client=_(
        "After a removal, coming back without being admitted lets an immigration officer "
        "reinstate the old removal order from its original date, without a hearing before a "
        "judge (INA 241(a)(5)). It cannot be reopened or reviewed, the law says the client may "
        "not apply for any relief, and it reaches re-entries before 1997 too. A filing, a denial "
        "or an arrest can lead to removal on the old order: the client needs a lawyer before "
        "anything is filed."
    ),
)
REINSTATED_IF = Text(
    _(
        "If you came back without being admitted after a removal order, an immigration officer "
        "can reinstate the old order from its original date, without a hearing before a judge "
        "(INA 241(a)(5)); it cannot be reopened or reviewed, and the law says you may not apply "
        "for any relief. A filing, a denial or an arrest could then lead to removal on the old "
        "order: see a lawyer before filing anything."
    ),
    client=_(
        "If the client came back without being admitted after a removal order, an immigration "
        "officer can reinstate the old order from its original date, without a hearing before a "
        "judge (INA 241(a)(5)); it cannot be reopened or reviewed, and the law says the client "
        "may not apply for any relief. A filing, a denial or an arrest could then lead to "
        "removal on the old order: the client needs a lawyer before anything is filed."
    ),
)
STILL_OPEN = Text(
    _(
        "What stays open: if you fear persecution or torture, you are referred for a "
        "reasonable-fear interview and may ask a judge for withholding of removal or protection "
        "under the Convention against Torture (not asylum); a U or T visa may remain possible."
    ),
    client=_(
        "What stays open: if the client fears persecution or torture, the client is referred "
        "for a reasonable-fear interview and may ask a judge for withholding of removal or "
        "protection under the Convention against Torture (not asylum); a U or T visa may remain "
        "possible."
    ),
)
REINSTATED_INFERRED_LIMIT = Text(
    _(
        "This does not apply if the order was never carried out (you never left after it) or "
        "if what happened was a voluntary return: tell a lawyer."
    ),
    client=_(
        "This does not apply if the order was never carried out (the client never left after "
        "it) or if what happened was a voluntary return: a lawyer must check."
    ),
)
NEVER_CARRIED_OUT = _(
    "A removal order that was never carried out may still be enforced: see a lawyer before "
    "filing anything."
)
I220A = Text(
    _(
        "A release on Form I-220A (release on recognizance) is not parole: Matter of "
        "Cabrera-Fernandez (BIA 2023-09-11) and Matter of Roque-Izada (BIA 2025) hold that it is "
        "not parole under INA 212(d)(5), so the Cuban Adjustment Act's condition of having been "
        "inspected and admitted or paroled is not met and the Act does not reach you now. Look "
        "for an I-94 showing parole under INA 212(d)(5); litigation continues, and a lawyer can "
        "ask that your release be documented as parole."
    ),
    client=_(
        "A release on Form I-220A (release on recognizance) is not parole: Matter of "
        "Cabrera-Fernandez (BIA 2023-09-11) and Matter of Roque-Izada (BIA 2025) hold that it is "
        "not parole under INA 212(d)(5), so the Cuban Adjustment Act's condition of having been "
        "inspected and admitted or paroled is not met and the Act does not reach the client now. "
        "Look for an I-94 showing parole under INA 212(d)(5); litigation continues, and a lawyer "
        "can ask that the client's release be documented as parole."
    ),
)


def reinstatement_applies(ctx: Context) -> bool:
    """Reinstatement is raised (given, inferred, or may apply): cancellation is not offered and
    the NTA-on-denial warning gives way to it."""
    return ctx.inside and reentry_after_removal(ctx) is not None


def history_flags(ctx: Context) -> list[Flag]:
    flags: list[Flag] = []
    bar = permanent_bar(ctx)
    if bar in ("given", "inferred"):
        parts = [SUGGEST] if bar == "inferred" else []
        parts += [BAR, BAR_WAY_OUT]
        if bar == "inferred":
            parts.append(BAR_INFERRED_LIMIT)
        message, params = paragraph(*parts)
        flags.append(
            Flag(
                message,
                params,
                id="permanent_bar",
                severity="stop",
                source=f"{H.INA_212A9C_I}; {H.INA_212A9C_II}; {H.TORRES_GARCIA}; {H.BRIONES}; "
                f"{H.MINORS_NOT_EXCEPTED}; {H.UT_WAIVERS}",
            )
        )
    elif bar == "may_apply":
        flags.append(
            Flag(
                BAR_MAY_APPLY,
                id="permanent_bar",
                severity="warning",
                source=f"{H.INA_212A9C_I}; {H.BRIONES}",
            )
        )
    reentry = reentry_after_removal(ctx) if ctx.inside else None
    if reentry is not None:
        if reentry == "given":
            parts = [REINSTATED, STILL_OPEN]
        elif reentry == "inferred":
            parts = [SUGGEST, REINSTATED, STILL_OPEN, REINSTATED_INFERRED_LIMIT]
        else:
            parts = [REINSTATED_IF, STILL_OPEN]
        message, params = paragraph(*parts)
        flags.append(
            Flag(
                message,
                params,
                id="reinstatement",
                severity="stop",
                source=f"{H.INA_241A5}; {H.CFR_241_8}; {H.FERNANDEZ_VARGAS}; {H.CFR_208_31}; "
                f"{H.UT_WAIVERS}",
            )
        )
    decided = H.I220A_NOT_PAROLE.on(ctx.as_of)
    if (
        ctx.inside
        and ctx.get("citizenship") == "CU"
        and ctx.get("entry") == "released_from_custody"
        and decided is not None
        and decided.value
    ):
        flags.append(Flag(I220A, id="i220a_not_parole", severity="info", source=decided.source))
    return flags


def order_never_carried_out(ctx: Context) -> bool:
    """Removed before, here now, and the re-entry question answered without a re-entry after the
    order: the ICE-jurisdiction warning adds that an old order may still be enforced."""
    return (
        ctx.inside
        and "prior_removal" in risks(ctx)
        and ctx.has("unlawful_reentry")
        and "after_removal_order" not in ctx.a.items("unlawful_reentry")
    )


ICE_SOURCE = "ICE jurisdiction list (seguritan.com); INA 212(a)(9)"


def with_never_carried_out(ctx: Context, message: str) -> tuple[str, dict[str, str]]:
    """The ICE-jurisdiction message, with the warning that an old order may still be enforced
    when the person said they did not come back without admission after it."""
    if not order_never_carried_out(ctx):
        return message, {}
    return paragraph(message, NEVER_CARRIED_OUT)
