"""The documents the rules ask for, in words: each evidence id's name and one line on what the
document is, both in the two voices (`Words`: to the applicant, about the client)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from screening.result.words import Words

same = Words.same

# id: (its name, one line on what the document is)
EVIDENCE: dict[str, tuple[Words, Words]] = {
    "identity_document": (
        Words(you=_("Your identity document"), client=_("The client's identity document")),
        Words(
            you=_("A clear copy of a passport or other government ID that shows your citizenship."),
            client=_(
                "A clear copy of a passport or other government ID that shows the client's "
                "citizenship."
            ),
        ),
    ),
    "petitioner_identity": (
        same(_("The petitioner's identity document")),
        Words(
            you=_("A copy of an ID for the person who files the request for you."),
            client=_("A copy of an ID for the person who files the request for the client."),
        ),
    ),
    "financial_support": (
        same(_("Proof of financial support")),
        Words(
            you=_("Form I-134 from your supporter, with tax returns, pay slips or bank records."),
            client=_(
                "Form I-134 from the client's supporter, with tax returns, pay slips or bank "
                "records."
            ),
        ),
    ),
    "physician_statement": (
        same(_("Doctor's statement")),
        same(_("From a doctor: the diagnosis, the prognosis and how long treatment will take.")),
    ),
    "treatment_unavailable_statement": (
        same(_("Why treatment is not available at home")),
        Words(
            you=_("A letter explaining why the treatment cannot be had where you live."),
            client=_("A letter explaining why the treatment cannot be had where the client lives."),
        ),
    ),
    "us_provider_acceptance": (
        same(_("Acceptance by a U.S. doctor or hospital")),
        Words(
            you=_("A letter from the U.S. doctor or hospital that has agreed to treat you."),
            client=_(
                "A letter from the U.S. doctor or hospital that has agreed to treat the patient."
            ),
        ),
    ),
    "treatment_cost_plan": (
        same(_("How treatment and travel will be paid")),
        same(_("What treatment and travel will cost and who pays for them.")),
    ),
    "medical_records": (
        same(_("Medical records")),
        same(_("Records, test results and imaging about the condition.")),
    ),
    "parental_consent": (
        same(_("Parents' written consent")),
        same(
            _(
                "For a child: the written consent of each parent who does not travel with the "
                "child (when one parent travels, the other parent's)."
            )
        ),
    ),
    "relationship_proof": (
        same(_("Proof of the family relationship")),
        Words(
            you=_("Birth, marriage or other certificates that show how you are related."),
            client=_(
                "Birth, marriage or other certificates that show how the client and the "
                "relative are related."
            ),
        ),
    ),
    "relative_condition_letter": (
        Words(
            you=_("Letter about your relative's condition"),
            client=_("Letter about the client's relative's condition"),
        ),
        Words(
            you=_("A doctor's letter about how ill your relative is."),
            client=_("A doctor's letter about how ill the client's relative is."),
        ),
    ),
    "death_certificate": (
        same(_("Death certificate")),
        same(_("The death certificate, or a letter from the funeral home.")),
    ),
    "custody_documents": (
        same(_("Custody or guardianship papers")),
        same(_("For a child: papers showing who has legal custody.")),
    ),
    "care_plan": (
        same(_("Care plan for the child")),
        same(_("Who will look after the child in the U.S., and where the child will live.")),
    ),
    "harm_evidence": (
        Words(
            you=_("Evidence of the danger you face"),
            client=_("Evidence of the danger the client faces"),
        ),
        Words(
            you=_("Police reports, threats, letters or statements showing the harm aimed at you."),
            client=_(
                "Police reports, threats, letters or statements showing the harm aimed at the "
                "client."
            ),
        ),
    ),
    "country_conditions": (
        Words(
            you=_("Reports on conditions in your country"),
            client=_("Reports on conditions in the client's country"),
        ),
        Words(
            you=_("News or government reports about the situation where you live."),
            client=_("News or government reports about the situation where the client lives."),
        ),
    ),
    "refugee_unavailable_explanation": (
        same(_("Why refugee processing cannot help in time")),
        same(_("An explanation of why a UNHCR or refugee referral is not possible in time.")),
    ),
    "court_notice": (
        same(_("Court notice")),
        same(_("The notice or summons for the court date.")),
    ),
    "agency_letter": (
        same(_("Letter from the U.S. agency")),
        Words(
            you=_("A letter from the U.S. government agency that asks for your presence."),
            client=_(
                "A letter from the U.S. government agency that asks for the client's presence."
            ),
        ),
    ),
    "military_service_proof": (
        same(_("Proof of military service")),
        same(_("The service member's military ID (front and back) or DD-214.")),
    ),
    "military_relationship_proof": (
        Words(
            you=_("Proof of your relationship to the service member"),
            client=_("Proof of the client's relationship to the service member"),
        ),
        Words(
            you=_("A marriage or birth certificate linking you to the service member."),
            client=_("A marriage or birth certificate linking the client to the service member."),
        ),
    ),
    "passport_photos": (
        same(_("Two passport-style photos")),
        same(_("Two identical recent passport-style photographs.")),
    ),
    "favorable_discretion_evidence": (
        Words(you=_("Evidence in your favor"), client=_("Evidence in the client's favor")),
        same(_("Family ties, work, tax records and letters of support.")),
    ),
    "service_member_support_letter": (
        same(_("Letter from the service member")),
        same(_("A letter from the service member supporting the request.")),
    ),
    "i94_record": (
        Words(you=_("Your I-94 record"), client=_("The client's I-94 record")),
        Words(
            you=_("The arrival record that shows when you were paroled and until when."),
            client=_("The arrival record that shows when the client was paroled and until when."),
        ),
    ),
    "startup_formation_documents": (
        same(_("Company formation documents")),
        same(_("Papers showing when and where the startup was formed in the U.S.")),
    ),
    "ownership_evidence": (
        same(_("Proof of ownership")),
        Words(
            you=_("Papers showing your share of the startup and your role in it."),
            client=_("Papers showing the client's share of the startup and their role in it."),
        ),
    ),
    "investment_evidence": (
        same(_("Proof of investment or grants")),
        same(_("Records of money from qualified U.S. investors or government grants.")),
    ),
    "return_plan": (
        same(_("Plan to leave the U.S.")),
        Words(
            you=_("How and when you will leave when parole ends, for example a return ticket."),
            client=_(
                "How and when the client will leave when parole ends, for example a return ticket."
            ),
        ),
    ),
    "transplant_center_letter": (
        same(_("Letter from the transplant center")),
        Words(
            you=_(
                "From the U.S. transplant center: that you are the donor, the patient and the date."
            ),
            client=_(
                "From the U.S. transplant center: that the client is the donor, the patient and "
                "the date."
            ),
        ),
    ),
    "donor_match_results": (
        Words(you=_("Proof that you are a match"), client=_("Proof that the client is a match")),
        Words(
            you=_("The test results that show you are a match for the patient."),
            client=_("The test results that show the client is a match for the patient."),
        ),
    ),
    "sponsor_letter": (
        Words(
            you=_("A letter from your U.S. sponsor"),
            client=_("A letter from the client's U.S. sponsor"),
        ),
        Words(
            you=_(
                "A signed letter from the person in the U.S. who will house and support you, "
                "with their address."
            ),
            client=_(
                "A signed letter from the person in the U.S. who will house and support the "
                "client, with their address."
            ),
        ),
    ),
    "organization_commitment": (
        same(_("The organization's commitment of support")),
        same(
            _(
                "Form I-134 signed by an authorized employee of the organization, or a letter "
                "committing its support: the organization does not sign as itself."
            )
        ),
    ),
}
