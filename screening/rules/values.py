"""The answers' value lists: the ids each choice can take (stable: stored by the wizard, read by
the rules, exported as JSON)."""

from __future__ import annotations

LOCATIONS = ("outside_us", "inside_us")
GOALS = ("come_to_us", "stay_in_us", "travel_and_return")
# `released_from_custody`: released on an order of release or Form I-220A, which is not parole
# under INA 212(d)(5).
ENTRIES = ("without_inspection", "admitted", "paroled", "released_from_custody", "unknown")
PAROLE_PROGRAMS = ("none", "u4u", "chnv", "frp", "afghan", "cam", "military_pip", "other")
REASONS = (
    "medical_treatment",
    "organ_donor",
    "visit_ill_relative",
    "funeral",
    "family_reunification",
    "protection",
    "disaster_or_conflict",
    "court_proceeding",
    "law_enforcement",
    "military_family",
    "entrepreneur",
    "other",
)
MEDICAL_PATIENTS = ("self", "minor_child")
RELATIONSHIPS = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild", "other")
# the patient who receives a donation, as the donor's relative (or not related)
DONATION_RELATIONSHIPS = (
    "spouse",
    "parent",
    "child",
    "sibling",
    "grandparent",
    "grandchild",
    "other_relative",
    "not_related",
)
RELATIVE_CONDITIONS = ("death_imminent", "seriously_ill", "deceased", "not_ill")
RELATIVE_STATUSES = ("us_citizen", "lpr", "other")
MILITARY_RELATIONSHIPS = ("spouse", "widow", "parent", "son_or_daughter")
MILITARY_SERVICES = (
    "active_duty",
    "selected_reserve",
    "former_not_dishonorable",
    "former_dishonorable",
)
VISA_OPTIONS = ("none", "too_slow", "available_in_time", "unknown")
PENDING_APPLICATIONS = ("i130_petition", "i485", "i589", "tps", "other")
VICTIM_OF = ("crime", "trafficking")
FINANCIAL_SUPPORTERS = ("self", "relative_or_friend", "organization", "none")
RISK_FACTORS = (
    "criminal_conviction",
    "pending_charges",
    "prior_removal",
    "removal_proceedings",
    "prior_overstay",
    "prior_parole_denial",
    "misrepresentation",
)
SPECIAL_CATEGORIES = (
    "armed_forces_member",
    "special_immigrant_juvenile",
    "t_or_u_nonimmigrant",
    "vawa_self_petitioner",
    "afghan_or_iraqi_special_immigrant",
)
EVIDENCE_IDS = (
    "identity_document",
    "petitioner_identity",
    "financial_support",
    "physician_statement",
    "treatment_unavailable_statement",
    "us_provider_acceptance",
    "treatment_cost_plan",
    "medical_records",
    "parental_consent",
    "relationship_proof",
    "relative_condition_letter",
    "death_certificate",
    "custody_documents",
    "care_plan",
    "harm_evidence",
    "country_conditions",
    "refugee_unavailable_explanation",
    "court_notice",
    "agency_letter",
    "military_service_proof",
    "military_relationship_proof",
    "passport_photos",
    "favorable_discretion_evidence",
    "service_member_support_letter",
    "i94_record",
    "startup_formation_documents",
    "ownership_evidence",
    "investment_evidence",
    "return_plan",
    "transplant_center_letter",
    "donor_match_results",
    "sponsor_letter",
    "organization_commitment",
)

# A "child" under 21 is unmarried (INA 101(b)(1)).
US_RELATIVES = (
    "usc_spouse",
    "usc_parent",
    "usc_child_under_21",
    "usc_child_21_or_older",
    "lpr_spouse",
    "lpr_parent",
    "lpr_child_under_21",
)

FAMILY_REASONS = frozenset({"visit_ill_relative", "funeral", "family_reunification"})
CUBAN_HAITIAN = frozenset({"CU", "HT"})

# The person's past entries without admission (the permanent bar, INA 212(a)(9)(C)): after a removal
# order, or after more than a year of unlawful presence in all; [] = neither.
UNLAWFUL_REENTRY = ("after_removal_order", "after_year_unlawful")
# An immigrant petition or labor certification filed for the person by these days keeps INA 245(i).
PETITION_245I = ("filed_by_1998_01_14", "filed_1998_01_15_to_2001_04_30", "none")
# Who travels with a child coming to the U.S.
MINOR_TRAVELS_WITH = ("parent", "legal_guardian", "other_adult", "alone")
# Programs whose parolees arrived on a CBP travel authorization (paroled at a port) or were paroled
# inside the U.S. (military parole in place): the rules infer `paroled_at_port` for them.
PORT_PROGRAMS = frozenset({"u4u", "chnv", "frp"})
