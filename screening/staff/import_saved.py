"""Bring an applicant's saved screening into a case by its resume code, with the client there.

The client reads out their code; the answers become the case's draft (or the draft edit of a
screened case), the saved screening is deleted (it has done its job) and the intake opens so
staff can go through the answers with the client. Attempts are rate-limited like the
applicant's, and the audit log records the import without the code.
"""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from screening.models import AuditAction, DraftReason
from screening.privacy.views import check_code
from screening.rules import prune

from . import client_language
from .case_forms import ClientCodeForm
from .permissions import CHANGE_CASE, VIEW_CASE, staff_required, visible_case_or_404
from .versions import CaseChanged, claim, posted_version, record_change
from .views import case_page_conflict


@staff_required(VIEW_CASE, CHANGE_CASE)
@require_POST
def import_saved(request, reference):
    case = visible_case_or_404(request.user, reference)
    form = ClientCodeForm(request.POST)
    saved = check_code(request, form, "staff-import")
    if saved is None:
        for error in form.errors.get("code", []):
            messages.error(request, error)
        return redirect("staff:case_detail", reference=case.reference)
    answers = prune(dict(saved.data.get("answers") or {}))
    try:
        with transaction.atomic():
            claim(case, posted_version(request))
            client_language.from_saved(case, saved.data.get("language"))
            case.keep_draft(answers, request.user, reason=DraftReason.SAVED_SCREENING_IMPORTED)
            saved.delete()
            record_change(request, AuditAction.SAVED_SCREENING_IMPORTED, case, answers=len(answers))
    except CaseChanged as conflict:
        advice = _(
            "The saved answers were not brought in, and the client's saved copy is kept: "
            "someone saved the case after you opened it. Check what they saved; the code is "
            "still in the box below."
        )
        return case_page_conflict(request, conflict, "import", advice, import_form=form)
    messages.success(
        request, _("The saved answers were brought into the case. Go through them with the client.")
    )
    return redirect("staff:intake_start", reference=case.reference)
