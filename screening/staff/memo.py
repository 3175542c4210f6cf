"""The attorney memo: one case as a PDF for the file."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from screening import labels
from screening.audit import record
from screening.models import AuditAction

from .evidence import tracker_rows
from .permissions import VIEW_CASE, staff_required
from .snapshot import stored_assessment
from .views import _case, today


@staff_required(VIEW_CASE)
@require_GET
def memo_pdf(request, reference):
    from screening.pdf import render_pdf

    case = _case(request, reference)
    assessment = stored_assessment(case.answers, case.assessment)
    if assessment is None:
        messages.error(
            request, _("A draft has no result to put in a memo: finish the intake first.")
        )
        return redirect("staff:case_detail", reference=case.reference)
    _form, evidence_rows = tracker_rows(case, assessment)
    context = labels.result_context(case.answers, assessment, pdf=True) | {
        "case": case,
        "generated_on": today(),
        "memo_evidence": evidence_rows,
        "notes": list(case.notes.select_related("author")),
    }
    title = _("Attorney memo for case %(reference)s") % {"reference": case.reference}
    pdf = render_pdf("pdf/memo.html", context, title=title, lang=get_language() or "en")
    record(request, AuditAction.MEMO_DOWNLOADED, case)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="memo-{case.reference}.pdf"'
    return response
