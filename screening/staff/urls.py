"""Staff pages under /staff/. Every view requires login and a staff role (see permissions.py)."""

from django.urls import path, register_converter

from screening.models import REFERENCE_ALPHABET

from . import (
    case_changes,
    deadlines,
    facts,
    import_saved,
    memo,
    rescreen,
    review_views,
    views,
    wizard,
)


class ReferenceConverter:
    """A case reference as issued (PS-7K3M-9Q2X): anything else is 404 before a view runs, so a
    malformed one (PS-%00) never reaches the database."""

    regex = f"PS-[{REFERENCE_ALPHABET}]{{4}}-[{REFERENCE_ALPHABET}]{{4}}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ReferenceConverter, "reference")

app_name = "staff"

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("cases/new/", views.case_new, name="case_new"),
    path("deadlines/", deadlines.deadline_list, name="deadline_list"),
    path("facts/", facts.facts_register, name="facts"),
    path("cases/<reference:reference>/", views.case_detail, name="case_detail"),
    path("cases/<reference:reference>/edit/", views.case_edit, name="case_edit"),
    path("cases/<reference:reference>/intake/", wizard.intake_start, name="intake_start"),
    path("cases/<reference:reference>/intake/<str:step>/", wizard.intake_step, name="intake_step"),
    path("cases/<reference:reference>/notes/", case_changes.note_add, name="note_add"),
    path(
        "cases/<reference:reference>/evidence/",
        case_changes.evidence_update,
        name="evidence_update",
    ),
    path("cases/<reference:reference>/status/", case_changes.status_change, name="status_change"),
    path("cases/<reference:reference>/review/", review_views.mark_reviewed, name="mark_reviewed"),
    path(
        "cases/<reference:reference>/review/reopen/",
        review_views.reopen_review,
        name="reopen_review",
    ),
    path("cases/<reference:reference>/rescreen/", rescreen.rescreen, name="rescreen"),
    path("cases/<reference:reference>/memo.pdf", memo.memo_pdf, name="memo_pdf"),
    path("cases/<reference:reference>/export.json", views.export_json, name="export_json"),
    path(
        "cases/<reference:reference>/saved-screening/",
        import_saved.import_saved,
        name="import_saved",
    ),
    path(
        "cases/<reference:reference>/deadlines.ics",
        deadlines.case_calendar,
        name="case_calendar",
    ),
]
