"""An attorney's review: who cleared it and why, kept in the audit log (the one record of it).

Re-confirming unchanged answers keeps the review; changed answers clear it. The case page reads
the latest `review_cleared` event to say who cleared it, when and why.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from screening.audit import record
from screening.models import AuditAction, AuditEvent, Case, Status

REASONS = {
    "answers_changed": _("the client's answers changed"),
    "reopened": _("an attorney reopened it for review"),
}


def clear_review(request, case: Case, reason: str) -> None:
    """Forget the case's review (the caller saves the case) and record who cleared it and why."""
    reviewer = case.reviewed_by.get_username() if case.reviewed_by else ""
    case.reviewed_by = None
    case.reviewed_at = None
    if case.status == Status.REVIEWED:
        case.status = Status.SCREENED
    record(request, AuditAction.REVIEW_CLEARED, case, reason=reason, reviewed_by=reviewer)


def last_cleared_review(case: Case) -> dict | None:
    """Who cleared the case's review, when and why, while it has not been reviewed again."""
    if case.reviewed_at:
        return None
    event = (
        AuditEvent.objects.filter(case_reference=case.reference)
        .filter(action__in=[AuditAction.REVIEW_CLEARED, AuditAction.REVIEWED])
        .first()
    )
    if event is None or event.action != AuditAction.REVIEW_CLEARED:
        return None
    return {
        "by": event.username,
        "at": event.at,
        "reviewed_by": event.detail.get("reviewed_by", ""),
        "reason": REASONS.get(event.detail.get("reason"), event.detail.get("reason", "")),
    }
