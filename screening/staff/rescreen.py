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

from .conflicts import conflict_context
from .diff import compare
from .diff_text import changed_ids, diff_sections, urgency_row
from .permissions import REVIEW_CASE, VIEW_CASE, staff_required
from .versions import CaseChanged, claim, posted_version, record_change, refused
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
    if request.method == "GET":
        return rescreen_page(request, case)
    try:
        answers = Answers.from_dict(case.answers)
    except AnswersError:
        return rescreen_page(request, case)  # says which answers need another look
    new = assess(answers, today())
    diff = compare(case.assessment, new.to_dict())
    if not diff.has_changes:
        # A stale page or a second click: there is nothing to store and nothing to record.
        messages.info(request, _("Today's rules give the same result: nothing was changed."))
        return redirect("staff:case_detail", reference=case.reference)
    try:
        with transaction.atomic():
            claim(case, posted_version(request))
            old_version, old_as_of = case.rules_version, case.as_of.isoformat()
            reason = SnapshotReason.RESCREEN_ACCEPTED
            replace_result(case, case.answers, new, request.user, reason)
            record_change(
                request,
                AuditAction.RESCREEN_ACCEPTED,
                case,
                old_as_of=old_as_of,
                old_rules_version=old_version,
                new_as_of=new.as_of.isoformat(),
                new_rules_version=new.rules_version,
                changed=changed_ids(diff),
            )
    except CaseChanged as conflict:
        # Compared again with the result as it is now, and accepted only once re-read.
        refused(request, conflict, "rescreen")
        case = _case(request, reference)
        advice = _(
            "Today's result was not accepted: someone saved the case after you opened "
            "this page. The comparison below is with the case as it is now."
        )
        context = conflict_context(case, conflict.opened_at, advice=advice)
        return rescreen_page(request, case, context, status=409)
    messages.success(request, _("The re-screen under today's rules is now the case's result."))
    return redirect("staff:case_detail", reference=case.reference)


def rescreen_page(request, case, extra: dict | None = None, status: int = 200):
    """The comparison of the case's result with today's rules (recorded as a view)."""
    try:
        answers = Answers.from_dict(case.answers)
    except AnswersError as error:
        context = {"case": case, "answer_problems": sorted(error.problems)}
        return render(request, "staff/rescreen.html", context, status=409)
    new = assess(answers, today())
    diff = compare(case.assessment, new.to_dict())
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
        }
        | (extra or {}),
        status=status,
    )
