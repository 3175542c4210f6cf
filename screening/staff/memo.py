"""The attorney memo: one case as a PDF for the file, written about the client.

Page 1 says whose case it is and where it stands (client, reference, status, review, as-of date,
rules version), then the verdicts and the urgent actions; the detail, one evidence list, the notes
and the client's answers follow without forced page breaks.

The memo is for the office, so it is always in English, whatever language the staff member's
pages are in; it states the client's language and where it came from (`client_language`).
"""

from __future__ import annotations

from dataclasses import replace

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.http import require_GET

from screening.audit import record
from screening.models import AuditAction, Case, NoteKind
from screening.result import model as result_model
from screening.rules import RULES_VERSION, Assessment
from screening.rules.text import Message

from . import client_language
from .evidence import tracker_rows
from .permissions import VIEW_CASE, staff_required
from .snapshot import stored_assessment
from .views import _case, today

# Flags that belong on page 1 with the urgency; "info" flags follow in the detail.
URGENT_SEVERITIES = ("stop", "warning")
MEMO_LANGUAGE = "en"
# The memo's reader is the attorney who confirms a route: it does not tell them that "a lawyer
# must confirm" it, as the client's pages do; it asks them to.
REVIEWER_CONFIRM = Message(
    gettext_noop(
        "A screening, not a decision: confirm this route before the client files anything or "
        "travels."
    )
)


def for_the_reviewer(alternatives: list[dict]) -> list[dict]:
    """The alternatives with their "a lawyer must confirm" line said to the attorney."""
    return [
        item | {"alternative": replace(item["alternative"], confirm=REVIEWER_CONFIRM)}
        if item["alternative"].confirm
        else item
        for item in alternatives
    ]


def memo_context(case: Case, assessment: Assessment) -> dict:
    result = result_model.result_context(case.answers, assessment, pdf=True, about_client=True)
    _form, rows = tracker_rows(case, assessment)
    notes = list(case.notes.select_related("author"))
    reviewer = case.reviewed_by
    expedite = result["urgency"]["expedite"]  # already said under the urgent actions
    flags = [f for f in result["flags"] if expedite is None or f["flag"] is not expedite]
    return result | {
        "case": case,
        "client_language": client_language.describe(case),
        "generated_on": today(),
        "reviewer": (reviewer.get_full_name() or reviewer.get_username()) if reviewer else "",
        "rules_current": assessment.rules_version == RULES_VERSION,
        "current_rules_version": RULES_VERSION,
        "urgent_flags": [f for f in flags if f["severity"] in URGENT_SEVERITIES],
        "other_flags": [f for f in flags if f["severity"] not in URGENT_SEVERITIES],
        "memo_evidence": rows,  # one list: the tracker's state (from what the client said) and note
        "alternatives": for_the_reviewer(result["alternatives"]),
        "lead_alternatives": for_the_reviewer(result.get("lead_alternatives", [])),
        "attorney_notes": [n for n in notes if n.kind == NoteKind.ATTORNEY],
        "staff_notes": [n for n in notes if n.kind != NoteKind.ATTORNEY],
    }


@staff_required(VIEW_CASE)
@require_GET
def memo_pdf(request, reference):
    from screening.result.pdf import MEMO_STYLESHEET, render_pdf

    case = _case(request, reference)
    assessment = stored_assessment(case.answers, case.assessment)
    if assessment is None:
        messages.error(
            request, _("A draft has no result to put in a memo: finish the intake first.")
        )
        return redirect("staff:case_detail", reference=case.reference)
    with translation.override(MEMO_LANGUAGE):
        title = _("Attorney memo for case %(reference)s") % {"reference": case.reference}
        pdf = render_pdf(
            "pdf/memo.html",
            memo_context(case, assessment),
            title=title,
            lang=MEMO_LANGUAGE,
            stylesheet=MEMO_STYLESHEET,
            no_near_empty_page=True,
        )
    record(request, AuditAction.MEMO_DOWNLOADED, case)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="memo-{case.reference}.pdf"'
    return response
