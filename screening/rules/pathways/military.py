"""Military parole in place: family of U.S. service members and veterans."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import Context, program_closed_reason, reason, unknown, verdict_from
from ..knowledge.after_parole import MILITARY_PIP_ADJUSTMENT
from ..relatives import immediate_relative
from ..text import Text, _
from .common_reasons import _discretion_reason, _risk_reasons

# The relationship as a noun for "You are the service member's {relationship}", translated alone.
RELATIONSHIP_WORDS = {
    "spouse": _("husband or wife"),
    "widow": _("widow or widower"),
    "parent": _("parent"),
    "son_or_daughter": _("son or daughter"),
}
ELIGIBLE_SERVICE = frozenset({"active_duty", "selected_reserve", "former_not_dishonorable"})


def military_parole_in_place(ctx: Context) -> Pathway | None:
    if not (ctx.inside and "military_family" in ctx.reasons()):
        return None
    entry = ctx.get("entry")
    if entry == "paroled":
        return None  # already paroled: re-parole is the pathway
    reasons: list[Reason] = []
    if entry == "without_inspection":
        reasons.append(
            reason(
                "entered_without_inspection",
                Text(
                    _(
                        "You entered without inspection, so you are an "
                        "applicant for admission who can be paroled in place."
                    ),
                    client=_(
                        "The client entered without inspection, so they are "
                        "an applicant for admission who can be paroled in "
                        "place."
                    ),
                ),
                ["entry"],
                K.MILITARY_PIP,
                True,
            )
        )
    elif entry == "admitted":
        reasons.append(
            reason(
                "admitted_not_eligible",
                Text(
                    _(
                        "You were admitted (for example on a visa). People "
                        "who were admitted and overstayed are not eligible "
                        "for parole in place; ask about deferred action "
                        "instead."
                    ),
                    client=_(
                        "The client was admitted (for example on a visa). "
                        "People who were admitted and overstayed are not "
                        "eligible for parole in place; consider deferred "
                        "action instead."
                    ),
                ),
                ["entry"],
                K.MILITARY_PIP,
                False,
            )
        )
    else:
        reasons.append(
            unknown(
                "entry",
                Text(_("how you entered the U.S."), client=_("how the client entered the U.S.")),
            )
        )
    relationship = ctx.get("military_relationship")
    if relationship:
        reasons.append(
            reason(
                "military_relationship",
                Text(
                    _(
                        "You are the service member's {relationship}, a "
                        "relationship the policy covers."
                    ),
                    client=_(
                        "The client is the service member's {relationship}, a "
                        "relationship the policy covers."
                    ),
                ),
                ["military_relationship"],
                K.MILITARY_PIP,
                True,
                relationship=RELATIONSHIP_WORDS.get(relationship, relationship),
            )
        )
    else:
        reasons.append(
            unknown(
                "military_relationship",
                Text(
                    _("your relationship to the service member"),
                    client=_("the client's relationship to the service member"),
                ),
            )
        )
    service = ctx.get("military_service")
    if service in ELIGIBLE_SERVICE:
        reasons.append(
            reason(
                "military_service",
                _(
                    "The service member's service (active "
                    "duty, Selected Reserve, or earlier service without a "
                    "dishonorable discharge) qualifies."
                ),
                ["military_service"],
                K.MILITARY_PIP,
                True,
            )
        )
    elif service == "former_dishonorable":
        reasons.append(
            reason(
                "dishonorable_discharge",
                _("The service member was dishonorably discharged, which the policy excludes."),
                ["military_service"],
                K.MILITARY_PIP,
                False,
            )
        )
    else:
        reasons.append(unknown("military_service", _("the service member's service")))
    risks = set(ctx.a.items("risk_factors"))
    if "criminal_conviction" in risks:
        reasons.append(
            reason(
                "criminal_conviction",
                _(
                    "Parole in place is generally granted "
                    "absent a criminal conviction or other serious adverse factors; "
                    "a conviction weighs heavily against it."
                ),
                ["risk_factors"],
                K.MILITARY_PIP,
                None,
            )
        )
    elif risks:
        reasons += _risk_reasons(ctx)
    status = ctx.program("military_pip")
    if status.value != K.OPEN:
        reasons.append(program_closed_reason(ctx, "military_pip", _("Military parole in place")))
        return Pathway("military_parole_in_place", "unavailable", tuple(reasons), "self")
    verdict = verdict_from(reasons)
    if verdict == "likely":
        reasons.append(_discretion_reason())
    if verdict in ("likely", "possible"):
        reasons.append(_what_comes_after(ctx))
    return Pathway("military_parole_in_place", verdict, tuple(reasons), "self")


def _what_comes_after(ctx: Context) -> Reason:
    """Parole in place counts as a parole for INA 245(a): for an immediate relative of a U.S.
    citizen it leads on to a green card without leaving."""
    relative = immediate_relative(ctx)
    if relative is True:
        return reason(
            "leads_to_adjustment",
            Text(
                _(
                    "After parole in place, as the immediate relative of a U.S. "
                    "citizen you may apply for a green card from inside the U.S. "
                    "(see the other options below). Parole in place involves no "
                    "departure, so it does not start the 3- or 10-year bar."
                ),
                client=_(
                    "After parole in place, as the immediate relative of a U.S. "
                    "citizen the client may apply for a green card from inside "
                    "the U.S. (see the other options below). Parole in place "
                    "involves no departure, so it does not start the 3- or "
                    "10-year bar."
                ),
            ),
            ["us_relatives"],
            MILITARY_PIP_ADJUSTMENT,
            True,
        )
    if relative is None:  # not a missing answer: the pathway's verdict does not rest on it
        return reason(
            "adjustment_if_immediate_relative",
            Text(
                _(
                    "If you are the spouse, parent or young unmarried child of a "
                    "U.S. citizen, parole in place can lead on to a green card "
                    "from inside the U.S. Tell us about your family in the U.S. "
                    "to see that option."
                ),
                client=_(
                    "If the client is the spouse, parent or young unmarried child "
                    "of a U.S. citizen, parole in place can lead on to a green "
                    "card from inside the U.S. Tell us about the client's family "
                    "in the U.S. to see that option."
                ),
            ),
            ["us_relatives"],
            MILITARY_PIP_ADJUSTMENT,
            None,
        )
    return reason(
        "no_adjustment_without_immediate_relative",
        Text(
            _(
                "Parole in place lets you stay for a while, but it leads to a "
                "green card from inside the U.S. only for the spouse, parent "
                "or young unmarried child of a U.S. citizen. Ask a lawyer "
                "what else could follow."
            ),
            client=_(
                "Parole in place lets the client stay for a while, but it "
                "leads to a green card from inside the U.S. only for the "
                "spouse, parent or young unmarried child of a U.S. citizen. "
                "Ask a lawyer what else could follow."
            ),
        ),
        ["us_relatives"],
        MILITARY_PIP_ADJUSTMENT,
        None,
    )
