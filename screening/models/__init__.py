"""What ParoleScreen stores. Personal data lives only in the few fields named here.

Personal data is encrypted at rest (`screening.privacy.fields`): on `Case` the `client_name`,
`client_contact`, `a_number`, `answers`, `draft_answers` and `assessment`; the copies kept in
`CaseSnapshot`; the free text of `Note.body` and `EvidenceItem.note`; `SavedScreening.data`.
The name is searchable through its blind index (`client_name_index`). Left in plain text, so the
case list can filter and sort: status, urgency and `CaseVerdict` (pathway and verdict ids).
Everything else is ids, dates and people on the staff.

`Case.version` counts the staff saves of a case: every staff form carries the version it was
opened at and a save against a newer one is refused (`screening.staff.versions`). `Case.save`
never writes it; only that conditional UPDATE does. A replaced draft is kept in `DraftSnapshot`,
as a replaced result is in `CaseSnapshot`.

`AuditEvent` is append-only: saving an existing row, deleting a row or a queryset update/delete
raises `AuditEventImmutable`.
"""

from screening.models.audit import AuditAction, AuditEvent, AuditEventImmutable, AuditEventQuerySet
from screening.models.case import (
    REFERENCE_ALPHABET,
    Case,
    CaseNameWord,
    CaseVerdict,
    LanguageSource,
    Status,
    Urgency,
    new_reference,
)
from screening.models.history import CaseSnapshot, DraftReason, DraftSnapshot, SnapshotReason
from screening.models.work import EvidenceItem, EvidenceState, Note, NoteKind

# Registered here so that the app's models are all importable from screening.models.
from screening.privacy.models import KeyCanary, SavedScreening  # noqa: E402

__all__ = [
    "REFERENCE_ALPHABET",
    "AuditAction",
    "AuditEvent",
    "AuditEventImmutable",
    "AuditEventQuerySet",
    "Case",
    "CaseNameWord",
    "CaseSnapshot",
    "CaseVerdict",
    "DraftReason",
    "DraftSnapshot",
    "EvidenceItem",
    "EvidenceState",
    "KeyCanary",
    "LanguageSource",
    "Note",
    "NoteKind",
    "SavedScreening",
    "SnapshotReason",
    "Status",
    "Urgency",
    "new_reference",
]
