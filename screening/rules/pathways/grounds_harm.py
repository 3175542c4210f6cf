"""The harm grounds: harm aimed at the person (and how soon), general conditions, and whether a
refugee referral could help instead."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Reason
from ..context import Context, reason, unknown
from ..text import Text, _


def _harm_grounds(ctx: Context) -> list[Reason]:
    keys = ["harm_individualized", "harm_imminent"]
    individual = ctx.get("harm_individualized")
    imminent = ctx.get("harm_imminent")
    out: list[Reason] = []
    if individual is False:
        out.append(
            reason(
                "harm_general_conditions",
                _(
                    "Parole is decided case by case; harm "
                    "from general conditions that many people face (war, disaster, "
                    "crime) is not on its own an urgent reason for one person."
                ),
                keys[:1],
                f"{K.USCIS_HP_PAGE}; {K.PM_VOL3_PF}",
                False,
            )
        )
    elif individual is None:
        out.append(
            unknown(
                "harm_individualized",
                Text(
                    _("whether you personally are targeted"),
                    client=_("whether the client personally is targeted"),
                ),
            )
        )
    elif imminent is True:
        out.append(
            reason(
                "harm_individual_imminent",
                Text(
                    _(
                        "You are personally targeted and the harm is "
                        "imminent: a serious protection reason."
                    ),
                    client=_(
                        "The client is personally targeted and the harm is "
                        "imminent: a serious protection reason."
                    ),
                ),
                keys,
                K.USCIS_HP_PAGE,
                True,
            )
        )
    elif imminent is False:
        out.append(
            reason(
                "harm_not_imminent",
                Text(
                    _(
                        "You are personally targeted, but the harm is not "
                        "imminent; USCIS looks for imminent, serious harm."
                    ),
                    client=_(
                        "The client is personally targeted, but the harm is "
                        "not imminent; USCIS looks for imminent, serious "
                        "harm."
                    ),
                ),
                keys,
                K.USCIS_HP_PAGE,
                None,
            )
        )
    else:
        out.append(unknown("harm_imminent", _("whether the harm is imminent")))
    if "protection" in ctx.reasons():
        referral = ctx.get("refugee_referral_possible")
        if referral is True:
            out.append(
                reason(
                    "refugee_referral_available",
                    _(
                        "A refugee referral can happen "
                        "in time. Parole is not meant to replace refugee processing."
                    ),
                    ["refugee_referral_possible"],
                    K.INA_212D5B,
                    False,
                )
            )
        elif referral is False:
            out.append(
                reason(
                    "refugee_referral_unavailable",
                    Text(
                        _(
                            "No refugee referral can happen in time, which USCIS "
                            "expects you to explain."
                        ),
                        client=_(
                            "No refugee referral can happen in time, which USCIS "
                            "expects the request to explain."
                        ),
                    ),
                    ["refugee_referral_possible"],
                    K.INA_212D5B,
                    True,
                )
            )
        else:
            out.append(
                unknown(
                    "refugee_referral_possible",
                    _("whether a refugee referral could happen in time"),
                )
            )
    return out
