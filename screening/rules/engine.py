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
from .assessment import Alternative, Assessment, Evidence, Fee, Flag, Form, Message, Pathway, _
from .context import GRANTING, OPEN_VERDICTS, VISA_TOO_LATE, Context
from .pathways import PATHWAY_RULES
from .version import RULES_VERSION

CLOSE_FAMILY = frozenset({"spouse", "parent", "child", "sibling", "grandparent"})


def _form(
    ctx: Context,
    form_id: str,
    why: str,
    part: str | None,
    for_pathways: tuple[str, ...],
    **params: Any,
) -> Form:
    info = K.FORMS[form_id]
    edition = info.editions.on(ctx.as_of)
    assert edition is not None
    note = edition.note or (
        "" if edition.value else _("Edition not confirmed: use the one on uscis.gov.")
    )
    return Form(
        why,
        params,
        id=form_id,
        title=info.title,
        part=part,
        edition=edition.value,
        edition_note=note,
        source=edition.source,
        verified_on=edition.verified_on,
        url=info.url,
        for_pathways=for_pathways,
    )


RE_PAROLE_ITEMS = {
    "u4u": "Part 1 item 10.C",
    "military_pip": "Part 1 item 10.H",
    "afghan": "Part 1 item 10.B",
    "none": "Part 1 item 11",
}


def _forms(ctx: Context, live: dict[str, Pathway]) -> list[Form]:
    forms: list[Form] = []
    item7 = tuple(
        p for p in ("humanitarian_parole", "significant_public_benefit_parole") if p in live
    )
    if item7:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "The request for parole for someone outside the "
                    "U.S. (one per person). File on paper or online; a fee waiver means "
                    "paper. Find where to send it at uscis.gov/i-131-addresses."
                ),
                "Part 1 item 7",
                item7,
            )
        )
        forms.append(
            _form(
                ctx,
                "I-134",
                _(
                    "Declaration of financial support: one for each "
                    "person, signed by whoever will support them (it can be the person "
                    "themself)."
                ),
                None,
                item7,
            )
        )
    if "military_parole_in_place" in live:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "Military parole in place, filed for yourself, with "
                    "no filing fee. Check uscis.gov/i-131-addresses for where to file."
                ),
                "Part 1 item 8.A",
                ("military_parole_in_place",),
            )
        )
    if "parole_in_place" in live:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "Parole in place not under a program, asked for from inside the U.S. "
                    "Check uscis.gov/i-131-addresses for where to file."
                ),
                "Part 1 item 9",
                ("parole_in_place",),
            )
        )
    for pid in ("re_parole", "afghan_re_parole"):
        if pid in live:
            program = ctx.get("parole_program") or "none"
            part = RE_PAROLE_ITEMS.get(program, "Part 1 item 10")
            forms.append(
                _form(
                    ctx,
                    "I-131",
                    _(
                        "Re-parole: a new period of parole, asked for "
                        "from inside the U.S. before the current one ends. Give the date on "
                        "your I-94."
                    ),
                    part,
                    (pid,),
                )
            )
    if "international_entrepreneur_parole" in live:
        forms.append(
            _form(
                ctx,
                "I-941",
                _("The application for entrepreneur parole."),
                None,
                ("international_entrepreneur_parole",),
            )
        )
    for pid in ("uniting_for_ukraine", "chnv_parole", "family_reunification_parole"):
        if pid in live:
            forms.append(
                _form(
                    ctx,
                    "I-134A",
                    _("Filed online by a U.S.-based supporter, one per person."),
                    None,
                    (pid,),
                )
            )
    waivable = tuple(
        pid
        for f in forms
        if f.id == "I-131" and _i131_waivable(ctx, f.part)
        for pid in f.for_pathways
    )
    if ctx.get("can_pay_fees") is False and waivable and not _i131_exemption(ctx, forms):
        forms.append(
            _form(
                ctx,
                "I-912",
                _(
                    "You said you cannot pay the fees: ask USCIS to "
                    "waive the I-131 filing fee. It goes in the same paper package as the "
                    "I-131. The parole fee itself can never be waived."
                ),
                None,
                waivable,
            )
        )
    return forms


def _i131_waivable(ctx: Context, part: str | None) -> bool:
    """A fee waiver is reported available for initial humanitarian parole (item 7) and for
    Ukrainian re-parole (item 10.C) [S]."""
    return part == "Part 1 item 7" or (part == "Part 1 item 10.C")


def _i131_exemption(ctx: Context, forms: list[Form]) -> tuple[str, str, str, str] | None:
    """Why the I-131 fee is $0, if it is: (exception id, message, source, confidence)."""
    parts = {f.part for f in forms if f.id == "I-131"}
    if "Part 1 item 8.A" in parts:
        return (
            "military_parole_in_place",
            _("Military parole in place is filed with no I-131 fee."),
            K.MILITARY_PIP,
            "S",
        )
    special = ctx.a.items("special_categories")
    if special:
        return (
            special[0],
            _("You said you are in a category USCIS exempts from the I-131 fee ({categories})."),
            K.I131_FEE_EXEMPT_SOURCE,
            "S",
        )
    if any(f.id == "I-131" and "afghan_re_parole" in f.for_pathways for f in forms):
        exempt = K.AFGHAN_RE_PAROLE_FEE_EXEMPT.on(ctx.as_of)
        assert exempt is not None
        if exempt.value:
            return (
                "afghan_re_parole",
                _("Afghans asking for re-parole for themselves file with no I-131 fee."),
                exempt.source,
                exempt.confidence,
            )
    return None


def _i131_fee(ctx: Context, forms: list[Form]) -> Fee | None:
    i131 = [f for f in forms if f.id == "I-131"]
    if not i131:
        return None
    entry = K.I131_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    amount = entry.value
    base = {
        "id": "i131_filing_fee",
        "amount_usd": amount.paper_usd,
        "online_amount_usd": amount.online_usd,
        "due": "with_filing",
        "effective_from": entry.effective_from,
        "verified_on": entry.verified_on,
        "source": entry.source,
        "confidence": entry.confidence,
    }
    exemption = _i131_exemption(ctx, forms)
    if exemption:
        exception, message, source, confidence = exemption
        return Fee(
            message,
            {"categories": ", ".join(ctx.a.items("special_categories"))},
            **base
            | {"exempt": True, "exception": exception, "source": source, "confidence": confidence},
        )
    waivable = any(_i131_waivable(ctx, f.part) for f in i131)
    afghan = any("afghan_re_parole" in f.for_pathways for f in i131)
    if afghan:
        note = _(
            "{paper} per person on paper ({online} online), paid when you file. The Afghan "
            "re-parole fee exemption ran through 2025-01-31; whether it continues is not "
            "confirmed: check uscis.gov/g-1055."
        )
    elif any(f.part == RE_PAROLE_ITEMS["military_pip"] for f in i131):
        note = _(
            "{paper} per person on paper ({online} online), paid when you file. A first "
            "request for military parole in place has no I-131 fee; whether re-parole under it "
            "is also free is not confirmed: check uscis.gov/g-1055."
        )
    elif waivable and ctx.get("can_pay_fees") is False:
        note = _(
            "{paper} per person on paper ({online} online). You can ask for a fee waiver "
            "on Form I-912; then you must file on paper."
        )
    elif waivable:
        note = _(
            "{paper} per person on paper ({online} online), paid when you file. A fee "
            "waiver (Form I-912) is reported to be available."
        )
    else:
        note = _("{paper} per person on paper ({online} online), paid when you file.")
    online = f"${amount.online_usd:,}" if amount.online_usd else _("no online figure recorded")
    return Fee(
        note, {"paper": f"${amount.paper_usd:,}", "online": online}, **base | {"waivable": waivable}
    )


def _parole_fee_exception(
    ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway]
) -> str | None:
    """The first of the ten statutory exceptions that the answers show."""
    r = ctx.reasons()
    visa_too_late = ctx.get("visa_option") in VISA_TOO_LATE
    from_abroad = "humanitarian_parole" in live
    if from_abroad and "medical_treatment" in r:
        emergency = ctx.get("medical_available_at_home") is False or (
            ctx.get("medical_life_threatening") is True and visa_too_late
        )
        if emergency and ctx.get("adopted_child_in_custody") is True:
            return "adopted_child_medical"
        if emergency:
            return (
                "parent_of_minor_medical_emergency"
                if ctx.get("medical_patient") == "minor_child"
                else "medical_emergency"
            )
    if from_abroad and "organ_donor" in r and visa_too_late:
        return "organ_donor"
    close = ctx.get("relative_relationship") in CLOSE_FAMILY
    if from_abroad and close and visa_too_late:
        if "visit_ill_relative" in r and ctx.get("relative_condition") == "death_imminent":
            return "imminent_death_of_family_member"
        if "funeral" in r:
            return "funeral"
    if "advance_parole" in shown and "i485" in ctx.a.items("pending_applications"):
        return "adjustment_applicant_returning"
    if ctx.get("returned_to_await_hearing") is True:
        return "contiguous_return_hearing"
    if ctx.get("cuban_haitian_entrant") is True:
        return "cuban_haitian_entrant"
    if live.get("law_enforcement_parole") and ctx.get("agency_request") is True:
        return "law_enforcement_assistance"
    return None


PAROLE_FEE_EXCEPTION_NOTES = {
    "medical_emergency": _(
        "The parole fee is not charged here: the law exempts a medical emergency (treatment is "
        "not available where the person lives, or it is life-threatening and there is no time "
        "for a visa). DHS must agree the exception applies."
    ),
    "parent_of_minor_medical_emergency": _(
        "The parole fee is not charged here: the law exempts the parent or legal guardian of a "
        "minor child with a medical emergency. DHS must agree the exception applies."
    ),
    "organ_donor": _(
        "The parole fee is not charged here: the law exempts an organ or tissue donor when "
        "there is no time for a visa. DHS must agree the exception applies."
    ),
    "imminent_death_of_family_member": _(
        "The parole fee is not charged here: the law exempts a visit to a close family member "
        "in the U.S. whose death is imminent, when a visa would come too late. DHS must agree "
        "the exception applies."
    ),
    "funeral": _(
        "The parole fee is not charged here: the law exempts attending the funeral of a close "
        "family member, when a visa would come too late. DHS must agree the exception applies."
    ),
    "adopted_child_medical": _(
        "The parole fee is not charged here: the law exempts an adopted child in the "
        "petitioner's legal custody with an urgent medical condition that needs treatment "
        "before the adoption visa. DHS must agree the exception applies."
    ),
    "adjustment_applicant_returning": _(
        "The parole fee is not charged here: the law exempts an adjustment-of-status applicant "
        "returning from temporary travel abroad. DHS must agree the exception applies."
    ),
    "contiguous_return_hearing": _(
        "The parole fee is not charged here: the law exempts a person returned to Mexico or "
        "Canada and paroled to attend their immigration hearing. DHS must agree the exception "
        "applies."
    ),
    "cuban_haitian_entrant": _(
        "The parole fee is not charged here: the law exempts a person granted Cuban/Haitian "
        "entrant status. DHS must agree the exception applies."
    ),
    "law_enforcement_assistance": _(
        "The parole fee is not charged here: the law exempts a person assisting U.S. law "
        "enforcement whose presence is needed although they cannot get a visa. DHS must agree "
        "the exception applies."
    ),
}


# (amount confirmed from a primary text?, which pathway needs a word of its own)
PAROLE_FEE_NOTES = {
    (True, ""): _(
        "{amount}, due only if parole is granted (not with the application). It can "
        "never be waived and is due again for each new period of parole."
    ),
    (True, "military"): _(
        "{amount}, due only if parole is granted (not with the application). It can never be "
        "waived and is due again for each new period of parole. Military parole in place is "
        "reported to be charged too."
    ),
    (True, "entrepreneur"): _(
        "{amount}, due only if parole is granted (not with the application). It can never be "
        "waived and is due again for each new period of parole. No exception in the law fits "
        "entrepreneur parole, but no source confirms that DHS charges it there."
    ),
    (False, ""): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted "
        "each year; last verified {verified}). Confirm the current amount at "
        "uscis.gov/g-1055. Due only if parole is granted, never waivable, and due again "
        "for each new period of parole."
    ),
    (False, "military"): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted each "
        "year; last verified {verified}). Confirm the current amount at uscis.gov/g-1055. Due "
        "only if parole is granted, never waivable, and due again for each new period of "
        "parole. Military parole in place is reported to be charged too."
    ),
    (False, "entrepreneur"): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted each "
        "year; last verified {verified}). Confirm the current amount at uscis.gov/g-1055. Due "
        "only if parole is granted, never waivable, and due again for each new period of "
        "parole. No exception in the law fits entrepreneur parole, but no source confirms that "
        "DHS charges it there."
    ),
}


def _parole_fee(ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway]) -> Fee | None:
    granting = [p for p in live if p in GRANTING]
    if not granting and "advance_parole" not in shown:
        return None
    entry = K.PAROLE_FEE.on(ctx.as_of)
    assert entry is not None
    if entry.value is None:
        return None  # no parole fee existed yet on this date
    amount = entry.value
    exception = _parole_fee_exception(ctx, live, shown)
    params = {
        "amount": f"${amount.paper_usd:,}",
        "minimum": f"${amount.minimum_usd:,}",
        "since": entry.effective_from.isoformat(),
        "verified": entry.verified_on.isoformat(),
    }
    if exception:
        note = PAROLE_FEE_EXCEPTION_NOTES[exception]
        params["exception"] = K.PAROLE_FEE_EXCEPTIONS[exception]  # for the JSON reader
        source = f"{K.PAROLE_FEE_EXCEPTION_SOURCE}; {entry.source}"
    else:
        # Whole sentences per case, so each one can be translated (see docs/rules.md).
        which = "military" if "military_parole_in_place" in granting else ""
        if "international_entrepreneur_parole" in granting:
            which = "entrepreneur"
        note = PAROLE_FEE_NOTES[(entry.confidence == "C", which)]
        source = entry.source
    return Fee(
        note,
        params,
        id="parole_fee",
        amount_usd=amount.paper_usd,
        minimum_usd=amount.minimum_usd,
        due="on_grant",
        waivable=False,
        exempt=exception is not None,
        exception=exception,
        effective_from=entry.effective_from,
        verified_on=entry.verified_on,
        source=source,
        confidence=entry.confidence,
    )


def _i941_fee(ctx: Context, live: dict[str, Pathway]) -> Fee | None:
    if "international_entrepreneur_parole" not in live:
        return None
    entry = K.I941_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    if entry.value.paper_usd is None:
        note = _(
            "The I-941 fee after the 2024 fee rule is not confirmed (it was $1,200 plus "
            "$85 biometrics in 2017). Check uscis.gov/g-1055 before filing."
        )
    else:
        note = _("{amount} when you file (reported).")
    return Fee(
        note,
        {"amount": f"${entry.value.paper_usd or 0:,}"},
        id="i941_filing_fee",
        amount_usd=entry.value.paper_usd,
        due="with_filing",
        waivable=False,
        effective_from=entry.effective_from,
        verified_on=entry.verified_on,
        source=entry.source,
        confidence=entry.confidence,
    )


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
