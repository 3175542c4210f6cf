"""Reasons several pathways share: no timely visa, a financial supporter, security and criminal
risk, and DHS discretion."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Reason
from ..context import VISA_TOO_LATE, Context, reason, unknown
from ..text import Text, _, ngettext


def _visa_reason(ctx: Context) -> Reason:
    option = ctx.get("visa_option")
    if option == "available_in_time":
        return reason(
            "visa_available",
            Text(
                _(
                    "A visa could bring you in time. Parole is not a way "
                    "around normal visa processing."
                ),
                client=_(
                    "A visa could bring the client in time. Parole is not "
                    "a way around normal visa processing."
                ),
            ),
            ["visa_option"],
            K.USCIS_HP_PAGE,
            False,
        )
    if option in VISA_TOO_LATE:
        return reason(
            "no_visa_in_time",
            Text(
                _("No visa could bring you in time."),
                client=_("No visa could bring the client in time."),
            ),
            ["visa_option"],
            K.USCIS_HP_PAGE,
            True,
        )
    return unknown(
        "visa_option",
        Text(
            _("whether a visa could bring you in time"),
            client=_("whether a visa could bring the client in time"),
        ),
    )


def _supporter_reason(ctx: Context) -> Reason:
    supporter = ctx.get("financial_supporter")
    if supporter == "none":
        return reason(
            "no_financial_support",
            Text(
                _(
                    "No one can support you financially. USCIS treats "
                    "missing financial support as a strong negative "
                    "factor."
                ),
                client=_(
                    "No one can support the client financially. USCIS "
                    "treats missing financial support as a strong "
                    "negative factor."
                ),
            ),
            ["financial_supporter"],
            K.I134_INSTRUCTIONS,
            None,
        )
    if supporter:
        return reason(
            "financial_support",
            Text(
                _("Someone can support you financially (Form I-134)."),
                client=_("Someone can support the client financially (Form I-134)."),
            ),
            ["financial_supporter"],
            K.I134_INSTRUCTIONS,
            True,
        )
    return unknown(
        "financial_supporter",
        Text(
            _("who will support you financially"),
            client=_("who will support the client financially"),
        ),
        K.I134_INSTRUCTIONS,
    )


def _risk_reasons(ctx: Context) -> list[Reason]:
    risks = ctx.a.items("risk_factors")
    if not risks:
        return []
    return [
        reason(
            "risk_factors",
            Text(
                ngettext(
                    "Parole is discretionary: your history ({count} item "
                    "you told us about) will be weighed against the reasons for parole.",
                    "Parole is discretionary: your history ({count} items "
                    "you told us about) will be weighed against the reasons for parole.",
                    len(risks),
                ),
                client=ngettext(
                    "Parole is discretionary: the client's history ({count} item "
                    "they told us about) will be weighed against the reasons for parole.",
                    "Parole is discretionary: the client's history ({count} items "
                    "they told us about) will be weighed against the reasons for parole.",
                    len(risks),
                ),
            ),
            ["risk_factors"],
            K.PM_VOL3_PF,
            None,
            count=len(risks),
        )
    ]


def _discretion_reason() -> Reason:
    return reason(
        "discretion",
        _(
            "Even when every condition is met, parole is granted case "
            "by case at the government's discretion, and it is not a lawful status."
        ),
        [],
        f"{K.INA_212D5A}; {K.PM_VOL3_PF}",
        True,
    )
