"""Calibration: the caps and verdicts that weigh a pathway against what is known of how such
requests fare, applied once every pathway rule has spoken (as `calibrate_for_holds` is).

- a full travel ban: whether it stops a parolee's entry is not confirmed, so `possible` at most;
- protection as the only urgent ground: refugees are paroled only for compelling reasons
  particular to them, and few requests are granted, so `possible` at most;
- a social visit (a relative who is not ill): parole is not a way around a visa, `unlikely`;
- medical costs not arranged: the cost plan is core evidence, named as a need;
- the visa a proclamation suspends is never suggested without saying so.

The order of routes (an alternative that leads) is in `route_order.py`.
"""

from __future__ import annotations

import dataclasses

from . import knowledge as K
from .assessment import Pathway, Reason
from .context import Context, reason
from .knowledge import calibration as KC
from .restrictions import travel_ban
from .text import Text, _

# The requests from abroad a full travel ban may stop at the border.
BAN_CAPPED = ("humanitarian_parole", "significant_public_benefit_parole", "immvi_parole")
MEDICAL_COSTS_PATHWAYS = ("humanitarian_parole", "re_parole")
# The grounds (pathways/grounds*.py) that carry a request on their own when met, and among them
# the one that is a harm aimed at the person.
HARM_GROUND_CODES = frozenset({"harm_individual_imminent"})
URGENT_GROUND_CODES = frozenset(
    {
        "harm_individual_imminent",
        "medical_urgent",
        "medical_continuing",
        "organ_donor",
        "relative_critical",
        "relative_deceased",
        "funeral",
        "military_family_in_us",
        "other_reason",
    }
)


def full_ban(ctx: Context) -> K.Dated[K.TravelBan] | None:
    """The proclamation in force whose full list holds the person's citizenship."""
    entry = travel_ban(ctx)
    if entry is not None and ctx.get("citizenship") in entry.value.full:
        return entry
    return None


def visitor_visa_suspended(ctx: Context) -> bool:
    """A proclamation in force suspends visitor (B) visas for the person's nationality: every visa
    on a full list, immigrant and B, F, M, J visas on a partial one (under Proclamation 10998
    Turkmenistan's limit is on immigrant visas only)."""
    entry = travel_ban(ctx)
    if entry is None:
        return False
    country = ctx.get("citizenship")
    if country in entry.value.full:
        return True
    return not (country == "TM" and entry.value.proclamation == "10998")


def cap(pathway: Pathway, added: Reason, ceiling: str = "possible") -> Pathway:
    """`pathway` at most `ceiling` (`possible` or `unlikely`), with the reason that caps it."""
    verdict = pathway.verdict
    if ceiling == "unlikely" and verdict in ("likely", "possible"):
        verdict = "unlikely"
    elif ceiling == "possible" and verdict == "likely":
        verdict = "possible"
    reasons = tuple(r for r in pathway.reasons if r.code != "discretion" or verdict == "likely")
    return dataclasses.replace(pathway, verdict=verdict, reasons=(*reasons, added))


def calibrate_routes(ctx: Context, shown: dict[str, Pathway]) -> dict[str, Pathway]:
    out = dict(shown)
    ban = full_ban(ctx)
    for pid in BAN_CAPPED:
        if ban is not None and pid in out and out[pid].verdict in ("likely", "possible"):
            out[pid] = cap(out[pid], _ban_reason(ban))
    hp = out.get("humanitarian_parole")
    if hp is not None and _social_visit(ctx):
        out["humanitarian_parole"] = hp = cap(hp, _social_visit_reason(ctx), "unlikely")
    if hp is not None and hp.verdict in ("likely", "possible") and _protection_only(hp):
        out["humanitarian_parole"] = cap(hp, _protection_reason(ctx))
    if ctx.get("medical_costs_arranged") is False and "medical_treatment" in ctx.reasons():
        for pid in MEDICAL_COSTS_PATHWAYS:
            if pid in out:
                pathway = out[pid]
                out[pid] = dataclasses.replace(
                    pathway, reasons=(*pathway.reasons, _medical_costs_reason(ctx))
                )
    if visitor_visa_suspended(ctx):
        out = {pid: _suspended_visa(ctx, p) for pid, p in out.items()}
    if may_be_citizen(ctx):
        citizen = citizen_reason()
        out = {pid: dataclasses.replace(p, reasons=(citizen, *p.reasons)) for pid, p in out.items()}
    return out


CRS_R47223 = "CRS R47223 (2022), U.S. citizenship of children born abroad"


def may_be_citizen(ctx: Context) -> bool:
    """A child with a U.S.-citizen parent may already be a citizen."""
    return ctx.get("beneficiary_is_minor") is True and "usc_parent" in ctx.a.items("us_relatives")


def citizen_reason() -> Reason:
    return reason(
        "may_be_us_citizen",
        CITIZEN_MESSAGE,
        ["us_relatives", "beneficiary_is_minor"],
        CRS_R47223,
        None,
    )


CITIZEN_MESSAGE = _(
    "A child of a U.S.-citizen parent may already be a U.S. citizen (for example when born abroad "
    "to a citizen parent who had lived in the U.S. long enough before the birth): ask a lawyer or "
    "the consulate about a Consular Report of Birth Abroad or a U.S. passport before any visa or "
    "parole request."
)


def _ban_reason(ban: K.Dated[K.TravelBan]) -> Reason:
    return reason(
        "travel_ban_entry_unconfirmed",
        Text(
            _(
                "Proclamation {number} fully suspends the entry of citizens of your country. "
                "Whether it also stops a person given parole from entering is not confirmed, so "
                "this request cannot be called likely."
            ),
            client=_(
                "Proclamation {number} fully suspends the entry of citizens of the client's "
                "country. Whether it also stops a person given parole from entering is not "
                "confirmed, so this request cannot be called likely."
            ),
        ),
        ["citizenship"],
        ban.source,
        None,
        number=ban.value.proclamation,
    )


def _social_visit(ctx: Context) -> bool:
    """Only a visit to relatives who are not ill (with or without joining family), for an adult:
    a minor joining a parent keeps the family-reunification rule."""
    r = ctx.reasons()
    return (
        "visit_ill_relative" in r
        and r <= {"visit_ill_relative", "family_reunification"}
        and ctx.get("relative_condition") == "not_ill"
        and ctx.get("beneficiary_is_minor") is not True
    )


def _social_visit_reason(ctx: Context) -> Reason:
    if visitor_visa_suspended(ctx):
        return reason(
            "social_visit",
            _(
                "A visit to relatives who are not ill is a social visit. Parole is not meant "
                "to be used only to avoid the normal visa process. A visitor visa is "
                "suspended for this nationality by a travel ban unless an exception applies."
            ),
            ["reasons", "relative_condition", "citizenship"],
            f"{K.USCIS_HP_PAGE}; {travel_ban(ctx).source}",
            False,
        )
    return reason(
        "social_visit",
        Text(
            _(
                "A visit to relatives who are not ill is a social visit. Parole is not meant "
                "to be used only to avoid the normal visa process, so ask about a visitor visa "
                "instead."
            ),
            client=_(
                "A visit to relatives who are not ill is a social visit. Parole is not meant "
                "to be used only to avoid the normal visa process, so the client should ask "
                "about a visitor visa instead."
            ),
        ),
        ["reasons", "relative_condition"],
        K.USCIS_HP_PAGE,
        False,
    )


def _protection_only(pathway: Pathway) -> bool:
    """An individual, imminent harm is the only ground met: no other urgent reason carries it."""
    met = [r.code for r in pathway.reasons if r.met is True and r.code in URGENT_GROUND_CODES]
    return bool(met) and all(code in HARM_GROUND_CODES for code in met)


def _protection_reason(ctx: Context) -> Reason:
    refugee = ctx.program("refugee_admissions")
    source = f"{K.INA_212D5B}; {KC.GAO_08_282}; {refugee.source}"
    if refugee.value != K.OPEN:
        return reason(
            "protection_rarely_granted",
            _(
                "Parole for a person in danger is rarely granted: the law allows it for a "
                "refugee only when compelling reasons in the public interest concern that "
                "particular person, and only about one request in four was granted in the "
                "last published count (24 in 100 from 2002 to mid-2007). Refugee processing has "
                "been suspended since {since}."
            ),
            ["reasons", "harm_individualized", "harm_imminent"],
            source,
            None,
            since=refugee.effective_from.isoformat(),
        )
    return reason(
        "protection_rarely_granted",
        _(
            "Parole for a person in danger is rarely granted: the law allows it for a refugee "
            "only when compelling reasons in the public interest concern that particular "
            "person, and only about one request in four was granted in the last published "
            "count (24 in 100 from 2002 to mid-2007)."
        ),
        ["reasons", "harm_individualized", "harm_imminent"],
        source,
        None,
    )


def _medical_costs_reason(ctx: Context) -> Reason:
    medicaid = KC.PAROLEE_MEDICAID.on(ctx.as_of)
    assert medicaid is not None
    if medicaid.value is False:
        return reason(
            "medical_costs_not_arranged",
            Text(
                _(
                    "How the treatment will be paid for is not arranged yet. The cost and who "
                    "pays it are core evidence: add a written plan (an estimate and proof of "
                    "the money). Since {since} federal Medicaid no longer covers most "
                    "parolees."
                ),
                client=_(
                    "How the client's treatment will be paid for is not arranged yet. The "
                    "cost and who pays it are core evidence: add a written plan (an estimate "
                    "and proof of the money). Since {since} federal Medicaid no longer covers "
                    "most parolees."
                ),
            ),
            ["medical_costs_arranged"],
            f"{K.USCIS_EVIDENCE}; {medicaid.source}",
            None,
            since=medicaid.effective_from.isoformat(),
        )
    return reason(
        "medical_costs_not_arranged",
        Text(
            _(
                "How the treatment will be paid for is not arranged yet. The cost and who pays "
                "it are core evidence: add a written plan (an estimate and proof of the money)."
            ),
            client=_(
                "How the client's treatment will be paid for is not arranged yet. The cost and "
                "who pays it are core evidence: add a written plan (an estimate and proof of "
                "the money)."
            ),
        ),
        ["medical_costs_arranged"],
        K.USCIS_EVIDENCE,
        None,
    )


def _suspended_visa(ctx: Context, pathway: Pathway) -> Pathway:
    """A reason that would suggest a visitor visa says the ban suspends it."""
    reasons = []
    for r in pathway.reasons:
        if r.code == "medical_not_urgent":
            r = reason(
                "medical_not_urgent",
                _(
                    "The treatment is not available where the patient lives, but it is "
                    "planned rather than urgent. Parole is for urgent reasons, so a request "
                    "can only be possible. A visa for medical treatment is suspended for this "
                    "nationality by a travel ban unless an exception applies."
                ),
                r.answers,
                f"{r.source}; {travel_ban(ctx).source}",
                None,
            )
        reasons.append(r)
    return dataclasses.replace(pathway, reasons=tuple(reasons))
