"""The questions of the "Your reason" section: medical treatment, an organ donation, a family
member, safety, court, the military, a startup."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from screening.questions.base import Question

# A relative, as the person answering would name them (a relative's or a patient's tie to her).
RELATIVES = {
    "spouse": _("My husband or wife"),
    "parent": _("My parent"),
    "child": _("My child"),
    "sibling": _("My brother or sister"),
    "grandparent": _("My grandparent"),
    "grandchild": _("My grandchild"),
}

YOUR_REASON: dict[str, Question] = {
    "medical_patient": Question(
        _("Who needs the treatment?"),
        _("A parent can ask for parole to go with a child who needs treatment."),
        {"self": _("I do"), "minor_child": _("My child, who is under 18")},
    ),
    "medical_available_at_home": Question(
        _("Can the patient get this treatment in the country where they live?"),
        _("Parole for treatment usually needs the treatment to be unavailable at home."),
    ),
    "medical_life_threatening": Question(_("Is the condition life-threatening?")),
    "medical_urgent": Question(
        _("Does the patient need the treatment urgently, as a medical emergency?"),
        _(
            "Answer yes only if waiting would seriously harm the patient. Treatment that is "
            "planned for a later date is not urgent."
        ),
    ),
    "medical_provider_arranged": Question(
        _("Has a U.S. doctor or hospital agreed to treat the patient?")
    ),
    "medical_costs_arranged": Question(
        _("Is the cost of treatment and travel covered?"),
        _("For example by savings, insurance, a sponsor or a charity."),
    ),
    "adopted_child_in_custody": Question(
        _("Is the child being adopted and in the legal custody of the person filing?"),
    ),
    "donation_patient_relationship": Question(
        _("How is the patient who will receive your donation related to you?"),
        choices={
            **RELATIVES,
            "other_relative": _("Another relative"),
            "not_related": _("We are not related"),
        },
    ),
    "donation_center_confirmed": Question(
        _(
            "Has a U.S. transplant center confirmed that you are a match "
            "and agreed to the donation?"
        ),
        _(
            "For example, the hospital's transplant team has your test results "
            "and has asked you to come."
        ),
    ),
    "donation_date": Question(
        _("When is the donation planned?"),
        _("Leave it blank if the transplant center has not set a date yet."),
        when="future",
    ),
    "relative_relationship": Question(
        _("How is the family member related to you?"),
        choices={**RELATIVES, "other": _("Another relative")},
    ),
    "relative_condition": Question(
        _("What is your family member's condition?"),
        choices={
            "death_imminent": _("They are expected to die soon"),
            "seriously_ill": _("They are seriously ill"),
            "deceased": _("They have died"),
            "not_ill": _("They are not ill"),
        },
    ),
    "relative_status": Question(
        _("What is your family member's immigration status in the U.S.?"),
        _("A U.S. citizen or permanent resident relative may open other options."),
        {
            "us_citizen": _("U.S. citizen"),
            "lpr": _("Lawful permanent resident (green card holder)"),
            "other": _("Something else, or I don't know"),
        },
    ),
    "harm_individualized": Question(
        _("Are you personally targeted, not only facing the general danger where you live?"),
        _("Parole for protection usually needs a threat against you in particular."),
    ),
    "harm_imminent": Question(_("Could the harm happen very soon?")),
    "refugee_referral_possible": Question(
        _("Could the UN refugee agency or a refugee program help you in time?"),
        _("Parole does not replace refugee processing."),
    ),
    "agency_request": Question(
        _("Has a U.S. government or law-enforcement agency asked for you to come or stay?"),
        _("Only the agency itself can ask for this kind of parole."),
    ),
    "court_date": Question(
        _("When must you be in court?"),
        _("Leave it blank if you do not know the date yet."),
        when="future",
    ),
    "returned_to_await_hearing": Question(
        _("Were you sent back to Mexico or Canada to wait for an immigration hearing?"),
        _("This can mean you do not have to pay the parole fee."),
    ),
    "military_relationship": Question(
        _("How are you related to the service member?"),
        choices={
            "spouse": _("I am their husband or wife"),
            "widow": _("I am their widow or widower"),
            "parent": _("I am their parent"),
            "son_or_daughter": _("I am their son or daughter"),
        },
    ),
    "military_service": Question(
        _("What is their military service?"),
        choices={
            "active_duty": _("Active duty"),
            "selected_reserve": _("Selected Reserve of the Ready Reserve"),
            "former_not_dishonorable": _("Served before, not dishonorably discharged"),
            "former_dishonorable": _("Served before, dishonorably discharged"),
        },
    ),
    "startup_age_years": Question(
        _("How many years ago was the startup formed?"),
        _("For example 2 or 3.5. Leave it blank if you are not sure."),
    ),
    "startup_ownership_percent": Question(
        _("What share of the startup do you own, in percent?"),
        _("For example 15. Leave it blank if you are not sure."),
    ),
    "startup_investment_usd": Question(
        _("How much have qualified U.S. investors put in, in U.S. dollars?"),
        _("Whole dollars, for example 350000. Enter 0 if none."),
    ),
    "startup_grants_usd": Question(
        _("How much in U.S. government grants has the startup received, in U.S. dollars?"),
        _("Whole dollars, for example 150000. Enter 0 if none."),
    ),
}
