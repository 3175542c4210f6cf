"""Plain-language names for the ids the rules return.

The rules speak in stable ids (`humanitarian_parole`, `likely`, `parole_fee` …). Everything a person
reads about those ids lives here, marked for translation. `screening.result.model.result_context()`
turns one Assessment into the context that `templates/partials/*.html` expect, using these names.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

PATHWAYS = {
    "humanitarian_parole": _("Humanitarian parole"),
    "significant_public_benefit_parole": _("Significant public benefit parole"),
    "law_enforcement_parole": _("Parole requested by law enforcement"),
    "military_parole_in_place": _("Parole in place for military families"),
    "parole_in_place": _("Parole in place (not under a program)"),
    "re_parole": _("Re-parole (a new period of parole)"),
    "afghan_re_parole": _("Re-parole for Afghan parolees"),
    "international_entrepreneur_parole": _("International entrepreneur parole"),
    "uniting_for_ukraine": _("Uniting for Ukraine"),
    "chnv_parole": _("Parole for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV)"),
    "family_reunification_parole": _("Family reunification parole"),
    "central_american_minors": _("Central American Minors (CAM)"),
    "keeping_families_together": _("Keeping Families Together"),
    "advance_parole": _("Advance parole (a travel document)"),
    "hearing_parole": _("Parole to attend an immigration hearing"),
}

VERDICTS = {
    "likely": _("Likely to fit"),
    "possible": _("Could fit — something is missing or weighs against"),
    "unlikely": _("Unlikely to fit"),
    "unavailable": _("Closed or paused"),
    "out_of_scope": _("Not screened here"),
}

FILERS = {
    "self": _("You file the request yourself."),
    "supporter": _("Someone in the U.S. (a petitioner or supporter) can file it for you."),
    "agency": _("A U.S. government agency must ask for it. You cannot apply yourself."),
}

# The same, written about the client: the staff case page and the attorney's memo.
FILERS_ABOUT_CLIENT = {
    "self": _("The client files the request."),
    "supporter": _("Someone in the U.S. (a petitioner or supporter) files it for the client."),
    "agency": _("A U.S. government agency must ask for it; the client cannot apply."),
}

URGENCIES = {
    "emergency": _("Emergency"),
    "urgent": _("Urgent"),
    "standard": _("Standard"),
}

SEVERITIES = {
    "stop": _("Stop and check"),
    "warning": _("Warning"),
    "info": _("Good to know"),
}

FEES = {
    "i131_filing_fee": _("Form I-131 filing fee"),
    "parole_fee": _("Parole fee (due if parole is granted)"),
    "i941_filing_fee": _("Form I-941 filing fee"),
}

FEE_DUE = {
    "with_filing": _("Paid when you file"),
    "on_grant": _("Paid only if parole is granted, not with the form"),
}
# A fee that is not charged never reads "Paid when you file".
FEE_NOT_CHARGED = {
    "with_filing": _("Not charged"),
    "on_grant": _(
        "Not charged if DHS agrees the exception applies; otherwise only if parole is granted"
    ),
}

FEE_DUE_ABOUT_CLIENT = {
    "with_filing": _("Paid with the filing"),
    "on_grant": _("Paid only if parole is granted, not with the form"),
}

CONFIDENCE = {
    "C": _("confirmed"),
    "S": _("reported"),
    "U": _("not confirmed"),
}

PAROLE_FEE_EXCEPTIONS = {
    "medical_emergency": _("Medical emergency"),
    "parent_of_minor_medical_emergency": _(
        "Parent or guardian of a child with a medical emergency"
    ),
    "organ_donor": _("Organ, bone marrow or other tissue donor"),
    "imminent_death_of_family_member": _("Visiting a close family member who is dying"),
    "funeral": _("Funeral of a close family member"),
    "adopted_child_medical": _("Adopted child with an urgent medical condition"),
    "adjustment_applicant_returning": _("Green card applicant returning from a trip"),
    "cuban_haitian_entrant": _("Cuban or Haitian entrant"),
    "contiguous_return_hearing": _("Returned to Mexico or Canada to await a hearing"),
    "law_enforcement_assistance": _("Helping U.S. law enforcement"),
}

# Why the I-131 filing fee is not charged (the rules' `exception` on `i131_filing_fee`).
FILING_FEE_EXEMPTIONS = {
    "military_parole_in_place": _("No filing fee for military parole in place"),
    "armed_forces_member": _("Current or former member of the U.S. armed forces"),
    "special_immigrant_juvenile": _("Special immigrant juvenile (SIJ)"),
    "t_or_u_nonimmigrant": _("T or U visa applicant or holder"),
    "vawa_self_petitioner": _("VAWA self-petitioner"),
    "afghan_or_iraqi_special_immigrant": _("Afghan or Iraqi special immigrant"),
}

# id: (name, one line on what the document is)
EVIDENCE = {
    "identity_document": (
        _("Your identity document"),
        _("A clear copy of a passport or other government ID that shows your citizenship."),
    ),
    "petitioner_identity": (
        _("The petitioner's identity document"),
        _("A copy of an ID for the person who files the request for you."),
    ),
    "financial_support": (
        _("Proof of financial support"),
        _("Form I-134 from your supporter, with tax returns, pay slips or bank records."),
    ),
    "physician_statement": (
        _("Doctor's statement"),
        _("From a doctor: the diagnosis, the prognosis and how long treatment will take."),
    ),
    "treatment_unavailable_statement": (
        _("Why treatment is not available at home"),
        _("A letter explaining why the treatment cannot be had where you live."),
    ),
    "us_provider_acceptance": (
        _("Acceptance by a U.S. doctor or hospital"),
        _("A letter from the U.S. doctor or hospital that has agreed to treat you."),
    ),
    "treatment_cost_plan": (
        _("How treatment and travel will be paid"),
        _("What treatment and travel will cost and who pays for them."),
    ),
    "medical_records": (
        _("Medical records"),
        _("Records, test results and imaging about the condition."),
    ),
    "parental_consent": (
        _("Parents' written consent"),
        _("For a child: written consent from the parent or parents."),
    ),
    "relationship_proof": (
        _("Proof of the family relationship"),
        _("Birth, marriage or other certificates that show how you are related."),
    ),
    "relative_condition_letter": (
        _("Letter about your relative's condition"),
        _("A doctor's letter about how ill your relative is."),
    ),
    "death_certificate": (
        _("Death certificate"),
        _("The death certificate, or a letter from the funeral home."),
    ),
    "custody_documents": (
        _("Custody or guardianship papers"),
        _("For a child: papers showing who has legal custody."),
    ),
    "care_plan": (
        _("Care plan for the child"),
        _("Who will look after the child in the U.S., and where the child will live."),
    ),
    "harm_evidence": (
        _("Evidence of the danger you face"),
        _("Police reports, threats, letters or statements showing the harm aimed at you."),
    ),
    "country_conditions": (
        _("Reports on conditions in your country"),
        _("News or government reports about the situation where you live."),
    ),
    "refugee_unavailable_explanation": (
        _("Why refugee processing cannot help in time"),
        _("An explanation of why a UNHCR or refugee referral is not possible in time."),
    ),
    "court_notice": (
        _("Court notice"),
        _("The notice or summons for the court date."),
    ),
    "agency_letter": (
        _("Letter from the U.S. agency"),
        _("A letter from the U.S. government agency that asks for your presence."),
    ),
    "military_service_proof": (
        _("Proof of military service"),
        _("The service member's military ID (front and back) or DD-214."),
    ),
    "military_relationship_proof": (
        _("Proof of your relationship to the service member"),
        _("A marriage or birth certificate linking you to the service member."),
    ),
    "passport_photos": (
        _("Two passport-style photos"),
        _("Two identical recent passport-style photographs."),
    ),
    "favorable_discretion_evidence": (
        _("Evidence in your favor"),
        _("Family ties, work, tax records and letters of support."),
    ),
    "service_member_support_letter": (
        _("Letter from the service member"),
        _("A letter from the service member supporting the request."),
    ),
    "i94_record": (
        _("Your I-94 record"),
        _("The arrival record that shows when you were paroled and until when."),
    ),
    "startup_formation_documents": (
        _("Company formation documents"),
        _("Papers showing when and where the startup was formed in the U.S."),
    ),
    "ownership_evidence": (
        _("Proof of ownership"),
        _("Papers showing your share of the startup and your role in it."),
    ),
    "investment_evidence": (
        _("Proof of investment or grants"),
        _("Records of money from qualified U.S. investors or government grants."),
    ),
    "return_plan": (
        _("Plan to leave the U.S."),
        _("How and when you will leave when parole ends, for example a return ticket."),
    ),
    "transplant_center_letter": (
        _("Letter from the transplant center"),
        _("From the U.S. transplant center: that you are the donor, the patient and the date."),
    ),
    "donor_match_results": (
        _("Proof that you are a match"),
        _("The test results that show you are a match for the patient."),
    ),
}

FLAGS = {
    "criminal_history": _("Criminal history"),
    "ice_jurisdiction": _("The request may go to ICE"),
    "nta_risk_on_denial": _("A denial could start removal proceedings"),
    "no_financial_support": _("No financial support"),
    "visa_available": _("A visa may be available"),
    "refugee_channel": _("Parole does not replace refugee processing"),
    "parole_expired": _("Your parole has ended"),
    "file_before_expiry": _("File before your parole ends"),
    "processing_hold": _("Processing is on hold"),
    "advance_parole_departure": _("Leaving the U.S. carries a risk"),
    "overstay_not_eligible_for_pip": _("Overstays cannot get parole in place"),
    "program_closed": _("Program closed or paused"),
    "minor_needs_consent": _("A child needs consent and care papers"),
    "expedite_request": _("You can ask USCIS to speed up"),
    "complete_evidence_up_front": _("Send complete evidence the first time"),
    "unlawful_presence_bars": _("Leaving the U.S. can start a 3- or 10-year bar"),
    "travel_ban": _("A travel ban covers your country"),
    "parole_fee_before_grant": _("Parole is granted only after the fee is paid"),
}

# Headings written about the client, where the applicant's heading speaks to "you".
FLAGS_ABOUT_CLIENT = {
    "parole_expired": _("The client's parole has ended"),
    "file_before_expiry": _("File before the client's parole ends"),
    "expedite_request": _("USCIS can be asked to speed up"),
    "travel_ban": _("A travel ban covers the client's country"),
}

ALTERNATIVES = {
    "asylum": _("Asylum"),
    "refugee": _("Refugee resettlement"),
    "tps": _("Temporary Protected Status (TPS)"),
    "u_visa": _("U visa (victims of crime)"),
    "t_visa": _("T visa (victims of trafficking)"),
    "special_immigrant_visa": _("Special immigrant visa (SIV)"),
    "family_immigrant_visa": _("Family-based immigrant visa"),
    "deferred_action": _("Deferred action"),
    "adjustment_of_status": _("A green card from inside the U.S. (adjustment of status)"),
    "cuban_adjustment_act": _("A green card under the Cuban Adjustment Act"),
    "provisional_waiver": _("A provisional waiver before a visa interview abroad (Form I-601A)"),
    "cancellation_of_removal": _("Cancellation of removal before an immigration judge"),
    "s_visa": _("S visa (witnesses and informants)"),
}


def fee_exception_label(fee_id: str, exception: str | None) -> Any:
    """Why a fee is not charged, in words: the parole fee's exceptions and the I-131 filing fee's
    exemptions are two different lists."""
    table = PAROLE_FEE_EXCEPTIONS if fee_id == "parole_fee" else FILING_FEE_EXEMPTIONS
    return name(table, exception)


def name(table: dict[str, Any], key: str | None) -> Any:
    """The label for `key`, or the id itself when a newer rule returns an id not named here yet."""
    if key is None:
        return ""
    value = table.get(key, key)
    return value[0] if isinstance(value, tuple) else value
