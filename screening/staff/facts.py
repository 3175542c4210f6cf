"""The facts register for staff (`/staff/facts/`): what the rules hold on a day someone picks, and
what changed since another day, each value with its source and how sure it is in words.

It reads `screening.facts.register`, the same objects `docs/facts.md` is written from, so a new
dated value appears here with no change. Every staff role may read it; it holds no client data.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from screening import clock
from screening.facts.register import Entry, changes, concerns, value_text

from .permissions import VIEW_CASE, staff_required

CONFIDENCE_WORDS = {
    "C": _("Confirmed from a primary text (a statute, the Federal Register, a court order, USCIS)"),
    "S": _("Reported by secondary sources only, not confirmed by a primary text"),
    "U": _("Not confirmed"),
}
# The concerns' headings in the reader's language; a knowledge module not named here shows the
# first paragraph of its docstring (in English).
CONCERN_TITLES = {
    "after_grant": _("Life after a grant of parole: work-permit fees and dated changes"),
    "after_parole": _("What comes after parole: the forms and fees of the routes to a status"),
    "detention": _("Detention and release from custody"),
    "calibration": _("How requests fare, fees on the day, and re-checked 2025-26 facts"),
    "fees": _("Fees and the parole-fee exceptions"),
    "forms": _("Form editions"),
    "history": _("Immigration history: bars, reinstatement, expedited removal, registration"),
    "parole_end": _("When DHS ended a program's parole early"),
    "policies": _("Policies whose effect depends on the date"),
    "presence": _("Unlawful presence, TPS travel and the annual asylum fee"),
    "programs": _("Program statuses"),
    "re_parole": _("When to ask for re-parole"),
    "restrictions": _("Travel bans and USCIS processing holds"),
    "tps": _("Temporary Protected Status (TPS) by country"),
}
DATE_ERROR = _("Enter a real date as year-month-day, for example 2026-11-28.")


class DayField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"})
    input_formats = ["%Y-%m-%d"]
    default_error_messages = {"invalid": DATE_ERROR}


class FactsForm(forms.Form):
    on = DayField(
        label=_("What the rules hold on"),
        required=False,
        help_text=_("Leave it empty for today."),
    )
    since = DayField(
        label=_("What changed since"),
        required=False,
        help_text=_("Optional: the changes after this day, up to the day above."),
    )

    def clean(self):
        cleaned = super().clean()
        on, since = cleaned.get("on"), cleaned.get("since")
        if on and since and since >= on:
            self.add_error("since", _("Pick a day before the day above."))
        return cleaned


def entry_view(entry: Entry) -> dict:
    """One value as the page shows it."""
    return {
        "value": value_text(entry.value, empty=gettext("none")),
        "starts": entry.starts,
        "ends": entry.ends,
        "note": gettext(entry.note) if entry.note else "",
        "source": entry.source,
        "confidence": entry.confidence,
        "confidence_words": CONFIDENCE_WORDS.get(entry.confidence, entry.confidence),
        "verified_on": entry.verified_on,
    }


def register_on(day: dt.date) -> list[dict]:
    """Every concern with each fact's value in force on `day`."""
    return [
        {
            "title": CONCERN_TITLES.get(concern.module, concern.title),
            "title_in_english": concern.module not in CONCERN_TITLES,
            "module": concern.module,
            "facts": [
                {
                    "what": fact.what,
                    "name": fact.name,
                    "entry": entry_view(entry) if entry else None,
                }
                for fact in concern.facts
                for entry in [fact.on(day)]
            ],
        }
        for concern in concerns()
    ]


def change_rows(after: dt.date | None, until: dt.date | None) -> list[dict]:
    return [
        {
            "day": change.day,
            "what": change.fact.what,
            "before": value_text(change.before.value, empty=gettext("none"))
            if change.before
            else "",
            "entry": entry_view(change.entry),
        }
        for change in changes(after, until)
    ]


@staff_required(VIEW_CASE)
@require_GET
def facts_register(request):
    today = clock.today()
    form = FactsForm(request.GET or None)
    valid = form.is_valid() if form.is_bound else True
    data = form.cleaned_data if form.is_bound and valid else {}
    day = data.get("on") or today
    since = data.get("since")
    context = {
        "form": form,
        "valid": valid,
        "day": day,
        "today": today,
        "since": since,
        "register": register_on(day) if valid else [],
        "changed": change_rows(since, day) if valid and since else [],
        "coming": change_rows(day, None) if valid else [],
    }
    return render(request, "staff/facts.html", context)
