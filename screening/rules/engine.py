"""`assess(answers, as_of)`: the one function that turns answers into an explained Assessment.

Reading order: the grounds (why the person needs parole) are weighed once in `_grounds`; each
pathway rule below then decides its verdict from them and from its own conditions; forms, fees,
evidence, flags, alternatives and urgency follow from the pathways that apply. Every Reason, Fee
and Flag carries the citation it rests on (see knowledge.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from . import knowledge as K
from .answers import Answers, prune
from .assessment import Alternative, Assessment, Evidence, Flag, Message, Pathway, _
from .context import GRANTING, OPEN_VERDICTS, Context
from .fees import _i131_fee, _i941_fee, _parole_fee
from .forms import _forms
from .pathways import PATHWAY_RULES
from .version import RULES_VERSION

CORE_EVIDENCE = {
    "humanitarian_parole": ("identity_document", "financial_support", "return_plan"),
    "significant_public_benefit_parole": (
        "identity_document",
        "financial_support",
        "court_notice",
        "return_plan",
    ),
    "law_enforcement_parole": ("identity_document", "agency_letter"),
    "parole_in_place": ("identity_document", "favorable_discretion_evidence"),
    "military_parole_in_place": (
        "identity_document",
        "military_service_proof",
        "military_relationship_proof",
        "passport_photos",
        "favorable_discretion_evidence",
        "service_member_support_letter",
    ),
    "re_parole": ("identity_document", "i94_record", "favorable_discretion_evidence"),
    "afghan_re_parole": ("identity_document", "i94_record"),
    "international_entrepreneur_parole": (
        "identity_document",
        "startup_formation_documents",
        "ownership_evidence",
        "investment_evidence",
    ),
}


REASON_EVIDENCE = {
    "medical_treatment": (
        "physician_statement",
        "treatment_unavailable_statement",
        "us_provider_acceptance",
        "treatment_cost_plan",
        "medical_records",
    ),
    "organ_donor": ("physician_statement", "us_provider_acceptance"),
    "visit_ill_relative": ("relationship_proof", "relative_condition_letter"),
    "funeral": ("death_certificate", "relationship_proof"),
    "family_reunification": ("relationship_proof",),
    "protection": ("harm_evidence", "country_conditions", "refugee_unavailable_explanation"),
    "disaster_or_conflict": ("harm_evidence", "country_conditions"),
    "military_family": ("military_service_proof", "military_relationship_proof"),
}


MINOR_EVIDENCE = ("parental_consent", "custody_documents", "care_plan")


REASON_PATHWAYS = frozenset(
    {"humanitarian_parole", "parole_in_place", "re_parole", "afghan_re_parole"}
)


def _evidence(ctx: Context, live: dict[str, Pathway]) -> list[Evidence]:
    needed: dict[str, list[str]] = {}

    def need(ids: Iterable[str], pathway_id: str) -> None:
        for eid in ids:
            needed.setdefault(eid, [])
            if pathway_id not in needed[eid]:
                needed[eid].append(pathway_id)

    for pid, pathway in live.items():
        if pid not in CORE_EVIDENCE:
            continue
        need(CORE_EVIDENCE[pid], pid)
        if pid == "humanitarian_parole" and pathway.files == "supporter":
            need(["petitioner_identity"], pid)
        if pid in REASON_PATHWAYS:
            for r in ctx.reasons():
                need(REASON_EVIDENCE.get(r, ()), pid)
        if (
            pid in ("humanitarian_parole", "significant_public_benefit_parole")
            and ctx.get("beneficiary_is_minor") is True
        ):
            need(MINOR_EVIDENCE, pid)
    have = set(ctx.a.items("evidence_on_hand"))
    return [Evidence(eid, eid in have, tuple(pids)) for eid, pids in needed.items()]


U4U_WINDOW_DAYS = 180


U4U_WINDOW_SOURCE = "USCIS U4U re-parole FAQ, quoted Jan 2025 (Ukraine Immigration Task Force)"


def _u4u_too_early(ctx: Context) -> bool:
    """Ukrainians file re-parole no earlier than 180 days before parole ends [S]."""
    expires = ctx.get("parole_expires_on")
    return (
        ctx.get("parole_program") == "u4u"
        and expires is not None
        and (expires - ctx.as_of).days > U4U_WINDOW_DAYS
    )


def _flags(
    ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway], urgency: str
) -> list[Flag]:
    flags: list[Flag] = []

    def flag(fid: str, severity: str, message: str, source: str, **params: Any) -> None:
        flags.append(Flag(message, params, id=fid, severity=severity, source=source))

    risks = set(ctx.a.items("risk_factors"))
    if risks & {"criminal_conviction", "pending_charges"}:
        flag(
            "criminal_history",
            "warning",
            _(
                "A criminal conviction or pending charge weighs "
                "heavily against parole, and security checks will find it. Talk to an attorney "
                "before you file."
            ),
            f"{K.PM_VOL3_PF}; {K.MILITARY_PIP}",
        )
    if risks & {"prior_removal", "removal_proceedings"}:
        flag(
            "ice_jurisdiction",
            "warning",
            _(
                "Because of a past removal or current removal "
                "proceedings, the request goes to ICE, not USCIS. A past removal may also need "
                "Form I-212 (permission to reapply)."
            ),
            "ICE jurisdiction list (seguritan.com); INA 212(a)(9)",
        )
    in_place = {
        "military_parole_in_place",
        "parole_in_place",
        "re_parole",
        "afghan_re_parole",
    } & set(live)
    removable = (
        ctx.get("entry") in ("without_inspection", "unknown")
        or bool(risks & {"prior_overstay", "removal_proceedings"})
        or ctx.parole_expired() is True
    )
    nta = ctx.policy("nta_on_denial")
    if ctx.inside and in_place and removable and nta.value:
        flag(
            "nta_risk_on_denial",
            "warning",
            _(
                "You are in the U.S. without a status that "
                "protects you from removal. Since 2025-02-28, a denial can lead straight to a "
                "Notice to Appear in immigration court."
            ),
            nta.source,
        )
    if ctx.get("financial_supporter") == "none" and (
        live.keys() & {"humanitarian_parole", "significant_public_benefit_parole"}
    ):
        flag(
            "no_financial_support",
            "warning",
            _(
                "No one can support you financially. USCIS "
                "calls missing financial support a strong negative factor that may lead to "
                "denial."
            ),
            K.I134_INSTRUCTIONS,
        )
    if ctx.get("visa_option") == "available_in_time":
        flag(
            "visa_available",
            "warning",
            _(
                "A visa could bring you in time. Parole is not "
                "meant to avoid normal visa processing, so apply for the visa."
            ),
            K.USCIS_HP_PAGE,
        )
    harm = ctx.reasons() & {"protection", "disaster_or_conflict"}
    if ctx.outside and harm:
        refugee = ctx.program("refugee_admissions")
        if refugee.value == K.OPEN:
            flag(
                "refugee_channel",
                "info",
                _(
                    "Parole does not replace refugee processing: a refugee may be paroled only "
                    "for compelling reasons particular to that person. Ask about a refugee "
                    "referral first."
                ),
                f"{K.INA_212D5B}; {refugee.source}",
            )
        else:
            flag(
                "refugee_channel",
                "info",
                _(
                    "Parole does not replace refugee processing: a "
                    "refugee may be paroled only for compelling reasons particular to that "
                    "person. Refugee admissions are {status} (since {since})."
                ),
                f"{K.INA_212D5B}; {refugee.source}",
                status=refugee.value,
                since=refugee.effective_from.isoformat(),
            )
    expired = ctx.parole_expired()
    expires = ctx.get("parole_expires_on")
    if ctx.get("entry") == "paroled" and expired:
        flag(
            "parole_expired",
            "stop",
            _(
                "Your parole ended on {date}. Parole ends "
                "automatically when its time runs out; get legal advice before doing anything "
                "else."
            ),
            K.CFR_212_5E1,
            date=expires.isoformat(),
        )
    elif ctx.get("entry") == "paroled" and expired is False and _u4u_too_early(ctx):
        days = (expires - ctx.as_of).days
        flag(
            "file_before_expiry",
            "info",
            _(
                "Your parole ends on {date}, in {days} days. Ukrainians file for re-parole no "
                "earlier than 180 days before parole ends, so file between {earliest} and "
                "{date}."
            ),
            U4U_WINDOW_SOURCE,
            date=expires.isoformat(),
            days=days,
            earliest=(expires - dt.timedelta(days=U4U_WINDOW_DAYS)).isoformat(),
        )
    elif ctx.get("entry") == "paroled" and expired is False:
        days = (expires - ctx.as_of).days
        flag(
            "file_before_expiry",
            "warning",
            _(
                "Your parole ends on {date}, in {days} days. "
                "File for re-parole before then: parole ends automatically on that date."
            ),
            K.CFR_212_5E1,
            date=expires.isoformat(),
            days=days,
        )
    hold = ctx.policy("afghan_processing_hold")
    if hold.value and (ctx.get("citizenship") == "AF" or ctx.get("parole_program") == "afghan"):
        flag(
            "processing_hold",
            "warning",
            _(
                "USCIS halted decisions on requests from Afghan "
                "nationals on 2025-11-27. Court orders have since vacated related holds, but "
                "whether requests are being decided now is not confirmed."
            )
            if hold.note
            else _(
                "USCIS halted decisions on requests from Afghan nationals on 2025-11-27. "
                "Check uscis.gov before you file."
            ),
            hold.source,
        )
    u4u = ctx.program("u4u_re_parole")
    if ctx.get("parole_program") == "u4u" and u4u.value == K.PAUSED:
        flag(
            "processing_hold",
            "warning",
            _("Ukrainian re-parole decisions were paused on this date."),
            u4u.source,
        )
    if "advance_parole" in shown:
        departure = ctx.policy("advance_parole_is_departure")
        if departure.value:
            flag(
                "advance_parole_departure",
                "stop",
                _(
                    "Since 2026-08-13 (Matter of "
                    "Delcarmen-Lara), leaving the U.S. on advance parole counts as a departure: "
                    "it can trigger the 3- and 10-year bars for unlawful presence. Get legal "
                    "advice before you travel."
                ),
                departure.source,
            )
        else:
            flag(
                "advance_parole_departure",
                "warning",
                _(
                    "Travel on advance parole carries "
                    "risks for anyone with unlawful presence. Get legal advice before you travel."
                ),
                departure.source,
            )
    if "military_family" in ctx.reasons() and ctx.inside and ctx.get("entry") == "admitted":
        flag(
            "overstay_not_eligible_for_pip",
            "warning",
            _(
                "People who were admitted and then "
                "overstayed cannot get military parole in place; deferred action is the option "
                "to ask about."
            ),
            K.MILITARY_PIP,
        )
    closed = [p for p in shown.values() if p.verdict == "unavailable"]
    if closed:
        # Program names only (proper nouns); each pathway's own reason explains the closure.
        names = ", ".join(p.reasons[0].params.get("name", p.id) for p in closed if p.reasons)
        flag(
            "program_closed",
            "info",
            _(
                "Some programs you may have heard of are closed or on hold: {names}. The "
                "details and dates are with each program below."
            ),
            "; ".join(p.reasons[0].source for p in closed if p.reasons),
            names=names,
        )
    if ctx.get("beneficiary_is_minor") is True and (
        live.keys() & {"humanitarian_parole", "significant_public_benefit_parole"}
    ):
        flag(
            "minor_needs_consent",
            "warning",
            _(
                "For a child, include written consent of the "
                "parent(s), custody or guardianship papers, and a plan for the child's care in "
                "the U.S."
            ),
            K.USCIS_EVIDENCE,
        )
    if urgency in ("emergency", "urgent") and (live.keys() & GRANTING):
        flag(
            "expedite_request",
            "info",
            _(
                "You can ask USCIS to expedite (speed up) the "
                "request once it is filed, explaining the emergency. A humanitarian reason alone "
                "does not guarantee an expedite."
            ),
            K.EXPEDITE,
        )
    no_rfe = ctx.policy("denial_without_rfe")
    if no_rfe.value and (live.keys() & GRANTING):
        flag(
            "complete_evidence_up_front",
            "info",
            _(
                "Since 2026-08-05 USCIS may deny a "
                "request without first asking for missing evidence: send everything with the "
                "application."
            ),
            no_rfe.source,
        )
    return flags


def _alternatives(ctx: Context) -> list[Alternative]:
    out: list[Alternative] = []

    def alt(aid: str, message: str, source: str, **params: Any) -> None:
        out.append(Alternative(message, params, id=aid, source=source))

    r = ctx.reasons()
    program = ctx.get("parole_program")
    pending = set(ctx.a.items("pending_applications"))
    harm = r & {"protection", "disaster_or_conflict"}
    if (
        (harm and ctx.inside)
        or "i589" in pending
        or program in ("chnv", "frp", "afghan", "u4u", "cam")
    ):
        alt(
            "asylum",
            _(
                "Asylum (Form I-589) protects people in the U.S. who fear persecution "
                "for their race, religion, nationality, political opinion or social group; it "
                "must usually be filed within one year of arrival."
            ),
            "INA 208; 90 FR 34511 (H.R. 1 fees)",
        )
    if harm and ctx.outside:
        refugee = ctx.program("refugee_admissions")
        if refugee.value == K.OPEN:
            alt(
                "refugee",
                _(
                    "Refugee resettlement is the usual route for people fleeing danger "
                    "abroad; it needs a referral (for example by UNHCR)."
                ),
                refugee.source,
            )
        else:
            alt(
                "refugee",
                _(
                    "Refugee resettlement is the usual route for people fleeing danger "
                    "abroad. Status: {status} (since {since}); check for changes."
                ),
                refugee.source,
                status=refugee.note or refugee.value,
                since=refugee.effective_from.isoformat(),
            )
    if ctx.inside and (harm or "tps" in pending or program in ("chnv", "u4u", "frp")):
        alt(
            "tps",
            _(
                "Temporary Protected Status may fit nationals of designated countries "
                "who were in the U.S. on the designation dates. Designations change often: check "
                "the current list."
            ),
            "USCIS TPS page; designation changes 2025-26 (litigation tracker)",
        )
    victim = set(ctx.a.items("victim_of"))
    if "crime" in victim:
        alt(
            "u_visa",
            _(
                "A U visa may fit victims of a qualifying crime who helped law "
                "enforcement (Form I-918 with a Supplement B certification)."
            ),
            "INA 101(a)(15)(U); ABA U Visas at a Glance",
        )
    if "trafficking" in victim:
        alt(
            "t_visa",
            _(
                "A T visa may fit victims of severe trafficking who are in the U.S. "
                "because of it (Form I-914)."
            ),
            "INA 101(a)(15)(T); Form I-914 instructions",
        )
    if ctx.get("worked_for_us_government") is True and ctx.get("citizenship") in K.SIV_COUNTRIES:
        siv = ctx.program("afghan_siv_issuance")
        paused = ctx.get("citizenship") == "AF" and siv.value != K.OPEN
        alt(
            "special_immigrant_visa",
            _(
                "A Special Immigrant Visa may fit Afghans and Iraqis who worked for or on "
                "behalf of the U.S. government. Visa issuance for Afghan passports was reported "
                "paused in November 2025; check its current status."
            )
            if paused
            else _(
                "A Special Immigrant Visa may fit Afghans and Iraqis "
                "who worked for or on behalf of the U.S. government."
            ),
            siv.source,
        )
    us_relative = ctx.get("relative_status") in ("us_citizen", "lpr")
    if us_relative or "i130_petition" in pending:
        alt(
            "family_immigrant_visa",
            _(
                "A family immigrant visa (Form I-130 by a U.S. citizen "
                "or permanent-resident relative) is the lasting route to join family."
            ),
            "INA 201, 203; 90 FR 58032 (FRP closed)",
        )
    if "military_family" in r and ctx.inside and ctx.get("entry") == "admitted":
        alt(
            "deferred_action",
            _(
                "Military family members who were admitted and overstayed "
                "can ask USCIS for deferred action instead of parole in place."
            ),
            K.MILITARY_PIP,
        )
    return out


def _urgency(ctx: Context) -> tuple[str, Message | None]:
    if ctx.get("medical_life_threatening") is True:
        return "emergency", Message(_("The medical condition is life-threatening."))
    if ctx.get("relative_condition") == "death_imminent":
        return "emergency", Message(_("A family member's death is imminent."))
    dates = {"needed_by": ctx.get("needed_by"), "court_date": ctx.get("court_date")}
    if ctx.parole_expired() is False:
        dates["parole_expires_on"] = ctx.get("parole_expires_on")
    deadlines = [(day, key) for key, day in dates.items() if day is not None]
    if not deadlines:
        return "standard", None
    day, key = min(deadlines)
    days = (day - ctx.as_of).days
    params = {"date": day.isoformat(), "days": days}
    if days <= 30:
        return "emergency", Message(
            _("The date that matters ({date}) is {days} days away or already past."), params
        )
    if days <= 90:
        return "urgent", Message(_("The date that matters ({date}) is {days} days away."), params)
    return "standard", None


def assess(answers: Answers | Mapping[str, Any], as_of: dt.date | None = None) -> Assessment:
    """Screen `answers` under the rules in force on `as_of` (default: today)."""
    if not isinstance(answers, Answers):
        answers = Answers.from_dict(answers)
    as_of = as_of or dt.date.today()
    raw = answers.to_dict()
    kept = prune(raw)
    ignored = tuple(key for key in raw if key not in kept)
    ctx = Context(Answers({k: v for k, v in answers.values.items() if k in kept}), as_of)

    shown = {p.id: p for p in (rule(ctx) for rule in PATHWAY_RULES) if p is not None}
    live = {pid: p for pid, p in shown.items() if p.verdict in OPEN_VERDICTS}
    urgency, urgency_reason = _urgency(ctx)
    forms = _forms(ctx, live)
    fees = [
        fee
        for fee in (_i131_fee(ctx, forms), _parole_fee(ctx, live, shown), _i941_fee(ctx, live))
        if fee is not None
    ]
    unknowns = sorted(
        {
            key
            for p in shown.values()
            for r in p.reasons
            if r.met is None and r.code.startswith("missing_")
            for key in r.answers
        }
    )
    return Assessment(
        rules_version=RULES_VERSION,
        as_of=as_of,
        urgency=urgency,
        urgency_reason=urgency_reason,
        pathways=tuple(shown.values()),
        forms=tuple(forms),
        fees=tuple(fees),
        evidence=tuple(_evidence(ctx, live)),
        flags=tuple(_flags(ctx, live, shown, urgency)),
        alternatives=tuple(_alternatives(ctx)),
        ignored_answers=ignored,
        unknowns=tuple(unknowns),
    )
