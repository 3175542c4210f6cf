"""Plain-language words for the ids the rules return: one place for each id's words.

The rules speak in stable ids (`humanitarian_parole`, `likely`, `parole_fee` …). Everything a
person reads about those ids is here, marked for translation, each as `Words` with both voices
(`screening.result.words`): to the applicant and about the client. `name(table, id,
about_client)` picks the voice; `screening.result.model.result_context()` uses it to build the
context that `templates/partials/*.html` expect. The documents are in `evidence_labels`.

A new id (a flag, a pathway, a fee, an alternative, a deadline, a document, an after-grant
item) gets one entry in its table here: `Words(you=_("…"), client=_("…"))`, or
`Words.same(_("…"))` when the words speak to no one. A new kind of id gets a new table and a
row in `KINDS` of `tests/result/test_words.py`, which checks every id the rules can return.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from screening.result.evidence_labels import EVIDENCE
from screening.result.words import Words

__all__ = ["EVIDENCE", "Words", "choices", "description", "fee_exception_label", "name"]

same = Words.same

PATHWAYS = {
    "humanitarian_parole": same(_("Humanitarian parole")),
    "significant_public_benefit_parole": same(_("Significant public benefit parole")),
    "law_enforcement_parole": same(_("Parole requested by law enforcement")),
    "military_parole_in_place": same(_("Parole in place for military families")),
    "parole_in_place": same(_("Parole in place (not under a program)")),
    "re_parole": same(_("Re-parole (a new period of parole)")),
    "afghan_re_parole": same(_("Re-parole for Afghan parolees")),
    "international_entrepreneur_parole": same(_("International entrepreneur parole")),
    "uniting_for_ukraine": same(_("Uniting for Ukraine")),
    "chnv_parole": same(_("Parole for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV)")),
    "family_reunification_parole": same(_("Family reunification parole")),
    "central_american_minors": same(_("Central American Minors (CAM)")),
    "keeping_families_together": same(_("Keeping Families Together")),
    "advance_parole": same(_("Advance parole (a travel document)")),
    "hearing_parole": same(_("Parole to attend an immigration hearing")),
    "custody_parole": Words(
        you=_("Release from immigration custody on parole (ICE decides)"),
        client=_("Release of the client from immigration custody on parole (ICE decides)"),
    ),
    "immvi_parole": same(_("Parole from abroad for service members, veterans and family (IMMVI)")),
}

VERDICTS = {
    "likely": same(_("Likely to fit")),
    "possible": same(_("Could fit — something is missing or weighs against")),
    "unlikely": same(_("Unlikely to fit")),
    "unavailable": same(_("Closed or paused")),
    "out_of_scope": same(_("Not screened here")),
}

FILERS = {
    "self": Words(
        you=_("You file the request yourself."),
        client=_("The client files the request."),
    ),
    "supporter": Words(
        you=_(
            "A petitioner (any person or organization, in the U.S. or abroad) can file it for "
            "you; the financial supporter who signs Form I-134 can be someone else."
        ),
        client=_(
            "A petitioner (any person or organization, in the U.S. or abroad) can file it for "
            "the client; the financial supporter who signs Form I-134 can be someone else."
        ),
    ),
    "agency": Words(
        you=_("A U.S. government agency must ask for it. You cannot apply yourself."),
        client=_("A U.S. government agency must ask for it; the client cannot apply."),
    ),
}

URGENCIES = {
    "emergency": same(_("Emergency")),
    "urgent": same(_("Urgent")),
    "standard": same(_("Standard")),
}

SEVERITIES = {
    "stop": same(_("Stop and check")),
    "warning": same(_("Warning")),
    "info": same(_("Good to know")),
}

FEES = {
    "i131_filing_fee": same(_("Form I-131 filing fee")),
    "parole_fee": same(_("Parole fee (due if parole is granted)")),
    "i941_filing_fee": same(_("Form I-941 filing fee")),
    "i131f_filing_fee": same(_("Form I-131F filing fee")),
}

FEE_DUE = {
    "with_filing": Words(you=_("Paid when you file"), client=_("Paid with the filing")),
    "on_grant": same(_("Paid only if parole is granted, not with the form")),
}
# A fee that is not charged never reads "Paid when you file".
FEE_NOT_CHARGED = {
    "with_filing": same(_("Not charged")),
    "on_grant": same(
        _(
            "Not due if DHS agrees the exception in the law applies; otherwise only if parole "
            "is granted"
        )
    ),
}

CONFIDENCE = {
    "C": same(_("confirmed")),
    "S": same(_("reported")),
    "U": same(_("not confirmed")),
}

PAROLE_FEE_EXCEPTIONS = {
    "medical_emergency": same(_("Medical emergency")),
    "parent_of_minor_medical_emergency": same(
        _("Parent or guardian of a child with a medical emergency")
    ),
    "organ_donor": same(_("Organ, bone marrow or other tissue donor")),
    "imminent_death_of_family_member": same(_("Visiting a close family member who is dying")),
    "funeral": same(_("Funeral of a close family member")),
    "adopted_child_medical": same(_("Adopted child with an urgent medical condition")),
    "adjustment_applicant_returning": same(_("Green card applicant returning from a trip")),
    "cuban_haitian_entrant": same(_("Cuban or Haitian entrant")),
    "contiguous_return_hearing": same(_("Returned to Mexico or Canada to await a hearing")),
    "law_enforcement_assistance": same(_("Helping U.S. law enforcement")),
}

# Why the I-131 filing fee is not charged (the rules' `exception` on `i131_filing_fee`).
FILING_FEE_EXEMPTIONS = {
    "military_parole_in_place": same(_("No filing fee for military parole in place")),
    "afghan_re_parole": same(_("No filing fee for Afghans asking for re-parole for themselves")),
    "immvi": same(_("No filing fee for a parole request under IMMVI (service members and family)")),
    "armed_forces_member": same(_("Current or former member of the U.S. armed forces")),
    "special_immigrant_juvenile": same(_("Special immigrant juvenile (SIJ)")),
    "t_or_u_nonimmigrant": same(_("T or U visa applicant or holder")),
    "vawa_self_petitioner": same(_("VAWA self-petitioner")),
    "afghan_or_iraqi_special_immigrant": same(_("Afghan or Iraqi special immigrant")),
}

FLAGS = {
    "criminal_history": same(_("Criminal history")),
    "ice_jurisdiction": same(_("The request may go to ICE")),
    "nta_risk_on_denial": same(_("A denial could start removal proceedings")),
    "no_financial_support": same(_("No financial support")),
    "visa_available": same(_("A visa may be available")),
    "refugee_channel": same(_("Parole does not replace refugee processing")),
    "parole_expired": Words(
        you=_("Your parole has ended"),
        client=_("The client's parole has ended"),
    ),
    "file_before_expiry": Words(
        you=_("File before your parole ends"),
        client=_("File before the client's parole ends"),
    ),
    "processing_hold": same(_("Processing is on hold")),
    "advance_parole_departure": same(_("Leaving the U.S. carries a risk")),
    "overstay_not_eligible_for_pip": same(_("Overstays cannot get parole in place")),
    "program_closed": same(_("Program closed or paused")),
    "minor_needs_consent": same(_("A child needs consent and care papers")),
    "expedite_request": Words(
        you=_("You can ask USCIS to speed up"),
        client=_("USCIS can be asked to speed up"),
    ),
    "complete_evidence_up_front": same(_("Send complete evidence the first time")),
    "unlawful_presence_bars": same(_("Leaving the U.S. can start a 3- or 10-year bar")),
    "travel_ban": Words(
        you=_("A travel ban covers your country"),
        client=_("A travel ban covers the client's country"),
    ),
    "parole_fee_before_grant": same(_("Parole is granted only after the fee is paid")),
    "mandatory_detention": Words(
        you=_("Held without bond: the law is unsettled"),
        client=_("The client is held without bond: the law is unsettled"),
    ),
    "bond_hearing": Words(
        you=_("You can ask a judge to set bond"),
        client=_("The client can ask a judge to set bond"),
    ),
    "permanent_bar": same(_("The permanent bar after an unlawful return")),
    "reinstatement": same(_("An old removal order can be reinstated")),
    "expedited_removal": same(_("Expedited removal without a judge")),
    "registration_duty": same(_("Alien registration: talk to a lawyer first")),
    "i220a_not_parole": same(_("A release on Form I-220A is not parole")),
    "tps_protection": Words(
        you=_("Your TPS protects you while it lasts"),
        client=_("The client's TPS protects the client while it lasts"),
    ),
    "asylum_abandonment_on_travel": same(_("Leaving can abandon a pending asylum application")),
    "i485_abandonment_on_travel": same(
        _("Leaving can abandon a pending green card application (Form I-485)")
    ),
    "annual_asylum_fee": same(_("The annual asylum fee")),
    "answers_to_check": same(_("Some answers to check")),
}

ALTERNATIVES = {
    "asylum": same(_("Asylum")),
    "refugee": same(_("Refugee resettlement")),
    "tps": same(_("Temporary Protected Status (TPS)")),
    "u_visa": same(_("U visa (victims of crime)")),
    "t_visa": same(_("T visa (victims of trafficking)")),
    "special_immigrant_visa": same(_("Special immigrant visa (SIV)")),
    "family_immigrant_visa": same(_("Family-based immigrant visa")),
    "deferred_action": same(_("Deferred action")),
    "adjustment_of_status": same(_("A green card from inside the U.S. (adjustment of status)")),
    "cuban_adjustment_act": same(_("A green card under the Cuban Adjustment Act")),
    "provisional_waiver": same(
        _("A provisional waiver before a visa interview abroad (Form I-601A)")
    ),
    "cancellation_of_removal": same(_("Cancellation of removal before an immigration judge")),
    "s_visa": same(_("S visa (witnesses and informants)")),
    "continued_presence": same(_("Continued Presence (trafficking victims who may be witnesses)")),
}

# The dated deadlines (`screening.rules.deadlines`); `screening.result.timeline` lays them out.
DEADLINES = {
    "parole_ends": same(_("Parole ends")),
    "re_parole_window_opens": same(_("The re-parole filing window opens")),
    "re_parole_file_by": same(_("Recommended last day to file for re-parole")),
    "court_date": same(_("Court date")),
    "needed_by": same(_("Needed by")),
    "cuban_adjustment_one_year": same(_("Cuban Adjustment Act: one year here")),
    "cancellation_ten_years": same(_("Cancellation of removal: ten years here")),
    "expedited_removal_two_years": Words(
        you=_("Two years here: expedited removal no longer reaches you"),
        client=_("Two years here: expedited removal no longer reaches the client"),
    ),
    "unlawful_presence_180_days": same(_("More than 180 days of unlawful presence")),
    "tps_ends": same(_("TPS ends")),
    "asylum_one_year": same(_("Asylum: one year since the last arrival")),
    "asylum_reasonable_period_starts": same(
        _("Asylum: the reasonable period for a late filing starts")
    ),
    "ead_ends": Words(
        you=_("Your work permit ends"),
        client=_("The client's work permit ends"),
    ),
    "address_change_due": same(_("Last day to report the new address to USCIS")),
    "court_address_change_due": same(_("Last day to report the new address to the court")),
    "treatment_date": same(_("Treatment day")),
    "donation_date": same(_("Transplant (donation) day")),
}

# What the person can and must do once paroled (`screening.rules.after_grant`).
AFTER_GRANT = {
    "work_permit": same(_("Work permit")),
    "work_incident_to_parole": same(_("Working on the I-94 alone")),
    "social_security_number": same(_("Social Security number")),
    "address_change": same(_("Reporting a new address")),
    "registration_status": same(_("Registration")),
    "travel_on_parole": same(_("Traveling while on parole")),
    "public_benefits": same(_("Public benefits after the 2025 budget law")),
    "annual_asylum_fee": same(_("Annual asylum fee")),
    "re_parole_before_expiry": same(_("Before parole ends")),
    "release_supervision": same(_("Check-ins after a release")),
    "arrival_consular_step": same(_("The embassy or consulate")),
    "arrival_travel_document": same(_("The travel document")),
    "arrival_port_decision": same(_("At the port of entry")),
    "arrival_i94": same(_("The I-94 record")),
    "arrival_parole_fee": same(_("The parole fee at the port")),
}
ARRIVAL_IDS = (
    "arrival_consular_step",
    "arrival_travel_document",
    "arrival_port_decision",
    "arrival_i94",
    "arrival_parole_fee",
)

# The dated amounts an after-grant item names.
AFTER_GRANT_AMOUNTS = {
    "i765_filing_fee": same(_("Form I-765 filing fee")),
    "parole_ead_initial": same(_("Work-permit fee for parolees (first permit, H.R. 1)")),
    "parole_ead_renewal": same(_("Work-permit fee for parolees (renewal, H.R. 1)")),
    "annual_asylum_fee": same(_("Annual asylum fee")),
    "i131_filing_fee": same(_("Form I-131 filing fee")),
    "parole_fee": same(_("Parole fee")),
}


def name(table: dict[str, Any], key: str | None, about_client: bool = False) -> Any:
    """The words for `key` in the voice asked for (a document's: its name), or the id itself
    when a newer rule returns an id not named here yet."""
    if key is None:
        return ""
    value = table.get(key, key)
    if isinstance(value, tuple):  # a document: (its name, what it is)
        value = value[0]
    return value.voice(about_client) if isinstance(value, Words) else value


def choices(table: dict[str, Words], about_client: bool = False) -> list[tuple[str, Any]]:
    """(id, words) pairs for a form's choices, in the voice asked for."""
    return [(key, words.voice(about_client)) for key, words in table.items()]


def description(evidence_id: str, about_client: bool = False) -> Any:
    """One line on what a document is, in the voice asked for ("" for an id not named here)."""
    entry = EVIDENCE.get(evidence_id)
    return entry[1].voice(about_client) if entry else ""


def fee_exception_label(fee_id: str, exception: str | None, about_client: bool = False) -> Any:
    """Why a fee is not charged, in words: the parole fee's exceptions and the I-131 filing fee's
    exemptions are two different lists."""
    table = PAROLE_FEE_EXCEPTIONS if fee_id == "parole_fee" else FILING_FEE_EXEMPTIONS
    return name(table, exception, about_client)
