"""Fees: the I-131 filing fee, the parole fee (with the 8 U.S.C. 1804 exceptions) and the I-941
filing fee."""

from __future__ import annotations

from . import knowledge as K
from .assessment import Fee, Form, Pathway
from .context import GRANTING, VISA_TOO_LATE, Context
from .entrant_fee import (
    ENTRANT_RULE,
    LIKELY_ENTRANT_NOTE,
    entrant_fee_note,
    is_likely_entrant_exception,
)
from .forms import CATEGORY_WORDS, RE_PAROLE_ITEMS, _i131_exemption, _i131_waivable
from .inferences import likely_entrant
from .knowledge import calibration as KC
from .text import Text, _

# "close family member" (8 U.S.C. 1804(b)(4), (b)(5)) is not defined: grandparents count here,
# so grandchildren do too (the same tie seen from the other side)
CLOSE_FAMILY = frozenset({"spouse", "parent", "child", "sibling", "grandparent", "grandchild"})


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
            {"category": CATEGORY_WORDS.get(exception, "")} if exception in CATEGORY_WORDS else {},
            **base
            | {"exempt": True, "exception": exception, "source": source, "confidence": confidence},
        )
    waivable = any(_i131_waivable(ctx, f.part) for f in i131)
    afghan = any("afghan_re_parole" in f.for_pathways for f in i131)
    if afghan:
        note = Text(
            _(
                "{paper} per person on paper ({online} online), paid "
                "when you file. USCIS did not charge this fee for "
                "Afghan re-parole through 2025-01-31; whether it still "
                "does not is not confirmed: check uscis.gov/g-1055."
            ),
            client=_(
                "{paper} per person on paper ({online} online), paid "
                "with the filing. USCIS did not charge this fee for "
                "Afghan re-parole through 2025-01-31; whether it still "
                "does not is not confirmed: check uscis.gov/g-1055."
            ),
        )
    elif any(f.part == RE_PAROLE_ITEMS["military_pip"] for f in i131):
        note = Text(
            _(
                "{paper} per person on paper ({online} online), paid "
                "when you file. A first request for military parole "
                "in place has no I-131 fee; whether re-parole under "
                "it is also free is not confirmed: check "
                "uscis.gov/g-1055."
            ),
            client=_(
                "{paper} per person on paper ({online} online), paid "
                "with the filing. A first request for military parole "
                "in place has no I-131 fee; whether re-parole under "
                "it is also free is not confirmed: check "
                "uscis.gov/g-1055."
            ),
        )
    elif waivable and ctx.get("can_pay_fees") is False:
        note = Text(
            _(
                "{paper} per person on paper ({online} online). You "
                "can ask for a fee waiver on Form I-912; then you "
                "must file on paper."
            ),
            client=_(
                "{paper} per person on paper ({online} online). The "
                "client can ask for a fee waiver on Form I-912; then "
                "the request must be filed on paper."
            ),
        )
    elif waivable:
        note = Text(
            _(
                "{paper} per person on paper ({online} online), paid "
                "when you file. A fee waiver (Form I-912) is reported "
                "to be available."
            ),
            client=_(
                "{paper} per person on paper ({online} online), paid "
                "with the filing. A fee waiver (Form I-912) is "
                "reported to be available."
            ),
        )
    else:
        note = Text(
            _("{paper} per person on paper ({online} online), paid when you file."),
            client=_("{paper} per person on paper ({online} online), paid with the filing."),
        )
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
        # 8 U.S.C. 1804(b)(1): a medical emergency (life-threatening, or urgent) AND either no
        # treatment where the person lives, or a life-threatening one with no time for a visa.
        threat = ctx.get("medical_life_threatening") is True
        medical_emergency = threat or ctx.get("medical_urgent") is True
        emergency = medical_emergency and (
            ctx.get("medical_available_at_home") is False or (threat and visa_too_late)
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
    if "hearing_parole" in shown:  # DHS paroles them at the port: no I-131
        return "contiguous_return_hearing"
    if ctx.get("cuban_haitian_entrant") is True or likely_entrant(ctx):
        return "cuban_haitian_entrant"
    if live.get("law_enforcement_parole") and ctx.get("agency_request") is True:
        return "law_enforcement_assistance"
    return None


# "Likely; DHS decides": every exception is shown "to the satisfaction of the Secretary ... on an
# individual, case-by-case basis" (8 U.S.C. 1804(b)).
PAROLE_FEE_EXCEPTION_NOTES = {
    "medical_emergency": _(
        "An exception in the law likely covers the parole fee here: the law excepts a medical "
        "emergency when the treatment is not available where the person lives, or when it is "
        "life-threatening and there is no time for a visa. DHS decides case by case whether it "
        "applies."
    ),
    "parent_of_minor_medical_emergency": _(
        "An exception in the law likely covers the parole fee here: the law excepts the parent "
        "or legal guardian of a minor child with such a medical emergency. DHS decides case by "
        "case whether it applies."
    ),
    "organ_donor": _(
        "An exception in the law likely covers the parole fee here: the law excepts an organ "
        "or tissue donor when there is no time for a visa. DHS decides case by case whether it "
        "applies."
    ),
    "imminent_death_of_family_member": _(
        "An exception in the law likely covers the parole fee here: the law excepts a visit to "
        "a close family member in the U.S. whose death is imminent, when a visa would come too "
        "late. DHS decides case by case whether it applies."
    ),
    "funeral": _(
        "An exception in the law likely covers the parole fee here: the law excepts attending "
        "the funeral of a close family member, when a visa would come too late. DHS decides "
        "case by case whether it applies."
    ),
    "adopted_child_medical": _(
        "An exception in the law likely covers the parole fee here: the law excepts an adopted "
        "child in the petitioner's legal custody with an urgent medical condition that needs "
        "treatment before the adoption visa. DHS decides case by case whether it applies."
    ),
    "adjustment_applicant_returning": _(
        "An exception in the law likely covers the parole fee here: the law excepts an "
        "adjustment-of-status applicant returning from temporary travel abroad. DHS decides "
        "case by case whether it applies."
    ),
    "contiguous_return_hearing": _(
        "An exception in the law likely covers the parole fee here: the law excepts a person "
        "returned to Mexico or Canada and paroled to attend their immigration hearing. DHS "
        "decides case by case whether it applies."
    ),
    "cuban_haitian_entrant": _(
        "An exception in the law likely covers the parole fee here: the law excepts a person "
        "granted Cuban/Haitian entrant status. DHS decides case by case whether it applies."
    ),
    "law_enforcement_assistance": _(
        "An exception in the law likely covers the parole fee here: the law excepts a person "
        "assisting U.S. law enforcement whose presence is needed although they cannot get a "
        "visa. DHS decides case by case whether it applies."
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
        "entrepreneur parole, but no source confirms that DHS collects it there."
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
        "DHS collects it there."
    ),
}


def _parole_fee(ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway]) -> Fee | None:
    granting = [p for p in live if p in GRANTING]
    if not granting and not shown.keys() & {"advance_parole", "hearing_parole", "custody_parole"}:
        return None
    entry = K.PAROLE_FEE.on(ctx.as_of)
    assert entry is not None
    exception = _parole_fee_exception(ctx, live, shown)
    confidence = entry.confidence
    if entry.value is None:
        # Before DHS collected it: the law of 2025-07-04 already made it due on grant.
        return _parole_fee_not_yet_collected(ctx, exception)
    amount = entry.value
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
        if is_likely_entrant_exception(ctx, exception):  # read from the 1998 rule: not confirmed
            note, source, confidence = LIKELY_ENTRANT_NOTE, f"{ENTRANT_RULE}; {source}", "U"
    else:
        # Whole sentences per case, so each one can be translated (see docs/rules.md).
        which = "military" if "military_parole_in_place" in granting else ""
        if "international_entrepreneur_parole" in granting:
            which = "entrepreneur"
        note = PAROLE_FEE_NOTES[(entry.confidence == "C", which)]
        if not which:
            note = entrant_fee_note(ctx, shown, entry.confidence == "C") or note
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
        confidence=confidence,
    )


PAROLE_FEE_PENDING_NOTES = {
    False: _(
        "A law of 2025-07-04 adds a parole fee of at least {minimum}, due when parole is "
        "granted, also on requests filed earlier. DHS has not yet said from which day it "
        "collects it. It can never be waived."
    ),
    True: _(
        "A parole fee of at least {minimum}, due for parole granted on or after {since}, also "
        "on requests filed earlier (a law of 2025-07-04). It can never be waived and is due "
        "again for each new period of parole."
    ),
}


def _parole_fee_not_yet_collected(ctx: Context, exception: str | None) -> Fee | None:
    """From 2025-07-04 to 2025-10-15: the fee is law but not yet collected; the day it starts is
    known only from USCIS's announcement of 2025-10-15."""
    collection = KC.PAROLE_FEE_COLLECTION.on(ctx.as_of)
    assert collection is not None
    if collection.effective_from < KC.PAROLE_FEE_LAW_DAY:
        return None  # no parole fee existed yet on this date
    amount = KC.PAROLE_FEE_MINIMUM
    params = {"minimum": f"${amount.minimum_usd:,}"}
    if collection.value is not None:
        params["since"] = collection.value.isoformat()
    note = PAROLE_FEE_PENDING_NOTES[collection.value is not None]
    if exception:
        note = PAROLE_FEE_EXCEPTION_NOTES[exception]
        params["exception"] = K.PAROLE_FEE_EXCEPTIONS[exception]
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
        effective_from=collection.value,
        verified_on=collection.verified_on,
        source=collection.source,
        confidence=collection.confidence,
    )


def _i131f_fee(ctx: Context, forms: list[Form]) -> Fee | None:
    """Keeping Families Together: Form I-131F, $580, online only, no fee waiver."""
    if not any(f.id == "I-131F" for f in forms):
        return None
    entry = KC.I131F_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    return Fee(
        Text(
            _("{amount}, paid online when you file. No fee waiver can be asked for."),
            client=_("{amount}, paid online with the filing. No fee waiver can be asked for."),
        ),
        {"amount": f"${entry.value.paper_usd:,}"},
        id="i131f_filing_fee",
        amount_usd=entry.value.paper_usd,
        online_amount_usd=entry.value.online_usd,
        due="with_filing",
        waivable=False,
        effective_from=entry.effective_from,
        verified_on=entry.verified_on,
        source=entry.source,
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
        note = Text(
            _("{amount} when you file (reported)."),
            client=_("{amount} with the filing (reported)."),
        )
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
