"""The parole fee of the law of 2025-07-04 (8 U.S.C. 1804): due when parole is granted, never
waivable, with ten exceptions in the law; before DHS collected it, the fee the law already made
due; every case said in whole sentences, so each can be translated (see docs/rules.md)."""

from __future__ import annotations

import datetime as dt

from . import knowledge as K
from .assessment import Fee, Pathway
from .context import GRANTING, VISA_TOO_LATE, Context
from .entrant_fee import (
    ENTRANT_RULE,
    LIKELY_ENTRANT_NOTE,
    entrant_fee_note,
    is_likely_entrant_exception,
)
from .inferences import likely_entrant
from .knowledge import calibration as KC
from .text import _

# "close family member" (8 U.S.C. 1804(b)(4), (b)(5)) is not defined: grandparents count here,
# so grandchildren do too (the same tie seen from the other side)
CLOSE_FAMILY = frozenset({"spouse", "parent", "child", "sibling", "grandparent", "grandchild"})


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
    return _fee_row(
        note, params, amount, exception, entry.effective_from, entry, source, confidence
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
    return _fee_row(
        note,
        params,
        amount,
        exception,
        collection.value,
        collection,
        collection.source,
        collection.confidence,
    )


def _fee_row(
    note: str,
    params: dict[str, str],
    amount: K.FeeAmount,
    exception: str | None,
    effective_from: dt.date | None,
    entry: K.Dated,
    source: str,
    confidence: str,
) -> Fee:
    """The parole fee as the result shows it: due on grant, never waivable, maybe excepted."""
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
        effective_from=effective_from,
        verified_on=entry.verified_on,
        source=source,
        confidence=confidence,
    )
