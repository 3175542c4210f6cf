"""Flags about a pending asylum or green card application and TPS: `tps_protection`,
`asylum_abandonment_on_travel`, `i485_abandonment_on_travel` and `annual_asylum_fee`, plus
`answers_to_check` (answers_check.py). `presence_flags` is called once from flags.py."""

from __future__ import annotations

from .after_parole import after_parole_alternatives
from .answers_check import answers_to_check_flag
from .assessment import Flag, Pathway
from .context import Context
from .knowledge.presence import (
    ANNUAL_ASYLUM_FEE,
    ANNUAL_ASYLUM_FEE_ENFORCEMENT,
    ASYLUM_ABANDONMENT,
    I485_ABANDONMENT,
)
from .paroled import paroled_or_would_be
from .presence_deadlines import asylum_one_year_day
from .text import Text, _
from .tps_status import tps_protection_flag


def _pending(ctx: Context) -> set[str]:
    return set(ctx.a.items("pending_applications"))


def asylum_abandonment_flag(ctx: Context, shown: dict[str, Pathway]) -> Flag | None:
    if "i589" not in _pending(ctx):
        return None
    travels = ctx.get("goal") == "travel_and_return"
    waiver = ctx.inside and any(
        a.id == "provisional_waiver" for a in after_parole_alternatives(ctx, shown)
    )
    if ctx.outside:
        message = Text(
            _(
                "You are outside the U.S. while your asylum application (Form I-589) is "
                "pending: it may already be treated as abandoned. Ask a lawyer now."
            ),
            client=_(
                "The client is outside the U.S. while the client's asylum application (Form "
                "I-589) is pending: it may already be treated as abandoned. The client should "
                "ask a lawyer now."
            ),
        )
    elif travels or waiver:
        message = Text(
            _(
                "Leaving the U.S. without advance parole, even for a visa interview abroad, "
                "makes your asylum application (Form I-589) presumed abandoned. Going back to "
                "the country you fear, even with advance parole, does too unless there are "
                "compelling reasons. Talk to a lawyer before any trip."
            ),
            client=_(
                "Leaving the U.S. without advance parole, even for a visa interview abroad, "
                "makes the client's asylum application (Form I-589) presumed abandoned. Going "
                "back to the country the client fears, even with advance parole, does too "
                "unless there are compelling reasons. The client should talk to a lawyer "
                "before any trip."
            ),
        )
    else:
        return None
    return Flag(
        message, id="asylum_abandonment_on_travel", severity="stop", source=ASYLUM_ABANDONMENT
    )


def i485_abandonment_flag(ctx: Context) -> Flag | None:
    if "i485" not in _pending(ctx):
        return None
    if ctx.outside:
        message = Text(
            _(
                "You are outside the U.S. and said a green card application (Form I-485) is "
                "pending: leaving usually abandons it. Ask a lawyer whether your I-485 is still "
                "pending."
            ),
            client=_(
                "The client is outside the U.S. and said a green card application (Form I-485) "
                "is pending: leaving usually abandons it. Ask a lawyer whether the client's "
                "I-485 is still pending."
            ),
        )
    elif ctx.get("goal") == "travel_and_return":
        message = Text(
            _(
                "Leaving the U.S. abandons your green card application (Form I-485) unless you "
                "first get advance parole and are inspected and paroled when you come back "
                "(people in H-1 or L-1 status and their families are excepted). If it is later "
                "denied, you are treated as someone asking to be admitted. Talk to a lawyer "
                "before any trip."
            ),
            client=_(
                "Leaving the U.S. abandons the client's green card application (Form I-485) "
                "unless the client first gets advance parole and is inspected and paroled when "
                "coming back (people in H-1 or L-1 status and their families are excepted). If "
                "it is later denied, the client is treated as someone asking to be admitted. "
                "The client should talk to a lawyer before any trip."
            ),
        )
    else:
        return None
    return Flag(message, id="i485_abandonment_on_travel", severity="stop", source=I485_ABANDONMENT)


ENFORCEMENT = {
    "payable": Text(
        _("Whether some people do not have to pay this fee is not confirmed."),
        client=_("Whether some people do not have to pay this fee is not confirmed."),
    ),
    "rejection": Text(
        _(
            "Since 2026-05-29, not paying can lead to the application being rejected, to the loss "
            "of a work permit based on it and to removal proceedings. Whether some people "
            "do not have to pay this fee is not confirmed."
        ),
        client=_(
            "Since 2026-05-29, not paying can lead to the application being rejected, to the loss "
            "of a work permit based on it and to removal proceedings. Whether some people "
            "do not have to pay this fee is not confirmed."
        ),
    ),
    "rejection_stayed": Text(
        _(
            "After 2026-05-29 not paying could lead to rejection, the loss of a work permit "
            "based on it and removal; since 2026-08-05 a federal court has stopped the rejection "
            "and removal, but the fee itself stays payable. Whether some people do "
            "not have to pay this fee is not confirmed."
        ),
        client=_(
            "After 2026-05-29 not paying could lead to rejection, the loss of a work permit "
            "based on it and removal; since 2026-08-05 a federal court has stopped the rejection "
            "and removal, but the fee itself stays payable. Whether some people do "
            "not have to pay this fee is not confirmed."
        ),
    ),
}
DUE = Text(
    _(
        "Your asylum application (Form I-589) has been pending more than a year, so an annual "
        "asylum fee is due for each calendar year it stays pending: one fee per application, "
        "family members included, reported at ${amount} now. Pay it online (on the USCIS or the "
        "immigration court's portal) within 30 days of the notice. {enforcement}"
    ),
    client=_(
        "The client's asylum application (Form I-589) has been pending more than a year, so an "
        "annual asylum fee is due for each calendar year it stays pending: one fee per "
        "application, family members included, reported at ${amount} now. Pay it online (on the "
        "USCIS or the immigration court's portal) within 30 days of the notice. {enforcement}"
    ),
)
FROM_DAY = Text(
    _(
        "From {day}, when your asylum application (Form I-589) will have been pending a year, an "
        "annual asylum fee is due for each calendar year it stays pending: one fee per "
        "application, family members included, reported at ${amount} now. Pay it online (on the "
        "USCIS or the immigration court's portal) within 30 days of the notice. {enforcement}"
    ),
    client=_(
        "From {day}, when the client's asylum application (Form I-589) will have been pending a "
        "year, an annual asylum fee is due for each calendar year it stays pending: one fee per "
        "application, family members included, reported at ${amount} now. Pay it online (on the "
        "USCIS or the immigration court's portal) within 30 days of the notice. {enforcement}"
    ),
)
ONCE_A_YEAR = Text(
    _(
        "Once your asylum application (Form I-589) has been pending a year, an annual asylum fee "
        "is due for each calendar year it stays pending: one fee per application, family "
        "members included, reported at ${amount} now. Pay it online (on the USCIS or the "
        "immigration court's portal) within 30 days of the notice. {enforcement}"
    ),
    client=_(
        "Once the client's asylum application (Form I-589) has been pending a year, an annual "
        "asylum fee is due for each calendar year it stays pending: one fee per application, "
        "family members included, reported at ${amount} now. Pay it online (on the USCIS or the "
        "immigration court's portal) within 30 days of the notice. {enforcement}"
    ),
)


def annual_asylum_fee_flag(ctx: Context, shown: dict[str, Pathway]) -> Flag | None:
    """Raised only for people not given the after-grant item of the same id."""
    if "i589" not in _pending(ctx) or paroled_or_would_be(ctx, shown):
        return None
    fee = ANNUAL_ASYLUM_FEE.on(ctx.as_of)
    if fee is None or fee.value.paper_usd is None:
        return None  # before the fee existed (2025-07-22)
    enforcement = ANNUAL_ASYLUM_FEE_ENFORCEMENT.on(ctx.as_of)
    params = {"amount": fee.value.paper_usd, "enforcement": ENFORCEMENT[enforcement.value]}
    filed = ctx.get("asylum_filed_on")
    if filed is None:
        message, severity = ONCE_A_YEAR, "info"
    elif asylum_one_year_day(filed) > ctx.as_of:
        message, severity = FROM_DAY, "info"
        params["day"] = asylum_one_year_day(filed).isoformat()
    else:
        message, severity = DUE, "warning"
    return Flag(
        message,
        params,
        id="annual_asylum_fee",
        severity=severity,
        source=f"{fee.source}; {enforcement.source}",
    )


def presence_flags(ctx: Context, shown: dict[str, Pathway]) -> list[Flag]:
    found = (
        tps_protection_flag(ctx),
        asylum_abandonment_flag(ctx, shown),
        i485_abandonment_flag(ctx),
        annual_asylum_fee_flag(ctx, shown),
        answers_to_check_flag(ctx),
    )
    return [flag for flag in found if flag is not None]
