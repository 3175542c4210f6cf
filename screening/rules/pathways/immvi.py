"""IMMVI parole: parole from abroad, case by case, for current and former U.S. service members
and qualifying family, so they can reach U.S. counsel and veterans' benefits (Form I-131 Part 1
item 6.B, "IMMVI" written on it). Humanitarian parole is still shown beside it."""

from __future__ import annotations

from ..assessment import Pathway
from ..context import Context, reason
from ..knowledge import calibration as KC
from ..text import Text, _
from .common_reasons import _risk_reasons, _supporter_reason


def immvi_parole(ctx: Context) -> Pathway | None:
    member = "armed_forces_member" in ctx.a.items("special_categories")
    family = "military_family" in ctx.reasons()
    if not (ctx.outside and ctx.coming and (member or family)):
        return None
    status = KC.IMMVI.on(ctx.as_of)
    assert status is not None
    reasons = [
        reason(
            "immvi_service",
            Text(
                _(
                    "You said you are a current or former member of the U.S. armed forces. "
                    "USCIS has described parole from abroad, case by case, for service "
                    "members and veterans so they can reach U.S. lawyers and veterans' "
                    "benefits."
                ),
                client=_(
                    "The client said they are a current or former member of the U.S. armed "
                    "forces. USCIS has described parole from abroad, case by case, for service "
                    "members and veterans so they can reach U.S. lawyers and veterans' "
                    "benefits."
                ),
            )
            if member
            else Text(
                _(
                    "You are family of a U.S. service member or veteran. USCIS has described "
                    "parole from abroad, case by case, for qualifying family of service "
                    "members and veterans; which relatives qualify is not in the sources "
                    "checked, so a lawyer must confirm it."
                ),
                client=_(
                    "The client is family of a U.S. service member or veteran. USCIS has "
                    "described parole from abroad, case by case, for qualifying family of "
                    "service members and veterans; which relatives qualify is not in the "
                    "sources checked, so a lawyer must confirm it."
                ),
            ),
            ["special_categories"] if member else ["reasons"],
            status.source,
            True if member else None,
        ),
        reason(
            "immvi_practice_unconfirmed",
            _(
                "USCIS reported 56 requests and 16 approvals by 2022-06-21. No statement from "
                "2025 or 2026 was found, so whether such requests are decided now is not "
                "confirmed (last checked {verified})."
            ),
            [],
            status.source,
            None,
            verified=status.verified_on.isoformat(),
        ),
        _supporter_reason(ctx),
        *_risk_reasons(ctx),
    ]
    # Possible at best: current practice is not confirmed.
    verdict = "unlikely" if any(r.met is False for r in reasons) else "possible"
    return Pathway("immvi_parole", verdict, tuple(reasons), "self")
