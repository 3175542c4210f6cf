"""Humanitarian parole and significant public benefit parole (USCIS, Form I-131)."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import Context, reason, unknown, verdict_from
from ..text import Text, _
from .common_reasons import _discretion_reason, _risk_reasons, _supporter_reason, _visa_reason
from .grounds import HUMANITARIAN_REASONS, _grounds


def _files_for(ctx: Context) -> str:
    return (
        "supporter"
        if ctx.get("financial_supporter") in ("relative_or_friend", "organization")
        else "self"
    )


def humanitarian_parole(ctx: Context) -> Pathway | None:
    if not (ctx.outside and ctx.coming):
        return None
    r = ctx.reasons()
    if ctx.has("reasons") and not (r & HUMANITARIAN_REASONS):
        return None
    grounds = _grounds(ctx) or [
        unknown(
            "reasons", Text(_("why you need to come"), client=_("why the client needs to come"))
        )
    ]
    visa, supporter = _visa_reason(ctx), _supporter_reason(ctx)
    risks = _risk_reasons(ctx)
    reasons = [*grounds, visa, supporter, *risks]
    referral_blocks = any(g.code == "refugee_referral_available" for g in grounds)
    urgent_shown = any(g.met is True for g in grounds if not g.code.startswith("refugee_"))
    if visa.met is False or referral_blocks:
        verdict = "unlikely"
    elif urgent_shown:
        # One urgent ground carries the request even if another reason given is weaker.
        verdict = "likely" if visa.met and supporter.met and not risks else "possible"
    elif all(g.met is False for g in grounds):
        verdict = "unlikely"
    else:
        verdict = "possible"
    if verdict == "likely":
        reasons.append(_discretion_reason())
    return Pathway("humanitarian_parole", verdict, tuple(reasons), _files_for(ctx))


def significant_public_benefit_parole(ctx: Context) -> Pathway | None:
    if not (ctx.outside and ctx.coming and "court_proceeding" in ctx.reasons()):
        return None
    if ctx.get("agency_request") is True:
        return None  # the agency asks for it: law-enforcement parole
    if ctx.get("returned_to_await_hearing") is True:
        return None  # DHS paroles them for the hearing: hearing parole
    reasons: list[Reason] = []
    court_date = ctx.get("court_date")
    if court_date is None:
        reasons.append(
            unknown(
                "court_date",
                Text(
                    _("the date you must attend court"),
                    client=_("the date the client must attend court"),
                ),
            )
        )
    elif court_date < ctx.as_of:
        reasons.append(
            reason(
                "court_date_passed",
                Text(
                    _("The court date you gave ({date}) has passed."),
                    client=_("The court date the client gave ({date}) has passed."),
                ),
                ["court_date"],
                K.USCIS_HP_PAGE,
                False,
                date=court_date.isoformat(),
            )
        )
    else:
        reasons.append(
            reason(
                "court_date",
                Text(
                    _(
                        "You must attend court on {date}. Parole for a court "
                        "proceeding is limited to the time needed to attend."
                    ),
                    client=_(
                        "The client must attend court on {date}. Parole for a "
                        "court proceeding is limited to the time needed to "
                        "attend."
                    ),
                ),
                ["court_date"],
                K.USCIS_HP_PAGE,
                True,
                date=court_date.isoformat(),
            )
        )
    if ctx.get("agency_request") is None:
        reasons.append(
            unknown(
                "agency_request",
                Text(
                    _("whether a U.S. agency asked for you"),
                    client=_("whether a U.S. agency asked for the client"),
                ),
            )
        )
    reasons += [_visa_reason(ctx), _supporter_reason(ctx)] + _risk_reasons(ctx)
    verdict = verdict_from(reasons)
    if verdict == "likely":
        reasons.append(_discretion_reason())
    return Pathway("significant_public_benefit_parole", verdict, tuple(reasons), "self")
