"""The words of the screening: every question, its "why we ask" hint and its choice labels.

Everything here is presentation. The answer keys, their kinds, their values and when each is
asked come from `screening.rules.SCHEMA`; this module only says how to ask and how to show them
(a test checks that every SCHEMA key and every choice value has words here).

`describe_answers(answers) -> list[AnswerRow]` turns a JSON-shaped answers dict (ids, as stored
and as `Answers.to_dict()` gives) into readable rows `(key, question, answer, step)` in the
order the wizard asks them. The check-your-answers page, the result page and the PDF appendix
all use it, so an answer reads the same everywhere. The signature is stable:

    describe_answers(answers: Mapping[str, Any]) -> list[AnswerRow]
    AnswerRow = NamedTuple(key: str, question: str, answer: str, step: str)

`step` is the wizard step id (see `STEPS`); `STEP_TITLES[step]` is the topic's heading. Keys
that are absent or None are left out; keys unknown to the schema are left out too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from screening.countries import COUNTRY_NAMES
from screening.rules import SCHEMA
from screening.rules.answers import FIELDS


@dataclass(frozen=True)
class Question:
    text: Any  # a lazy translation
    hint: Any = ""
    choices: Mapping[str, Any] = field(default_factory=dict)
    # booleans: offer "I'm not sure" (leaves the answer out, the result then says it is unknown)
    unsure: bool = True
    # lists: the label of the "none of these" box (an empty list)
    none_label: Any = ""
    # dates and numbers: whether the person may leave it blank
    optional: bool = True
    # dates: "future" refuses a date that has passed, "past" one still to come
    when: str | None = None
    # dates: a birth date (the boxes then offer the browser's bday-* autofill)
    birth_date: bool = False


@dataclass(frozen=True)
class Step:
    name: str
    title: Any
    keys: tuple[str, ...]
    intro: Any = ""
    # the intro speaks to an applicant screening alone (the staff intake leaves it out)
    applicant_only_intro: bool = False


YES_NO = {"yes": _("Yes"), "no": _("No"), "unsure": _("I'm not sure")}
NONE_OF_THESE = "none_of_these"

STEPS: tuple[Step, ...] = (
    Step("situation", _("Where you are and what you need"), ("location", "goal")),
    Step("entry", _("How you came to the U.S."), ("entry", "in_us_since")),
    Step("current_parole", _("Your current parole"), ("parole_program", "parole_expires_on")),
    Step(
        "about_you",
        _("About you"),
        ("citizenship", "beneficiary_is_minor", "special_categories"),
        _("We do not ask your name. Answer for the person who needs parole."),
        applicant_only_intro=True,
    ),
    Step("reasons", _("Why you need parole"), ("reasons",)),
    Step(
        "medical",
        _("Medical treatment"),
        (
            "medical_patient",
            "medical_available_at_home",
            "medical_life_threatening",
            "medical_provider_arranged",
            "medical_costs_arranged",
            "adopted_child_in_custody",
        ),
    ),
    Step("medical_urgency", _("How urgent the treatment is"), ("medical_urgent",)),
    Step(
        "donation",
        _("Your donation"),
        ("donation_patient_relationship", "donation_center_confirmed", "donation_date"),
    ),
    Step(
        "family",
        _("Your family member"),
        ("relative_relationship", "relative_condition", "relative_status"),
    ),
    Step(
        "safety",
        _("Your safety"),
        ("harm_individualized", "harm_imminent", "refugee_referral_possible"),
    ),
    Step(
        "court",
        _("Court and law enforcement"),
        ("agency_request", "court_date", "returned_to_await_hearing"),
    ),
    Step(
        "military", _("Your military family member"), ("military_relationship", "military_service")
    ),
    Step(
        "startup",
        _("Your U.S. startup"),
        (
            "startup_age_years",
            "startup_ownership_percent",
            "startup_investment_usd",
            "startup_grants_usd",
        ),
    ),
    Step("visa", _("Visas"), ("visa_option",)),
    Step("support", _("Money and support"), ("financial_supporter", "can_pay_fees")),
    Step(
        "us_family",
        _("Your family in the U.S."),
        ("us_relatives",),
        _("Some ways to stay in the U.S. depend on close family who are citizens or residents."),
    ),
    Step("us_parent", _("Your U.S.-citizen parent"), ("unmarried_under_21",)),
    Step(
        "history",
        _("Your immigration history"),
        (
            "risk_factors",
            "pending_applications",
            "victim_of",
            "worked_for_us_government",
            "cuban_haitian_entrant",
        ),
        _("Honest answers help. These things do not always stop parole, but you need to know."),
    ),
    Step("court_case", _("Your immigration court case"), ("nta_served_on",)),
    Step("timing", _("Timing"), ("needed_by",)),
    Step("documents", _("Documents you already have"), ("evidence_on_hand",)),
)


@dataclass(frozen=True)
class Section:
    """A stretch of the wizard named in the progress bar (the USWDS step indicator)."""

    name: str
    title: Any
    first_step: str  # the section runs from this step to the next section's first step


# Always the same four, whatever the answers: progress never grows or moves back under her.
SECTIONS: tuple[Section, ...] = (
    Section("you", _("About you"), "situation"),
    Section("reason", _("Your reason"), "reasons"),
    Section("circumstances", _("Money, history and dates"), "visa"),
    Section("check", _("Check your answers"), "check"),
)


def _section_of_step() -> dict[str, str]:
    starts = {section.first_step: section.name for section in SECTIONS}
    current, out = SECTIONS[0].name, {}
    for step in STEPS:
        current = starts.get(step.name, current)
        out[step.name] = current
    return out


SECTION_OF_STEP: dict[str, str] = _section_of_step()

STEP_BY_NAME: dict[str, Step] = {step.name: step for step in STEPS}
STEP_TITLES: dict[str, Any] = {step.name: step.title for step in STEPS}
STEP_OF_KEY: dict[str, str] = {key: step.name for step in STEPS for key in step.keys}

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
}

# A relative, as the person answering would name them (a relative's or a patient's tie to her).
RELATIVES = {
    "spouse": _("My husband or wife"),
    "parent": _("My parent"),
    "child": _("My child"),
    "sibling": _("My brother or sister"),
    "grandparent": _("My grandparent"),
    "grandchild": _("My grandchild"),
}

QUESTIONS: dict[str, Question] = {
    "location": Question(
        _("Where are you now?"),
        _("Answer for the person who needs parole."),
        {"outside_us": _("Outside the U.S."), "inside_us": _("Inside the U.S.")},
    ),
    "goal": Question(
        _("What do you want to do?"),
        _("Choose the one closest to your situation."),
        {
            "come_to_us": _("Come to the U.S. for a while (I am outside the U.S.)"),
            "stay_in_us": _("Stay in the U.S. for a while longer (I am in the U.S.)"),
            "travel_and_return": _("Travel abroad and come back (I am in the U.S.)"),
        },
    ),
    "entry": Question(
        _("How did you last come into the U.S.?"),
        _("Some kinds of parole depend on how you entered."),
        {
            "without_inspection": _("Without being inspected at a border post"),
            "admitted": _("With a visa or other admission (inspected at a border post)"),
            "paroled": _("I was paroled into the U.S."),
            "released_from_custody": _(
                "I was held at the border and then released with papers (an order of release "
                "or Form I-220A), not paroled"
            ),
            "unknown": _("I don't know"),
        },
    ),
    "in_us_since": Question(
        _("On what day did you last arrive in the U.S.?"),
        _(
            "The day of your most recent arrival, after any trip abroad. For example, "
            "1 15 2019. Leave it blank if you do not know."
        ),
        when="past",
    ),
    "parole_program": Question(
        _("Which program was your parole under?"),
        _("It is often written on your I-94 record or your parole document."),
        {
            "none": _("No program (a case-by-case parole)"),
            "u4u": _("Uniting for Ukraine"),
            "chnv": _("Parole for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV)"),
            "frp": _("A Family Reunification Parole program"),
            "afghan": _("Operation Allies Welcome (Afghans)"),
            "cam": _("Central American Minors"),
            "military_pip": _("Parole in place for military families"),
            "other": _("Another program, or I don't know"),
        },
    ),
    "parole_expires_on": Question(
        _("When does your current parole end?"),
        _(
            "The date is on your I-94 record. For example: 3 27 2027. "
            "Leave it blank if you do not know."
        ),
    ),
    "citizenship": Question(
        _("What is your country of citizenship?"),
        _("Some programs depend on citizenship. You can choose not to say."),
    ),
    "cuban_haitian_entrant": Question(
        _("Have you been given Cuban/Haitian entrant status?"),
        _("This can mean you do not have to pay the parole fee."),
    ),
    "beneficiary_is_minor": Question(
        _("Are you under 18?"),
        _("Children need the consent of a parent or guardian."),
        unsure=False,
    ),
    "us_relatives": Question(
        _("Do you have any of these family members in the U.S.?"),
        _(
            "Select all that apply. A permanent resident has a green card. A child here means "
            "a son or daughter who is not married."
        ),
        {
            "usc_spouse": _("A husband or wife who is a U.S. citizen"),
            "usc_parent": _("A parent who is a U.S. citizen"),
            "usc_child_under_21": _("A child under 21 who is a U.S. citizen"),
            "usc_child_21_or_older": _("A son or daughter aged 21 or older who is a U.S. citizen"),
            "lpr_spouse": _("A husband or wife who is a permanent resident"),
            "lpr_parent": _("A parent who is a permanent resident"),
            "lpr_child_under_21": _("A child under 21 who is a permanent resident"),
        },
        none_label=_("None of these"),
    ),
    "unmarried_under_21": Question(
        _("Are you unmarried and under 21?"),
        _("A U.S. citizen's child counts as a close relative only while unmarried and under 21."),
    ),
    "special_categories": Question(
        _("Do any of these describe you?"),
        _("Some groups do not pay the filing fee. Select all that apply."),
        {
            "armed_forces_member": _("A current or former member of the U.S. armed forces"),
            "special_immigrant_juvenile": _("A Special Immigrant Juvenile"),
            "t_or_u_nonimmigrant": _("A T or U nonimmigrant (victim of trafficking or crime)"),
            "vawa_self_petitioner": _("A VAWA self-petitioner"),
            "afghan_or_iraqi_special_immigrant": _("An Afghan or Iraqi special immigrant"),
        },
        none_label=_("None of these"),
    ),
    "reasons": Question(
        _("Why do you need to be in the U.S.?"),
        _("Select all that apply. Each reason adds a few questions."),
        {
            "medical_treatment": _("Medical treatment that I or my child need"),
            "organ_donor": _("To donate an organ, bone marrow or other tissue"),
            "visit_ill_relative": _("To visit a family member who is very ill"),
            "funeral": _("To attend a funeral"),
            "family_reunification": _("To be with family"),
            "protection": _("I am in danger and need protection"),
            "disaster_or_conflict": _("A disaster or war where I live"),
            "court_proceeding": _("A court case I must attend"),
            "law_enforcement": _(
                "A U.S. agency or prosecutor needs me (as a witness, for example)"
            ),
            "military_family": _("My family member serves or served in the U.S. military"),
            "entrepreneur": _("I run a U.S. startup"),
            "other": _("Another reason"),
        },
    ),
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
        _(
            "For example: 3 27 2027. "
            "Leave it blank if the transplant center has not set a date yet."
        ),
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
        _("For example: 3 27 2027. Leave it blank if you do not know the date yet."),
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
        _(
            "For example: 3 27 2027. An early date can make your case urgent. "
            "Leave it blank if there is no fixed date."
        ),
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
            "The Notice to Appear is the paper that starts an immigration court case. For "
            "example, 1 26 2024. Leave it blank if you do not know."
        ),
        when="past",
    ),
    "evidence_on_hand": Question(
        _("Which of these documents do you already have?"),
        _("Select all you have now. The result lists what you still need to gather."),
        EVIDENCE_LABELS,
        none_label=_("None of these yet"),
    ),
}

PREFER_NOT_TO_SAY = ""


class AnswerRow(NamedTuple):
    key: str
    question: str
    answer: str
    step: str


def answer_text(key: str, value: Any) -> str:
    """One stored answer (an id, a bool, a list of ids, a date string, a number) as words."""
    schema_field = FIELDS[key]
    question = QUESTIONS.get(key)
    choices = question.choices if question else {}
    kind = schema_field.kind
    if value is None:  # the person answered "I'm not sure"
        return str(YES_NO["unsure"]) if kind == "bool" else ""
    if kind == "bool":
        return str(YES_NO["yes" if value else "no"])
    if kind == "enum":
        return str(choices.get(value, value))
    if kind == "enum_list":
        if not value:
            return str(question.none_label or _("None")) if question else ""
        return "; ".join(str(choices.get(item, item)) for item in value)
    if kind == "country":
        return str(COUNTRY_NAMES.get(value, value))
    if kind == "date":
        try:
            return formats.date_format(dt.date.fromisoformat(value))
        except (TypeError, ValueError):
            return str(value)
    if kind in ("integer", "number"):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = formats.number_format(value, use_l10n=True, force_grouping=True)
        if key.endswith("_usd"):
            return f"${text}"
        if key.endswith("_percent"):
            return f"{text}%"
        return text
    return str(value)


def question_text(key: str) -> str:
    """The question as the wizard asks it (the schema's meaning for a key the wizard never asks)."""
    question = QUESTIONS.get(key)
    return str(question.text) if question else FIELDS[key].meaning


def describe_answers(answers: Mapping[str, Any]) -> list[AnswerRow]:
    """Readable rows for the answers given, in the order the wizard asks them. A None is an
    "I'm not sure" (kept by the staff intake) and is shown as such."""
    rows = []
    for schema_field in SCHEMA:
        key = schema_field.key
        if key not in answers or (answers[key] is None and schema_field.kind != "bool"):
            continue
        text = question_text(key)
        rows.append(AnswerRow(key, text, answer_text(key, answers[key]), STEP_OF_KEY.get(key, "")))
    order = {step.name: index for index, step in enumerate(STEPS)}
    key_order = {key: index for step in STEPS for index, key in enumerate(step.keys)}
    rows.sort(key=lambda row: (order.get(row.step, len(order)), key_order.get(row.key, 0)))
    return rows
