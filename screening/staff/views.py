"""The staff workspace: case list, case page, notes, evidence tracker, status and export (review
is in review_views.py, re-screen in rescreen.py, the memo in memo.py). Thin views: the rules
decide, `screening.audit` records, templates render.

Every view is wrapped in `staff_required(...)`: anonymous users are sent to the login page, a
logged-in user without the permission gets 403 before any case is looked up, so a guessed
reference tells an outsider nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case as SqlCase
from django.db.models import IntegerField, Value, When
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from screening import clock
from screening.audit import record, record_view
from screening.models import (
    AuditAction,
    AuditEvent,
    Case,
    CaseSnapshot,
    SnapshotReason,
    Status,
    Urgency,
)
from screening.result import labels
from screening.result.model import describe_answers, result_context
from screening.result.timeline import has_upcoming

from . import client_language
from .case_forms import (
    SORTS,
    CaseDetailsForm,
    CaseFilterForm,
    ClientCodeForm,
    NewCaseForm,
    NoteForm,
    StatusForm,
    changed_from_stored,
)
from .conflicts import conflict_context, rebase
from .deadlines import day_text, deadline_row
from .diff_text import history_rows
from .drafts import draft_history_rows
from .evidence import tracker_rows
from .permissions import (
    ADD_ATTORNEY_NOTE,
    ADD_CASE,
    CHANGE_CASE,
    REVIEW_CASE,
    VIEW_CASE,
    cases_visible_to,
    staff_required,
    visible_case_or_404,
)
from .review import last_cleared_review
from .search import search_cases, sort_by_name
from .snapshot import stored_assessment
from .versions import CaseChanged, claim, posted_version, record_change, refused

PAGE_SIZE = 25
LIST_FIELDS = (
    "reference",
    "client_name",
    "status",
    "urgency",
    "verdict_summary",
    "next_deadline_on",
    "next_deadline_id",
    "parole_ends_on",
    "window_opens_on",
    "updated_at",
    "created_at",
    "assigned_to__username",
    "assigned_to__first_name",
    "assigned_to__last_name",
)
ORDERINGS = {
    "updated": ("-updated_at", "-pk"),
    "created": ("-created_at", "-pk"),
    "urgency": ("urgency_rank", "-updated_at", "-pk"),
}


def form_errors(form) -> list[dict]:
    """A bound form's errors for the page's error summary: {text, anchor}."""
    if not form.is_bound:
        return []
    return [
        {"text": error, "anchor": form[name].auto_id if name in form.fields else ""}
        for name, errors in form.errors.items()
        for error in errors
    ]


def today() -> dt.date:
    return clock.today()


def _case(request, reference: str) -> Case:
    return visible_case_or_404(request.user, reference, Case.objects.select_related("assigned_to"))


# ---------------------------------------------------------------------------------------------
# Case list


def filtered_cases(params: CaseFilterForm, user):
    """The case list's queryset for valid filter values (one query for the page, one to count)."""
    data = params.cleaned_data
    cases = cases_visible_to(user, Case.objects.select_related("assigned_to").only(*LIST_FIELDS))
    if query := data.get("q", "").strip():
        cases = search_cases(cases, query)
    if data.get("status"):
        cases = cases.filter(status=data["status"])
    if data.get("urgency"):
        cases = cases.filter(urgency=data["urgency"])
    pathway, verdict = data.get("pathway"), data.get("verdict")
    if pathway and verdict:
        cases = cases.filter(verdicts__pathway=pathway, verdicts__verdict=verdict)
    elif pathway:
        cases = cases.filter(verdicts__pathway=pathway)
    elif verdict:
        cases = cases.filter(verdicts__verdict=verdict).distinct()
    if data.get("mine"):
        cases = cases.filter(assigned_to=user)
    sort = data.get("sort") or "updated"
    if sort == "urgency":
        cases = cases.annotate(
            urgency_rank=SqlCase(
                When(urgency="emergency", then=Value(0)),
                When(urgency="urgent", then=Value(1)),
                When(urgency="standard", then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        )
    if sort == "name":  # names are encrypted: the database cannot order them
        return sort_by_name(cases)
    return cases.order_by(*ORDERINGS[sort])


def list_rows(cases, day: dt.date) -> list[dict]:
    """The case list's rows, their values ready to print: the template only places them (its
    lookups, filters and tags on 25 rows were half the page's time). Each label is translated
    once per page, not once per row (`get_status_display` translates every choice per call)."""
    statuses = {value: str(label) for value, label in Status.choices}
    urgencies = {value: str(label) for value, label in Urgency.choices}

    @functools.cache
    def words(table: str, key: str) -> str:
        return str(labels.name(getattr(labels, table), key, about_client=True))

    rows = []
    for case in cases:
        changed = template_localtime(case.updated_at)
        person = case.assigned_to
        rows.append(
            deadline_row(case, day)
            | {
                "url": reverse("staff:case_detail", args=[case.reference]),
                "reference": case.reference,
                "client_name": case.client_name,
                "status": case.status,
                "status_label": statuses.get(case.status, case.status),
                "urgency": case.urgency,
                "urgency_label": urgencies.get(case.urgency, case.urgency),
                "assignee": (person.get_full_name() or person.username) if person else "",
                "changed_iso": changed.isoformat(),  # what |date:'c' prints
                "changed_text": day_text(changed.date()),  # DATE_FORMAT shows no time
                "verdicts": [
                    {
                        "id": pathway,
                        "name": words("PATHWAYS", pathway),
                        "verdict": verdict,
                        "label": words("VERDICTS", verdict),
                    }
                    for pathway, verdict in (case.verdict_summary or {}).items()
                ],
            }
        )
    return rows


@staff_required(VIEW_CASE)
@require_GET
def case_list(request):
    form = CaseFilterForm(request.GET)
    form.is_valid()  # a bad value is shown next to its field; the valid ones still filter
    if form.cleaned_data.get("q", "").strip():  # that a search happened, never its words
        record(request, AuditAction.CASES_SEARCHED)
    record_view(request, action=AuditAction.CASES_LISTED)
    cases = filtered_cases(form, request.user)
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    day = today()
    rows = list_rows(page.object_list, day)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "staff/case_list.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "query": query.urlencode(),
            "sorts": SORTS,
            # Sorting or paging alone is not a filter: an empty list then means no cases at all.
            "filtered": any(v for k, v in request.GET.items() if k not in ("page", "sort")),
        },
    )


# ---------------------------------------------------------------------------------------------
# Starting a case and editing its details


@staff_required(ADD_CASE)
@require_http_methods(["GET", "POST"])
def case_new(request):
    form = NewCaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        case = form.save(commit=False)
        case.created_by = case.updated_by = case.assigned_to = request.user
        case.status = Status.DRAFT
        case.save()
        record(request, AuditAction.CASE_CREATED, case)
        return redirect("staff:intake_start", reference=case.reference)
    return render(request, "staff/case_new.html", {"form": form})


@staff_required(VIEW_CASE, CHANGE_CASE)
@require_http_methods(["GET", "POST"])
def case_edit(request, reference):
    case = _case(request, reference)
    form = CaseDetailsForm(request.POST or None, instance=case)
    if request.method == "GET":
        record_view(request, case, page="edit")
    if request.method == "POST" and form.is_valid():
        fields = changed_from_stored(form)
        if not fields:  # the same as stored: nothing to save, nothing anyone could lose
            record(request, AuditAction.CASE_EDITED, case, fields=fields)
        else:
            try:
                with transaction.atomic():
                    claim(case, posted_version(request))
                    case = form.save(commit=False)
                    case.updated_by = request.user
                    case.save()
                    record_change(request, AuditAction.CASE_EDITED, case, fields=fields)
            except CaseChanged as conflict:
                return details_conflict(request, conflict, form)
        messages.success(request, _("The case details were saved."))
        return redirect("staff:case_detail", reference=case.reference)
    return render(request, "staff/case_edit.html", {"case": case, "form": form})


def details_conflict(request, conflict: CaseChanged, posted: CaseDetailsForm):
    """The details form again on the case as it is now, with this person's changes on top."""
    refused(request, conflict, "details")
    case = _case(request, conflict.case.reference)
    data, rows = rebase(posted, CaseDetailsForm(instance=case), case.version)
    context = conflict_context(
        case,
        conflict.opened_at,
        fields=rows,
        advice=_(
            "Your changes were not saved. Nothing you typed was lost: it is in the form below, "
            "on top of the details as they are now. Check them, then save again."
        ),
    )
    form = CaseDetailsForm(data, instance=case)
    return render(
        request, "staff/case_edit.html", {"case": case, "form": form} | context, status=409
    )


# ---------------------------------------------------------------------------------------------
# The case page


def case_context(
    request, case: Case, *, note_form=None, evidence_data=None, status=None, import_form=None
) -> dict:
    """The case page's context; a refused note or tracker comes back bound, with its errors
    (a refused status or code comes back as chosen or typed)."""
    assessment = stored_assessment(case.answers, case.assessment)
    # Staff read the rules' messages about the client ("The client entered ..."), as the memo does.
    result = result_context(case.answers, assessment, about_client=True) if assessment else {}
    evidence_form, evidence_rows = tracker_rows(case, assessment, evidence_data)
    can_attorney_note = request.user.has_perm(ADD_ATTORNEY_NOTE)
    note_form = note_form or NoteForm(can_write_attorney_notes=can_attorney_note)
    return result | {
        "case": case,
        "client_language": client_language.describe(case),
        "deadline_marks": deadline_row(case, today()),
        "calendar_url": reverse("staff:case_calendar", args=[case.reference])
        if has_upcoming(result.get("deadlines", []))
        else None,
        "has_result": assessment is not None,
        "client_answer_rows": describe_answers(case.answers),
        "evidence_form": evidence_form,
        "evidence_rows": evidence_rows,
        "notes": case.notes.select_related("author"),
        "note_form": note_form,
        "page_errors": [*form_errors(note_form), *form_errors(evidence_form)],
        "status_form": StatusForm(case=case, initial={"status": status or case.status}),
        "history": history_rows(case.snapshots.select_related("replaced_by"), case.assessment),
        "audit_events": AuditEvent.objects.filter(case_reference=case.reference)[:100],
        "can_review": request.user.has_perm(REVIEW_CASE),
        "review_cleared": last_cleared_review(case),
        "import_form": import_form or ClientCodeForm(),
        "draft_history": draft_history_rows(case),
    }


@staff_required(VIEW_CASE)
@require_GET
def case_detail(request, reference):
    case = _case(request, reference)
    record_view(request, case)
    return render(request, "staff/case_detail.html", case_context(request, case))


def case_page_conflict(request, conflict: CaseChanged, form: str, advice: str, **context):
    """The case page as it is now, saying what was saved meanwhile; `context` keeps what this
    person chose or typed (a tracker's data, a status, a code)."""
    refused(request, conflict, form)
    case = _case(request, conflict.case.reference)
    extra = context.pop("conflict_fields", [])
    page = case_context(request, case, **context)
    page |= conflict_context(case, conflict.opened_at, advice=advice, fields=extra)
    return render(request, "staff/case_detail.html", page, status=409)


# ---------------------------------------------------------------------------------------------
# Replacing a case's result (a confirmed edit or an accepted re-screen)


def replace_result(case: Case, answers: dict, assessment, user, reason: SnapshotReason) -> None:
    """Keep the case's current result in its history, then store the new one."""
    if case.assessment:
        CaseSnapshot.objects.create(
            case=case,
            answers=case.answers,
            assessment=case.assessment,
            rules_version=case.rules_version,
            as_of=case.as_of,
            reason=reason,
            replaced_by=user,
        )
    case.set_assessment(answers, assessment)
    case.updated_by = user
    case.save()
    case.sync_verdicts()


# ---------------------------------------------------------------------------------------------
# Export


@staff_required(VIEW_CASE)
@require_GET
def export_json(request, reference):
    case = _case(request, reference)
    payload = {
        "reference": case.reference,
        # as given: a null is "I'm not sure" (unknown to the rules), listed again for readers
        "answers": case.answers,
        "answered_not_sure": [key for key, value in (case.answers or {}).items() if value is None],
        "assessment": case.assessment,
        "rules_version": case.rules_version,
        "as_of": case.as_of.isoformat() if case.as_of else None,
    }
    record(request, AuditAction.EXPORTED, case)
    response = HttpResponse(
        json.dumps(payload, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="case-{case.reference}.json"'
    return response
