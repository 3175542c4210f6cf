"""The evidence tracker: where the office stands on each document a case's result asks for.

Staff read about the client, so the documents are named in the third person ("The client's
identity document", not the applicant's "Your identity document"). A document the client said
they have starts as "have"; the others start as "needed". A row is stored only once someone
changes it from where it starts.
"""

from __future__ import annotations

from screening.models import Case, EvidenceState
from screening.result import labels

from .case_forms import EvidenceForm


def staff_name(evidence_id: str):
    """A document's name about the client (`labels.EVIDENCE`)."""
    return labels.name(labels.EVIDENCE, evidence_id, about_client=True)


def starting_state(have: bool) -> str:
    return EvidenceState.RECEIVED if have else EvidenceState.NEEDED


def tracker_rows(case: Case, assessment, data=None) -> tuple[EvidenceForm, list[dict]]:
    """The tracker's form (bound to `data` when given) and one row per document the result asks
    for: {id, name, state, note (bound fields), item (stored row or None), have, state_label}."""
    items = {item.evidence_id: item for item in case.evidence_items.select_related("updated_by")}
    evidence = list(assessment.evidence) if assessment else []
    have = {e.id: e.have for e in evidence}
    initial = {}
    for e in evidence:
        item = items.get(e.id)
        initial[f"state__{e.id}"] = item.state if item else starting_state(e.have)
        initial[f"note__{e.id}"] = item.note if item else ""
    form = EvidenceForm(
        data, initial=initial, evidence_ids=[e.id for e in evidence], names=staff_name
    )
    states = dict(EvidenceState.choices)
    rows = [
        row
        | {
            "item": items.get(row["id"]),
            "have": have.get(row["id"]),
            "state_label": states[initial[f"state__{row['id']}"]],
            "note_text": initial[f"note__{row['id']}"],
        }
        for row in form.rows()
    ]
    return form, rows
