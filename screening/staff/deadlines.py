"""Deadlines across cases: the "Deadlines" page (every open case's next deadline, soonest first)
and a case's deadlines as an .ics download.

The page reads only the copies stored on `Case` when its result was saved (`next_deadline_on`,
`parole_ends_on`, `window_opens_on`): it never calls the rules per row, so it costs the same few
queries for 10 cases or 10,000. It shows the cases the case list shows to the same person.
"""

from __future__ import annotations

import datetime as dt
import functools

from django import forms
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import date as date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from screening import clock
from screening.audit import record, record_view
from screening.models import AuditAction, Case, Status
from screening.result import ics
from screening.result.timeline import days_away, deadline_name
from screening.rules.deadlines import OPENING_IDS, opens

from .case_forms import staff_users
from .permissions import VIEW_CASE, cases_visible_to, staff_required, visible_case_or_404
from .snapshot import stored_assessment

PAGE_SIZE = 25
OPEN_STATUSES = [choice for choice in Status.choices if choice[0] != Status.CLOSED]
WINDOWS = {
    "overdue": _("Passed already"),
    "30": _("In the next 30 days"),
    "90": _("In the next 90 days"),
    "180": _("In the next 180 days"),
}
FIELDS = (
    "reference",
    "client_name",
    "status",
    "next_deadline_on",
    "next_deadline_id",
    "parole_ends_on",
    "window_opens_on",
    "assigned_to__username",
    "assigned_to__first_name",
    "assigned_to__last_name",
)


class DeadlineFilterForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assigned to"), required=False, queryset=None, empty_label=_("Anyone")
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any open status")), *OPEN_STATUSES]
    )
    window = forms.ChoiceField(
        label=_("When"), required=False, choices=[("", _("Any time")), *WINDOWS.items()]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["assignee"]
        field.queryset = staff_users()
        field.label_from_instance = lambda u: u.get_full_name() or u.username


def deadline_cases(form: DeadlineFilterForm, user, today: dt.date):
    """Open cases with a deadline, soonest first, narrowed by the form's valid values."""
    data = form.cleaned_data if form.is_valid() else {}
    cases = (
        cases_visible_to(user)
        .filter(next_deadline_on__isnull=False)
        .exclude(status=Status.CLOSED)
        .select_related("assigned_to")
        .only(*FIELDS)
    )
    if data.get("assignee"):
        cases = cases.filter(assigned_to=data["assignee"])
    if data.get("status"):
        cases = cases.filter(status=data["status"])
    window = data.get("window")
    if window == "overdue":  # a waiting period met in the past is reached, not overdue
        cases = cases.filter(next_deadline_on__lt=today).exclude(next_deadline_id__in=OPENING_IDS)
    elif window:
        end = today + dt.timedelta(days=int(window))
        cases = cases.filter(next_deadline_on__gte=today, next_deadline_on__lte=end)
    return cases.order_by("next_deadline_on", "pk")


def day_text(day: dt.date) -> str:
    """`{{ day|date }}` in the active language, made once per process for each language and
    day (Django formats a date letter by letter, translating the month each time)."""
    return _day_text(get_language(), day)


@functools.lru_cache(maxsize=4096)
def _day_text(language: str, day: dt.date) -> str:
    return date_format(day)


def deadline_row(case: Case, today: dt.date) -> dict:
    """What the lists show about a case's deadlines (no query: stored fields only), with the
    words ready to print: `staff/_next_deadline.html` only places them (a template's filters
    and translation blocks, 25 times a page, cost more than the rest of the row)."""
    day = case.next_deadline_on
    passed = bool(day and day < today)
    opening = opens(case.next_deadline_id)  # a day that opens a door is reached, not overdue
    overdue = passed and not opening
    reached = passed and opening
    when = days_away(day, today) if day else ""
    if overdue:
        when_text = gettext("passed, %(when)s") % {"when": when}
    elif reached:
        when_text = gettext("reached, %(when)s") % {"when": when}
    else:
        when_text = when
    return {
        "case": case,
        "date": day,
        "date_iso": day.isoformat() if day else "",
        "date_text": day_text(day) if day else "",
        "name": deadline_name(case.next_deadline_id, about_client=True),
        "when": when,
        "when_text": when_text,
        "overdue": overdue,
        "reached": reached,
        "parole_ended": case.parole_ended(today),
        "window_open": case.filing_window_open(today),
    }


@staff_required(VIEW_CASE)
@require_GET
def deadline_list(request):
    today = clock.today()
    form = DeadlineFilterForm(request.GET)
    record_view(request, action=AuditAction.DEADLINES_VIEWED)
    page = Paginator(deadline_cases(form, request.user, today), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "staff/deadline_list.html",
        {
            "form": form,
            "page": page,
            "rows": [deadline_row(case, today) for case in page.object_list],
            "query": query.urlencode(),
            "today": today,
        },
    )


@staff_required(VIEW_CASE)
@require_GET
def case_calendar(request, reference):
    """The case's coming deadlines as .ics: the reference and the dates, no personal data."""
    case = visible_case_or_404(request.user, reference)
    assessment = stored_assessment(case.answers, case.assessment)
    deadlines = assessment.deadlines if assessment else ()
    body = ics.deadlines_ics(deadlines, clock.today(), reference=case.reference)
    record(request, AuditAction.CALENDAR_DOWNLOADED, case)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{ics.download_name(case.reference)}"'
    return response
