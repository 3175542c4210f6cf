"""International entrepreneur parole (Form I-941)."""

from __future__ import annotations

import datetime as dt

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import Context, reason, unknown, verdict_from
from ..text import Text, _


def international_entrepreneur_parole(ctx: Context) -> Pathway | None:
    if "entrepreneur" not in ctx.reasons():
        return None
    t_entry = K.ENTREPRENEUR_THRESHOLDS.on(ctx.as_of)
    assert t_entry is not None
    t, src = t_entry.value, t_entry.source
    reasons: list[Reason] = []
    age = ctx.get("startup_age_years")
    if age is None:
        reasons.append(unknown("startup_age_years", _("how old the startup is"), src))
    else:
        ok = age <= t.max_startup_age_years
        reasons.append(
            reason(
                "startup_age",
                _("The startup was formed {age} year(s) ago; it must be at most {limit} years old.")
                if ok
                else _(
                    "The startup was formed {age} year(s) ago, more than the {limit} years allowed."
                ),
                ["startup_age_years"],
                src,
                ok,
                age=f"{age:g}",
                limit=f"{t.max_startup_age_years:g}",
            )
        )
    share = ctx.get("startup_ownership_percent")
    if share is None:
        reasons.append(
            unknown(
                "startup_ownership_percent",
                Text(_("your share of the startup"), client=_("the client's share of the startup")),
                src,
            )
        )
    else:
        ok = share >= t.min_ownership_percent
        reasons.append(
            reason(
                "startup_ownership",
                Text(
                    _(
                        "You own {share} of the startup; at least {minimum} "
                        "is needed at first parole."
                    ),
                    client=_(
                        "The client owns {share} of the startup; at least "
                        "{minimum} is needed at first parole."
                    ),
                ),
                ["startup_ownership_percent"],
                src,
                ok,
                # the percent sign goes with the number, so no "%" in the sentence reads
                # to gettext as a format directive
                share=f"{share:g}%",
                minimum=f"{t.min_ownership_percent:g}%",
            )
        )
    invest, grants = ctx.get("startup_investment_usd"), ctx.get("startup_grants_usd")
    money_keys = ["startup_investment_usd", "startup_grants_usd"]
    params = {
        "invest": f"${invest or 0:,}",
        "grants": f"${grants or 0:,}",
        "min_invest": f"${t.min_investment_usd:,}",
        "min_grants": f"${t.min_grants_usd:,}",
        "since": t_entry.effective_from.isoformat()
        if t_entry.effective_from != dt.date.min
        else _("earlier"),
    }
    if invest is None and grants is None:
        reasons.append(unknown("startup_investment_usd", _("how much the startup has raised"), src))
    elif (invest or 0) >= t.min_investment_usd or (grants or 0) >= t.min_grants_usd:
        reasons.append(
            reason(
                "startup_funding",
                _(
                    "The startup has {invest} from qualified U.S. "
                    "investors and {grants} in U.S. government grants, meeting the "
                    "threshold ({min_invest} in investment or {min_grants} in grants, "
                    "amounts from {since})."
                ),
                money_keys,
                src,
                True,
                **params,
            )
        )
    elif (invest or 0) > 0 or (grants or 0) > 0:
        reasons.append(
            reason(
                "startup_funding_partial",
                _(
                    "The startup has {invest} in "
                    "investment and {grants} in grants, below the threshold "
                    "({min_invest} or {min_grants}). Partly meeting it can be enough "
                    "with other strong evidence of growth."
                ),
                money_keys,
                src,
                None,
                **params,
            )
        )
    else:
        reasons.append(
            reason(
                "startup_unfunded",
                _(
                    "The startup has no qualifying investment "
                    "or grants; at least {min_invest} in investment or {min_grants} "
                    "in grants is needed."
                ),
                money_keys,
                src,
                False,
                **params,
            )
        )
    status = ctx.program("international_entrepreneur")
    reasons.append(
        reason(
            "iep_status",
            _(
                "The program's current status is not confirmed: no "
                "termination was found (last verified {verified}). Check uscis.gov."
            ),
            [],
            status.source,
            None if status.confidence == "U" else True,
            verified=status.verified_on.isoformat(),
        )
    )
    verdict = verdict_from(reasons)
    if verdict == "possible" and all(x.met is True for x in reasons[:-1]):
        verdict = "likely"  # only the unconfirmed status is open: say so in the reason
    return Pathway("international_entrepreneur_parole", verdict, tuple(reasons), "self")
