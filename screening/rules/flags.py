"""Flags: warnings and cautions that follow from the answers and the pathways that apply."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from . import knowledge as K
from .agency_words import criminal_history_flag
from .assessment import Fee, Flag, Pathway, Reason
from .calibration import visitor_visa_suspended
from .context import GRANTING, Context
from .deadlines import re_parole_timing
from .detention import detention_flags
from .evidence import child_beneficiary, consent_message
from .expedited_removal import expedited_removal_flag
from .history import ICE_SOURCE, history_flags, reinstatement_applies, with_never_carried_out
from .parole_end import parole_end, parole_expired_flag
from .parolee_hold import parolee_hold_flag
from .presence_flags import presence_flags
from .re_parole_filing import file_before_expiry, filing_params
from .registration import registration_flags
from .restrictions import parole_fee_flag, restriction_flags, travel_ban
from .text import Text, _
from .tps_status import NTA_UNLESS_TPS, maybe_tps_holder, tps_current


def _u4u_window_opens(ctx: Context) -> dt.date | None:
    """The first day a Ukrainian may file for re-parole (the same timing as deadlines.py)."""
    expires = ctx.get("parole_expires_on")
    if ctx.get("parole_program") != "u4u" or expires is None:
        return None
    days = re_parole_timing(ctx.a, ctx.as_of).value.opens_days_before
    return None if days is None else expires - dt.timedelta(days=days)


def _flags(
    ctx: Context,
    live: dict[str, Pathway],
    shown: dict[str, Pathway],
    urgency: str,
    fees: Iterable[Fee] = (),
) -> list[Flag]:
    flags: list[Flag] = []

    def flag(fid: str, severity: str, message: str, source: str, **params: Any) -> None:
        flags.append(Flag(message, params, id=fid, severity=severity, source=source))

    risks = set(ctx.a.items("risk_factors"))
    if risks & {"criminal_conviction", "pending_charges"}:
        flags.append(criminal_history_flag(live))
    if risks & {"prior_removal", "removal_proceedings"}:
        ice_message, ice_params = with_never_carried_out(
            ctx,
            _(
                "Because of a past removal or current removal proceedings, one secondary source "
                "reports that a request for parole is decided by ICE, not USCIS: ask a lawyer "
                "where to send it. After a removal, a later visa or green card may also need "
                "permission to apply again (Form I-212); it is not part of the parole request."
            ),
        )
        flag("ice_jurisdiction", "warning", ice_message, ICE_SOURCE, **ice_params)
    flags += [*detention_flags(ctx), *history_flags(ctx), *expedited_removal_flag(ctx)]
    flags += registration_flags(ctx)  # never while detained; never "register now"
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
    if (
        ctx.inside
        and in_place
        and removable
        and nta.value
        and not reinstatement_applies(ctx)
        and tps_current(ctx) is not True
    ):
        flag(
            "nta_risk_on_denial",
            "warning",
            NTA_UNLESS_TPS
            if maybe_tps_holder(ctx)
            else Text(
                _(
                    "You are in the U.S. without a status that protects "
                    "you from removal. Since 2025-02-28, a denial can "
                    "lead straight to a Notice to Appear in immigration "
                    "court."
                ),
                client=_(
                    "The client is in the U.S. without a status that "
                    "protects them from removal. Since 2025-02-28, a "
                    "denial can lead straight to a Notice to Appear in "
                    "immigration court."
                ),
            ),
            nta.source,
        )
    if ctx.get("financial_supporter") == "none" and (
        live.keys() & {"humanitarian_parole", "significant_public_benefit_parole"}
    ):
        flag(
            "no_financial_support",
            "warning",
            Text(
                _(
                    "No one can support you financially. USCIS calls "
                    "missing financial support a strong negative factor "
                    "that may lead to denial."
                ),
                client=_(
                    "No one can support the client financially. USCIS "
                    "calls missing financial support a strong negative "
                    "factor that may lead to denial."
                ),
            ),
            K.I134_INSTRUCTIONS,
        )
    if ctx.get("visa_option") == "available_in_time" and visitor_visa_suspended(ctx):
        flag(
            "visa_available",
            "warning",
            Text(
                _(
                    "You said a visa could bring you in time, but a travel ban suspends visitor "
                    "and immigrant visas for your nationality unless an exception applies: ask a "
                    "lawyer whether one applies before you count on a visa."
                ),
                client=_(
                    "The client said a visa could bring them in time, but a travel ban suspends "
                    "visitor and immigrant visas for the client's nationality unless an exception "
                    "applies: ask a lawyer whether one applies before counting on a visa."
                ),
            ),
            f"{K.USCIS_HP_PAGE}; {travel_ban(ctx).source}",
        )
    elif ctx.get("visa_option") == "available_in_time":
        flag(
            "visa_available",
            "warning",
            Text(
                _(
                    "A visa could bring you in time. Parole is not meant "
                    "to avoid normal visa processing, so apply for the "
                    "visa."
                ),
                client=_(
                    "A visa could bring the client in time. Parole is not "
                    "meant to avoid normal visa processing, so the client "
                    "should apply for the visa."
                ),
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
                    "person. {note}"
                )
                if refugee.note
                else _(
                    "Parole does not replace refugee processing: a "
                    "refugee may be paroled only for compelling reasons particular to that "
                    "person. Refugee admissions are not open now (since {since})."
                ),
                f"{K.INA_212D5B}; {refugee.source}",
                **({"note": refugee.note} if refugee.note else {}),
                since=refugee.effective_from.isoformat(),
            )
    expired = ctx.parole_expired()
    opens = _u4u_window_opens(ctx)
    expires = parole_end(ctx)
    if ctx.get("entry") == "paroled" and expired:
        flags.append(parole_expired_flag(ctx))
    elif "custody_parole" in shown:
        pass  # held again: release is asked of ICE (custody_parole), no re-parole filing is named
    elif ctx.get("entry") == "paroled" and expired is False and filing_params(ctx.a, ctx.as_of):
        flags.append(file_before_expiry(ctx, opens))
    elif ctx.get("entry") == "paroled" and expired is False and opens and ctx.as_of < opens:
        days = (expires - ctx.as_of).days
        flag(
            "file_before_expiry",
            "info",
            Text(
                _(
                    "Your parole ends on {date}, in {days} days. "
                    "Ukrainians file for re-parole no earlier than 180 "
                    "days before parole ends, so file between {earliest} "
                    "and {date}."
                ),
                client=_(
                    "The client's parole ends on {date}, in {days} days. "
                    "Ukrainians file for re-parole no earlier than 180 "
                    "days before parole ends, so file between {earliest} "
                    "and {date}."
                ),
            ),
            re_parole_timing(ctx.a, ctx.as_of).source,
            date=expires.isoformat(),
            days=days,
            earliest=opens.isoformat(),
        )
    elif ctx.get("entry") == "paroled" and expired is False:
        days = (expires - ctx.as_of).days
        flag(
            "file_before_expiry",
            "warning",
            Text(
                _(
                    "Your parole ends on {date}, in {days} days. File for "
                    "re-parole before then: parole ends automatically on "
                    "that date."
                ),
                client=_(
                    "The client's parole ends on {date}, in {days} days. "
                    "File for re-parole before then: parole ends "
                    "automatically on that date."
                ),
            ),
            K.CFR_212_5E1,
            date=expires.isoformat(),
            days=days,
        )
    flags += restriction_flags(ctx)  # travel ban, processing holds, unlawful-presence bars
    flags += presence_flags(ctx, shown)  # TPS, pending asylum or I-485, answers to check
    held = any(f.id == "processing_hold" for f in flags)
    parolee_hold = parolee_hold_flag(ctx)  # the hold of 2025-02-14 on categorical parolees
    if parolee_hold is not None and not held:
        flags.append(parolee_hold)
    if "advance_parole" in shown:
        departure = ctx.policy("advance_parole_is_departure")
        bars = any(f.id == "unlawful_presence_bars" for f in flags)
        if departure.value:
            flag(
                "advance_parole_departure",
                "stop" if bars else "warning",
                Text(
                    _(
                        "An immigration appeals decision of 2026-08-13 is reported to "
                        "make leaving the U.S. on advance parole a departure that can "
                        "start the 10-year bar for time spent here without "
                        "permission, even for a trip already taken. Its text has not "
                        "been seen, and whether it reaches the 3-year bar is not "
                        "confirmed. Get legal advice before you travel."
                    ),
                    client=_(
                        "An immigration appeals decision of 2026-08-13 is reported to "
                        "make leaving the U.S. on advance parole a departure that can "
                        "start the 10-year bar for time spent here without "
                        "permission, even for a trip already taken. Its text has not "
                        "been seen, and whether it reaches the 3-year bar is not "
                        "confirmed. Get legal advice before the client travels."
                    ),
                ),
                departure.source,
            )
        else:
            flag(
                "advance_parole_departure",
                "warning",
                Text(
                    _(
                        "Travel on advance parole carries risks for anyone "
                        "with unlawful presence. Get legal advice before you "
                        "travel."
                    ),
                    client=_(
                        "Travel on advance parole carries risks for anyone "
                        "with unlawful presence. The client needs legal "
                        "advice before traveling."
                    ),
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
    closures = _closures(shown)
    if closures:
        # Named in words, with the source of each closure; one flag for all of them.
        flag(
            "program_closed",
            "info",
            _(
                "{name} is closed or on hold on this date. The details and the date are with it "
                "below."
            )
            if len(closures) == 1
            else Text(
                _(
                    "Some programs you may have heard of are closed or on hold: "
                    "{names}. The details and dates are with each program below."
                ),
                client=_(
                    "Some programs the client may have heard of are closed or on "
                    "hold: {names}. The details and dates are with each program "
                    "below."
                ),
            ),
            "; ".join(c.source for c in closures),
            name=closures[0].params["name"],
            names=", ".join(c.params["name"] for c in closures),
        )
    if child_beneficiary(ctx) and (
        live.keys() & {"humanitarian_parole", "significant_public_benefit_parole"}
    ):
        flag("minor_needs_consent", "warning", consent_message(ctx), K.USCIS_EVIDENCE)
    # Where ICE or an agency decides, nothing sends the person to USCIS or its expedite process.
    uscis = {p for p, pathway in live.items() if p in GRANTING and pathway.files != "agency"}
    if risks & {"prior_removal", "removal_proceedings"} or ctx.get("detained") is True:
        uscis = set()
    if urgency in ("emergency", "urgent") and uscis:
        flag(
            "expedite_request",
            "info",
            Text(
                _(
                    "You can ask USCIS to expedite (speed up) the request "
                    "once it is filed, explaining the emergency. A "
                    "humanitarian reason alone does not guarantee an "
                    "expedite."
                ),
                client=_(
                    "USCIS can be asked to expedite (speed up) the "
                    "request once it is filed, explaining the emergency. "
                    "A humanitarian reason alone does not guarantee an "
                    "expedite."
                ),
            ),
            K.EXPEDITE,
        )
    no_rfe = ctx.policy("denial_without_rfe")
    if no_rfe.value and uscis:
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
    parole_fee = next((fee for fee in fees if fee.id == "parole_fee"), None)
    before_grant = parole_fee_flag(ctx, parole_fee)
    if before_grant:
        flags.append(before_grant)
    return flags


def _closures(shown: dict[str, Pathway]) -> list[Reason]:
    """The reason that closes each unavailable program (it names the program in words)."""
    found = []
    for pathway in shown.values():
        if pathway.verdict != "unavailable":
            continue
        closing = [r for r in pathway.reasons if r.met is False and "name" in r.params]
        if closing and closing[-1].params["name"] not in {c.params["name"] for c in found}:
            found.append(closing[-1])
    return found
