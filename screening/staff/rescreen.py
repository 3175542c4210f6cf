"""Re-screen a case under today's rules: show the difference, and let an attorney accept it."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from screening.audit import record
from screening.models import AuditAction, SnapshotReason
from screening.rules import Answers, AnswersError, assess

from .diff import compare
from .diff_text import changed_ids, diff_sections, urgency_row
from .permissions import REVIEW_CASE, VIEW_CASE, staff_required
from .views import _case, replace_result, today


@staff_required(VIEW_CASE)
@require_http_methods(["GET", "POST"])
def rescreen(request, reference):
    case = _case(request, reference)
    if request.method == "POST" and not request.user.has_perm(REVIEW_CASE):
        return HttpResponse(_("Only attorneys can accept a re-screen."), status=403)
    if not case.assessment:
        messages.error(request, _("A draft has no result to re-screen: finish the intake first."))
        return redirect("staff:case_detail", reference=case.reference)
    try:
        answers = Answers.from_dict(case.answers)
    except AnswersError as error:
        return render(
            request,
            "staff/rescreen.html",
            {"case": case, "answer_problems": sorted(error.problems)},
            status=409,
        )
    new = assess(answers, today())
    diff = compare(case.assessment, new.to_dict())
    if request.method == "POST":
        if not diff.has_changes:
            # A stale page or a second click: there is nothing to store and nothing to record.
            messages.info(request, _("Today's rules give the same result: nothing was changed."))
            return redirect("staff:case_detail", reference=case.reference)
        with transaction.atomic():
            old_version, old_as_of = case.rules_version, case.as_of.isoformat()
            replace_result(case, case.answers, new, request.user, SnapshotReason.RESCREEN_ACCEPTED)
            record(
                request,
                AuditAction.RESCREEN_ACCEPTED,
                case,
                old_as_of=old_as_of,
                old_rules_version=old_version,
                new_as_of=new.as_of.isoformat(),
                new_rules_version=new.rules_version,
                changed=changed_ids(diff),
            )
        messages.success(request, _("The re-screen under today's rules is now the case's result."))
        return redirect("staff:case_detail", reference=case.reference)
    record(
        request,
        AuditAction.RESCREEN_VIEWED,
        case,
        as_of=new.as_of.isoformat(),
        changed=diff.has_changes,
    )
    return render(
        request,
        "staff/rescreen.html",
        {
            "case": case,
            "diff": diff,
            "same_rules": diff.old_rules_version == diff.new_rules_version,
            "old_as_of": case.as_of,
            "new_as_of": new.as_of,
            "urgency": urgency_row(diff),
            "sections": diff_sections(diff),
            "can_review": request.user.has_perm(REVIEW_CASE),
        },
    )
