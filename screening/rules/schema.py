"""The answer schema: every key a screening can hold, its type, its values and when it is asked.

This module is the single source of truth for answers. The wizard builds its fields from it, the
`screen` command validates with it, and `docs/answers.md` is generated from it (a test keeps them
equal). `answers.Answers.from_dict` validates against it: typed answers, or one `AnswersError`
naming every bad key and why.
"""

from __future__ import annotations

from .asked_when import (
    _always,
    _coming,
    _court_outside,
    _cuban_or_haitian_not_paroled,
    _inside,
    _listed,
    _medical_minor,
    _medical_not_life_threatening,
    _paroled,
    _protection_abroad,
    _reason,
    _seeking_parole,
)
from .field import Field
from .schema_history import HISTORY_FIELDS
from .values import (
    DONATION_RELATIONSHIPS,
    ENTRIES,
    EVIDENCE_IDS,
    FAMILY_REASONS,
    FINANCIAL_SUPPORTERS,
    GOALS,
    LOCATIONS,
    MEDICAL_PATIENTS,
    MILITARY_RELATIONSHIPS,
    MILITARY_SERVICES,
    PAROLE_PROGRAMS,
    PENDING_APPLICATIONS,
    REASONS,
    RELATIONSHIPS,
    RELATIVE_CONDITIONS,
    RELATIVE_STATUSES,
    RISK_FACTORS,
    SPECIAL_CATEGORIES,
    US_RELATIVES,
    VICTIM_OF,
    VISA_OPTIONS,
)

_CORE: tuple[Field, ...] = (
    Field("location", "enum", "where the person is now", _always, LOCATIONS),
    Field("goal", "enum", "what the person wants to do", _always, GOALS),
    Field("entry", "enum", "how the person last entered the U.S.", _inside, ENTRIES),
    Field(
        "in_us_since", "date", "the day of the person's most recent arrival in the U.S.", _inside
    ),
    Field(
        "parole_program",
        "enum",
        "the program the current parole came under",
        _paroled,
        PAROLE_PROGRAMS,
    ),
    Field("parole_expires_on", "date", "the date the current parole ends (I-94)", _paroled),
    Field(
        "citizenship", "country", "country of citizenship, ISO 3166-1 alpha-2, upper case", _always
    ),
    Field(
        "cuban_haitian_entrant",
        "bool",
        "has been granted Cuban/Haitian entrant status",
        _cuban_or_haitian_not_paroled,
    ),
    Field("beneficiary_is_minor", "bool", "the person is under 18", _always),
    Field(
        "us_relatives",
        "enum_list",
        "U.S.-citizen and permanent-resident relatives (a child under 21 is unmarried)",
        _always,
        US_RELATIVES,
    ),
    Field(
        "unmarried_under_21",
        "bool",
        "the person is unmarried and under 21",
        _listed("us_relatives", "usc_parent"),
    ),
    Field("reasons", "enum_list", "why the person needs parole", _seeking_parole, REASONS),
    Field(
        "medical_patient",
        "enum",
        "who needs the treatment: the person, or their minor child they would accompany",
        _reason("medical_treatment"),
        MEDICAL_PATIENTS,
    ),
    Field(
        "medical_available_at_home",
        "bool",
        "the treatment is available where the patient lives",
        _reason("medical_treatment"),
    ),
    Field(
        "medical_life_threatening",
        "bool",
        "the condition is life-threatening",
        _reason("medical_treatment"),
    ),
    Field(
        "medical_urgent",
        "bool",
        "the treatment is needed urgently (a medical emergency), though not life-threatening",
        _medical_not_life_threatening,
    ),
    Field(
        "medical_provider_arranged",
        "bool",
        "a U.S. doctor or hospital has agreed to treat",
        _reason("medical_treatment"),
    ),
    Field(
        "medical_costs_arranged",
        "bool",
        "the cost of treatment and travel is covered",
        _reason("medical_treatment"),
    ),
    Field(
        "adopted_child_in_custody",
        "bool",
        "the child is being adopted and is in the petitioner's legal custody",
        _medical_minor,
    ),
    Field(
        "donation_patient_relationship",
        "enum",
        "how the patient who receives the donation is related to the donor",
        _reason("organ_donor"),
        DONATION_RELATIONSHIPS,
    ),
    Field(
        "donation_center_confirmed",
        "bool",
        "a U.S. transplant center has confirmed the donor is a match and agreed to the donation",
        _reason("organ_donor"),
    ),
    Field(
        "donation_date",
        "date",
        "the date the transplant center has set for the donation",
        _reason("organ_donor"),
    ),
    Field(
        "relative_relationship",
        "enum",
        "the relative's relationship to the person",
        _reason(*sorted(FAMILY_REASONS)),
        RELATIONSHIPS,
    ),
    Field(
        "relative_condition",
        "enum",
        "the relative's condition",
        _reason("visit_ill_relative", "funeral"),
        RELATIVE_CONDITIONS,
    ),
    Field(
        "relative_status",
        "enum",
        "the U.S. relative's immigration status",
        _reason(*sorted(FAMILY_REASONS | {"military_family"})),
        RELATIVE_STATUSES,
    ),
    Field(
        "harm_individualized",
        "bool",
        "the person is personally targeted, not only facing general conditions",
        _reason("protection", "disaster_or_conflict"),
    ),
    Field(
        "harm_imminent",
        "bool",
        "the harm is imminent",
        _reason("protection", "disaster_or_conflict"),
    ),
    Field(
        "refugee_referral_possible",
        "bool",
        "a UNHCR or refugee referral can happen in time",
        _protection_abroad,
    ),
    Field(
        "agency_request",
        "bool",
        "a U.S. government or law-enforcement agency has asked for the person's presence",
        _reason("law_enforcement", "court_proceeding"),
    ),
    Field(
        "court_date", "date", "the date the person must attend court", _reason("court_proceeding")
    ),
    Field(
        "returned_to_await_hearing",
        "bool",
        "the person was returned to Mexico or Canada to wait for an immigration hearing",
        _court_outside,
    ),
    Field(
        "military_relationship",
        "enum",
        "relationship to the service member",
        _reason("military_family"),
        MILITARY_RELATIONSHIPS,
    ),
    Field(
        "military_service",
        "enum",
        "the service member's service",
        _reason("military_family"),
        MILITARY_SERVICES,
    ),
    Field(
        "startup_age_years",
        "number",
        "years since the U.S. startup was formed",
        _reason("entrepreneur"),
        minimum=0,
        maximum=200,
    ),
    Field(
        "startup_ownership_percent",
        "number",
        "the person's share of the startup, in percent",
        _reason("entrepreneur"),
        minimum=0,
        maximum=100,
    ),
    Field(
        "startup_investment_usd",
        "integer",
        "investment from qualified U.S. investors, in U.S. dollars",
        _reason("entrepreneur"),
        minimum=0,
    ),
    Field(
        "startup_grants_usd",
        "integer",
        "U.S. government grants, in U.S. dollars",
        _reason("entrepreneur"),
        minimum=0,
    ),
    Field(
        "visa_option",
        "enum",
        "whether a visa could bring the person in time",
        _coming,
        VISA_OPTIONS,
    ),
    Field(
        "pending_applications",
        "enum_list",
        "applications already filed for the person",
        _always,
        PENDING_APPLICATIONS,
    ),
    Field("victim_of", "enum_list", "the person was a victim of", _always, VICTIM_OF),
    Field(
        "worked_for_us_government",
        "bool",
        "worked for or on behalf of the U.S. government",
        _always,
    ),
    Field(
        "special_categories",
        "enum_list",
        "categories USCIS exempts from the I-131 fee",
        _always,
        SPECIAL_CATEGORIES,
    ),
    Field(
        "financial_supporter",
        "enum",
        "who will support the person financially in the U.S.",
        _seeking_parole,
        FINANCIAL_SUPPORTERS,
    ),
    Field("can_pay_fees", "bool", "the person or a supporter can pay the filing fees", _always),
    Field("needed_by", "date", "when the person must be in the U.S. (or stay until)", _always),
    Field(
        "risk_factors",
        "enum_list",
        "things in the person's history that weigh against parole",
        _always,
        RISK_FACTORS,
    ),
    Field(
        "nta_served_on",
        "date",
        "the day a Notice to Appear was served",
        _listed("risk_factors", "removal_proceedings"),
    ),
    Field(
        "evidence_on_hand", "enum_list", "documents the person already has", _always, EVIDENCE_IDS
    ),
)

SCHEMA: tuple[Field, ...] = (*_CORE, *HISTORY_FIELDS)

FIELDS: dict[str, Field] = {f.key: f for f in SCHEMA}
LIST_KEYS = frozenset(f.key for f in SCHEMA if f.kind == "enum_list")
