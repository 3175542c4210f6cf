"""Marking a case reviewed and reopening it for review (attorneys only). How a review is cleared
and recorded is in review.py."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from screening.models import AuditAction, Status

from .permissions import REVIEW_CASE, VIEW_CASE, staff_required
from .review import clear_review
from .versions import CaseChanged, claim, posted_version, record_change
from .views import _case, case_page_conflict


def review_conflict(request, conflict: CaseChanged):
    advice = _(
        "Nothing was changed: someone saved the case after you opened it. Check what they "
        "saved, then review it again."
    )
    return case_page_conflict(request, conflict, "review", advice)


@staff_required(VIEW_CASE, REVIEW_CASE)
@require_POST
def mark_reviewed(request, reference):
    case = _case(request, reference)
    if not case.assessment:
        messages.error(request, _("A draft cannot be reviewed: finish the intake first."))
        return redirect("staff:case_detail", reference=case.reference)
    if case.status == Status.REVIEWED:
        # A second click (or a stale page) must not overwrite who reviewed it and when.
        messages.info(request, _("The case is already reviewed. Reopen it to review it again."))
        return redirect("staff:case_detail", reference=case.reference)
    old = case.status
    try:
        with transaction.atomic():
            claim(case, posted_version(request))
            case.status = Status.REVIEWED
            case.reviewed_by = case.updated_by = request.user
            case.reviewed_at = timezone.now()
            case.save()
            record_change(request, AuditAction.REVIEWED, case, old=old, new=case.status)
    except CaseChanged as conflict:
        return review_conflict(request, conflict)
    messages.success(request, _("The case is marked reviewed."))
    return redirect("staff:case_detail", reference=case.reference)


@staff_required(VIEW_CASE, REVIEW_CASE)
@require_POST
def reopen_review(request, reference):
    """Back to "in review": the review is cleared from the case and the audit entry keeps who
    had reviewed it (shown on the case page until someone reviews it again)."""
    case = _case(request, reference)
    if case.status != Status.REVIEWED:
        messages.info(request, _("The case is not reviewed, so there is no review to reopen."))
        return redirect("staff:case_detail", reference=case.reference)
    try:
        with transaction.atomic():
            claim(case, posted_version(request))
            clear_review(request, case, "reopened")
            case.status = Status.IN_REVIEW
            case.updated_by = request.user
            case.save()
            record_change(
                request, AuditAction.STATUS_CHANGED, case, old=Status.REVIEWED, new=case.status
            )
    except CaseChanged as conflict:
        return review_conflict(request, conflict)
    messages.success(request, _("The case is open for review again."))
    return redirect("staff:case_detail", reference=case.reference)
