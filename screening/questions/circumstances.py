"""The questions of the "Money, history and dates" section: visas, money and support, immigration
history, the court case, timing, and the documents the person already has."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

from screening.questions.base import Question

EVIDENCE_LABELS = {
    "identity_document": _("Your passport or other identity document"),
    "petitioner_identity": _("Identity document of the person filing for you"),
    "financial_support": _(
        "Proof of financial support (Form I-134 with tax returns, pay slips or bank records)"
    ),
    "physician_statement": _(
        "A doctor's letter with the diagnosis, prognosis and length of treatment"
    ),
    "treatment_unavailable_statement": _(
        "A letter saying the treatment is not available where the patient lives"
    ),
    "us_provider_acceptance": _("A letter from the U.S. doctor or hospital agreeing to treat"),
    "treatment_cost_plan": _("A plan showing how treatment and travel will be paid"),
    "medical_records": _("Medical records"),
    "parental_consent": _("Consent from the parents or guardians of a child"),
    "relationship_proof": _("Proof of the family relationship (birth or marriage certificate)"),
    "relative_condition_letter": _("A doctor's letter about your relative's condition"),
    "death_certificate": _("A death certificate or funeral notice"),
    "custody_documents": _("Custody or adoption papers"),
    "care_plan": _("A plan for who will care for you in the U.S."),
    "harm_evidence": _("Evidence of the harm or threats against you"),
    "country_conditions": _("Reports on conditions in your country"),
    "refugee_unavailable_explanation": _(
        "An explanation of why refugee processing cannot help in time"
    ),
    "court_notice": _("The court notice or summons"),
    "agency_letter": _("A letter from the U.S. agency that asked for you"),
    "military_service_proof": _("Proof of military service (ID front and back, or DD-214)"),
    "military_relationship_proof": _("Proof of your relationship to the service member"),
    "passport_photos": _("Two passport-style photos"),
    "favorable_discretion_evidence": _(
        "Evidence in your favor (family ties, work, taxes, letters of support)"
    ),
    "service_member_support_letter": _("A letter of support from the service member"),
    "i94_record": _("Your I-94 record"),
    "startup_formation_documents": _("The startup's formation documents"),
    "ownership_evidence": _("Proof of your share of the startup"),
    "investment_evidence": _("Proof of investments or government grants"),
    "return_plan": _("A plan for how and when you will leave the U.S."),
    "transplant_center_letter": _(
        "A letter from the U.S. transplant center about the donation and its date"
    ),
    "donor_match_results": _("Test results showing you are a match for the patient"),
    "sponsor_letter": _("A letter from your U.S. sponsor, with their address"),
    "organization_commitment": _(
        "A supporting organization's Form I-134 or commitment letter, signed by its employee"
    ),
}

CIRCUMSTANCES: dict[str, Question] = {
    "visa_option": Question(
        _("Could a visa bring you to the U.S. in time?"),
        _("Parole is not a way around a visa. If a visa would work in time, use it."),
        {
            "none": _("No, there is no visa for my situation"),
            "too_slow": _("There may be a visa, but it would come too late"),
            "available_in_time": _("Yes, I could get a visa in time"),
            "unknown": _("I don't know"),
        },
    ),
    "financial_supporter": Question(
        _("Who will support you with money while you are in the U.S.?"),
        _("USCIS wants to know you will not need public money. Form I-134 shows this."),
        {
            "self": _("I will support myself"),
            "relative_or_friend": _("A relative or friend"),
            "organization": _("An organization"),
            "none": _("No one yet"),
        },
    ),
    "can_pay_fees": Question(
        _("Can you or someone helping you pay the application fees?"),
        _("If not, you may be able to ask for a fee waiver."),
    ),
    "needed_by": Question(
        _("By what date do you need to be in the U.S. (or stay until)?"),
        _("An early date can make your case urgent. Leave it blank if there is no fixed date."),
        when="future",
    ),
    "risk_factors": Question(
        _("Has any of this ever happened to you?"),
        _("Select all that apply. Some of these change where or how you apply."),
        {
            "criminal_conviction": _("I was convicted of a crime"),
            "pending_charges": _("I have criminal charges that are not finished"),
            "prior_removal": _("I was deported (removed) from the U.S."),
            "removal_proceedings": _("I am or was in immigration court (removal proceedings)"),
            "prior_overstay": _("I stayed in the U.S. longer than I was allowed"),
            "prior_parole_denial": _("A request for parole was denied"),
            "misrepresentation": _("I gave false information to U.S. immigration"),
        },
        none_label=_("None of these"),
    ),
    "pending_applications": Question(
        _("Have any of these been filed for you and are they still open?"),
        _("Select all that apply."),
        {
            "i130_petition": _("A family petition (Form I-130)"),
            "i485": _("An application for a green card (Form I-485)"),
            "i589": _("An asylum application (Form I-589)"),
            "tps": _("Temporary Protected Status (TPS)"),
            "other": _("Another application"),
        },
        none_label=_("None of these"),
    ),
    "victim_of": Question(
        _("Have you been the victim of any of these?"),
        _("Victims may have other ways to stay in the U.S."),
        {
            "crime": _("A serious crime"),
            "trafficking": _("Human trafficking"),
        },
        none_label=_("Neither"),
    ),
    "worked_for_us_government": Question(
        _("Have you worked for or on behalf of the U.S. government?"),
        _("For example as an interpreter for the U.S. military."),
    ),
    "nta_served_on": Question(
        _("On what day were you given a Notice to Appear?"),
        _(
            "The Notice to Appear is the paper that starts an immigration court case. "
            "Leave it blank if you do not know."
        ),
        when="past",
        example=dt.date(2024, 1, 26),
    ),
    "evidence_on_hand": Question(
        _("Which of these documents do you already have?"),
        _("Select all you have now. The result lists what you still need to gather."),
        EVIDENCE_LABELS,
        none_label=_("None of these yet"),
    ),
}
