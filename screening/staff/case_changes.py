"""Changes made from the case page: notes, the evidence tracker and the status. Each save
that changes the case claims its version first (`versions.claim`); a refused one shows the case
page again with what was saved meanwhile and what this person chose or typed."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from screening.audit import record
from screening.models import AuditAction, EvidenceItem, Note, NoteKind, Status

from .case_forms import NoteForm, StatusForm
from .conflicts import rebase
from .evidence import tracker_rows
from .permissions import (
    ADD_ATTORNEY_NOTE,
    ADD_NOTE,
    CHANGE_CASE,
    CHANGE_EVIDENCE,
    VIEW_CASE,
    staff_required,
)
from .snapshot import stored_assessment
from .versions import CaseChanged, claim, posted_version, record_change
from .views import _case, case_context, case_page_conflict


@staff_required(VIEW_CASE, ADD_NOTE)
@require_POST
def note_add(request, reference):
    case = _case(request, reference)
    can_attorney_note = request.user.has_perm(ADD_ATTORNEY_NOTE)
    form = NoteForm(request.POST, can_write_attorney_notes=can_attorney_note)
    if request.POST.get("kind") == NoteKind.ATTORNEY and not can_attorney_note:
        return HttpResponse(_("Only attorneys can write attorney notes."), status=403)
    if form.is_valid():
        Note.objects.create(
            case=case,
            author=request.user,
            kind=form.cleaned_data["kind"],
            body=form.cleaned_data["body"],
        )
        record(request, AuditAction.NOTE_ADDED, case, kind=form.cleaned_data["kind"])
        messages.success(request, _("The note was added."))
        return redirect(reverse("staff:case_detail", args=[case.reference]) + "#notes")
    # Shown again with the text as typed, so a note over the limit can be shortened.
    context = case_context(request, case, note_form=form)
    return render(request, "staff/case_detail.html", context)


@staff_required(VIEW_CASE, CHANGE_EVIDENCE)
@require_POST
def evidence_update(request, reference):
    case = _case(request, reference)
    assessment = stored_assessment(case.answers, case.assessment)
    ids = [e.id for e in assessment.evidence] if assessment else []
    form, _rows = tracker_rows(case, assessment, request.POST)
    if not form.is_valid():
        context = case_context(request, case, evidence_data=request.POST)
        return render(request, "staff/case_detail.html", context)
    items = {item.evidence_id: item for item in case.evidence_items.all()}
    writes = []
    for evidence_id in ids:
        state = form.cleaned_data[f"state__{evidence_id}"]
        note = form.cleaned_data[f"note__{evidence_id}"]
        item = items.get(evidence_id)
        if item is None:
            if state == form.initial[f"state__{evidence_id}"] and not note:
                continue
            item = EvidenceItem(case=case, evidence_id=evidence_id)
        elif item.state == state and item.note == note:
            continue
        writes.append((item, state, note))
    if writes:  # the same as stored: nothing to save, nothing anyone could lose
        try:
            with transaction.atomic():
                claim(case, posted_version(request))
                for item, state, note in writes:
                    item.state, item.note, item.updated_by = state, note, request.user
                    item.save()
                case.updated_by = request.user
                case.save(update_fields=["updated_by", "updated_at"])
                changed = [{"id": item.evidence_id, "state": state} for item, state, _n in writes]
                record_change(request, AuditAction.EVIDENCE_UPDATED, case, items=changed)
        except CaseChanged as conflict:
            return evidence_conflict(request, conflict, form)
    messages.success(request, _("The evidence tracker was saved."))
    return redirect(reverse("staff:case_detail", args=[case.reference]) + "#evidence")


def evidence_conflict(request, conflict: CaseChanged, posted):
    case = _case(request, conflict.case.reference)
    fresh, _rows = tracker_rows(case, stored_assessment(case.answers, case.assessment))

    def label_of(name: str) -> str:
        kind, _sep, evidence_id = name.partition("__")
        document = fresh.names[evidence_id]
        if kind == "state":
            return _("%(document)s: state") % {"document": document}
        return _("%(document)s: note") % {"document": document}

    data, rows = rebase(posted, fresh, case.version, label_of)
    advice = _(
        "Your changes to the evidence tracker were not saved. Nothing you chose or typed was "
        "lost: it is in the tracker below, on top of the tracker as it is now. Check it, then "
        "save again."
    )
    return case_page_conflict(
        request, conflict, "evidence", advice, evidence_data=data, conflict_fields=rows
    )


@staff_required(VIEW_CASE, CHANGE_CASE)
@require_POST
def status_change(request, reference):
    case = _case(request, reference)
    form = StatusForm(request.POST, case=case)
    if form.is_valid():
        old = case.status
        try:
            with transaction.atomic():
                claim(case, posted_version(request))
                case.status = form.cleaned_data["status"]
                case.updated_by = request.user
                case.save(update_fields=["status", "updated_by", "updated_at"])
                record_change(request, AuditAction.STATUS_CHANGED, case, old=old, new=case.status)
        except CaseChanged as conflict:
            chosen = form.cleaned_data["status"]
            advice = _(
                "The status was not changed. Your choice, “%(status)s”, is still selected "
                "below: check what was saved meanwhile, then change the status again."
            ) % {"status": dict(Status.choices)[chosen]}
            return case_page_conflict(request, conflict, "status", advice, status=chosen)
        messages.success(request, _("The status was changed."))
    else:
        for error in form.errors.get("status", []):
            messages.error(request, error)
    return redirect("staff:case_detail", reference=case.reference)
