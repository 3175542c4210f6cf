"""Marking a case reviewed (attorneys only). Clearing a review is in review.py."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from screening.audit import record
from screening.models import AuditAction, Status

from .permissions import REVIEW_CASE, VIEW_CASE, staff_required
from .views import _case


@staff_required(VIEW_CASE, REVIEW_CASE)
@require_POST
def mark_reviewed(request, reference):
    case = _case(request, reference)
    if not case.assessment:
        messages.error(request, _("A draft cannot be reviewed: finish the intake first."))
        return redirect("staff:case_detail", reference=case.reference)
    old = case.status
    case.status = Status.REVIEWED
    case.reviewed_by = case.updated_by = request.user
    case.reviewed_at = timezone.now()
    case.save()
    record(request, AuditAction.REVIEWED, case, old=old, new=case.status)
    messages.success(request, _("The case is marked reviewed."))
    return redirect("staff:case_detail", reference=case.reference)
