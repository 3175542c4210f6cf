"""Evidence: the documents each pathway and each reason needs, and which the person already has."""

from __future__ import annotations

from collections.abc import Iterable

from .assessment import Evidence, Pathway
from .context import Context
from .text import _

CORE_EVIDENCE = {
    "custody_parole": ("identity_document", "sponsor_letter", "favorable_discretion_evidence"),
    "humanitarian_parole": ("identity_document", "financial_support", "return_plan"),
    "significant_public_benefit_parole": (
        "identity_document",
        "financial_support",
        "court_notice",
        "return_plan",
    ),
    "law_enforcement_parole": ("identity_document", "agency_letter"),
    "parole_in_place": ("identity_document", "favorable_discretion_evidence"),
    "military_parole_in_place": (
        "identity_document",
        "military_service_proof",
        "military_relationship_proof",
        "passport_photos",
        "favorable_discretion_evidence",
        "service_member_support_letter",
    ),
    "re_parole": ("identity_document", "i94_record", "favorable_discretion_evidence"),
    "afghan_re_parole": ("identity_document", "i94_record"),
    "immvi_parole": ("identity_document", "financial_support", "military_service_proof"),
    "international_entrepreneur_parole": (
        "identity_document",
        "startup_formation_documents",
        "ownership_evidence",
        "investment_evidence",
    ),
}
REASON_EVIDENCE = {
    "medical_treatment": (
        "physician_statement",
        "treatment_unavailable_statement",
        "us_provider_acceptance",
        "treatment_cost_plan",
        "medical_records",
    ),
    # a donor's papers, not a patient's: the center that needs her, and the match
    "organ_donor": ("transplant_center_letter", "donor_match_results"),
    "visit_ill_relative": ("relationship_proof", "relative_condition_letter"),
    "funeral": ("death_certificate", "relationship_proof"),
    "family_reunification": ("relationship_proof",),
    "protection": ("harm_evidence", "country_conditions", "refugee_unavailable_explanation"),
    "disaster_or_conflict": ("harm_evidence", "country_conditions"),
    "military_family": ("military_service_proof", "military_relationship_proof"),
}
MINOR_EVIDENCE = ("parental_consent", "custody_documents", "care_plan")
# With a parent or legal guardian traveling, the custody papers and a care plan are not needed.
WITH_GUARDIAN = frozenset({"parent", "legal_guardian"})


def child_beneficiary(ctx: Context) -> bool:
    """The request is for a child: the person is a minor, or the patient is their minor child."""
    return ctx.get("beneficiary_is_minor") is True or ctx.get("medical_patient") == "minor_child"


def consent_message(ctx: Context) -> str:
    """Who must consent for a child, by who travels with the child."""
    with_child = ctx.get("minor_travels_with")
    if with_child == "parent":
        return _(
            "For a child, include the written consent of the parent who does not travel with "
            "the child, and one Form I-131 and one Form I-134 for the child and for each adult "
            "traveling."
        )
    if with_child == "legal_guardian":
        return _(
            "For a child, include the written consent of each parent (neither travels with the "
            "child) and the guardian's papers, and one Form I-131 and one Form I-134 for the "
            "child and for each adult traveling."
        )
    if with_child in ("other_adult", "alone"):
        return _(
            "For a child who travels without a parent or legal guardian, include the written "
            "consent of each parent, custody or guardianship papers, and a plan for the "
            "child's care in the U.S."
        )
    return _(
        "For a child, include written consent of the "
        "parent(s), custody or guardianship papers, and a plan for the child's care in "
        "the U.S."
    )


def _minor_evidence(ctx: Context) -> tuple[str, ...]:
    if ctx.get("minor_travels_with") in WITH_GUARDIAN:
        return ("parental_consent",)
    return MINOR_EVIDENCE


REASON_PATHWAYS = frozenset(
    {"humanitarian_parole", "parole_in_place", "re_parole", "afghan_re_parole"}
)
# Parole from custody (a letter to ICE): medical records for a medical reason, proof of the
# relationship for a family one.
CUSTODY_REASON_EVIDENCE = {
    "medical_treatment": ("medical_records",),
    "visit_ill_relative": ("relationship_proof",),
    "funeral": ("relationship_proof",),
    "family_reunification": ("relationship_proof",),
    "military_family": ("relationship_proof",),
}


ABROAD_ONLY = frozenset({"refugee_unavailable_explanation"})


def _evidence(ctx: Context, live: dict[str, Pathway]) -> list[Evidence]:
    needed: dict[str, list[str]] = {}

    def need(ids: Iterable[str], pathway_id: str) -> None:
        for eid in ids:
            needed.setdefault(eid, [])
            if pathway_id not in needed[eid]:
                needed[eid].append(pathway_id)

    for pid, pathway in live.items():
        if pid not in CORE_EVIDENCE:
            continue
        need(CORE_EVIDENCE[pid], pid)
        if pid == "humanitarian_parole" and pathway.files == "supporter":
            need(["petitioner_identity"], pid)
        if pid == "custody_parole":
            for r, ids in CUSTODY_REASON_EVIDENCE.items():
                if r in ctx.reasons():
                    need(ids, pid)
        if pid in REASON_PATHWAYS:
            reasons = ctx.reasons()
            # the catalogue's order, not the set's: a frozenset's order changes with PYTHONHASHSEED
            for r, ids in REASON_EVIDENCE.items():
                if r not in reasons:
                    continue
                if ctx.inside:  # refugee processing happens abroad: nothing to explain here
                    ids = tuple(eid for eid in ids if eid not in ABROAD_ONLY)
                need(ids, pid)
        if pid in ("humanitarian_parole", "significant_public_benefit_parole") and (
            child_beneficiary(ctx)
        ):
            need(_minor_evidence(ctx), pid)
        if "financial_support" in CORE_EVIDENCE[pid] and (
            ctx.get("financial_supporter") == "organization"
        ):
            need(["organization_commitment"], pid)
    have = set(ctx.a.items("evidence_on_hand"))
    return [Evidence(eid, eid in have, tuple(pids)) for eid, pids in needed.items()]
