"""The wizard's steps (each a title and the answer keys it asks) and the four sections of the
progress bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Step:
    name: str
    title: Any
    keys: tuple[str, ...]
    intro: Any = ""
    # the intro speaks to an applicant screening alone (the staff intake leaves it out)
    applicant_only_intro: bool = False


STEPS: tuple[Step, ...] = (
    Step("situation", _("Where you are and what you need"), ("location", "goal")),
    Step("entry", _("How you came to the U.S."), ("detained", "entry", "in_us_since")),
    Step("current_parole", _("Your current parole"), ("parole_program", "parole_expires_on")),
    Step("how_paroled", _("Where you were paroled"), ("paroled_at_port",)),
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
            "treatment_date",
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
    Step(
        "support",
        _("Money and support"),
        ("financial_supporter", "can_pay_fees", "minor_travels_with"),
    ),
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
    Step("past_entries", _("Your past entries"), ("unlawful_reentry", "petition_245i")),
    Step("petition_date", _("Your old petition"), ("present_on_2000_12_21",)),
    Step(
        "pending",
        _("Your pending applications"),
        ("asylum_filed_on", "i485_filed_on", "tps_granted"),
    ),
    Step("tps", _("Your TPS"), ("tps_ends_on", "tps_travel_returned")),
    Step("court_case", _("Your immigration court case"), ("nta_served_on", "nta_gave_date_time")),
    Step("papers", _("Your work permit and address"), ("ead_expires_on", "moved_on")),
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
