"""Staff pages under /staff/. Every view requires login and a staff role (see permissions.py)."""

from django.urls import path

from . import deadlines, import_saved, memo, rescreen, review_views, views, wizard

app_name = "staff"

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("deadlines/", deadlines.deadline_list, name="deadline_list"),
    path("cases/new/", views.case_new, name="case_new"),
    path("cases/<str:reference>/", views.case_detail, name="case_detail"),
    path("cases/<str:reference>/edit/", views.case_edit, name="case_edit"),
    path("cases/<str:reference>/intake/", wizard.intake_start, name="intake_start"),
    path("cases/<str:reference>/intake/<str:step>/", wizard.intake_step, name="intake_step"),
    path("cases/<str:reference>/notes/", views.note_add, name="note_add"),
    path("cases/<str:reference>/evidence/", views.evidence_update, name="evidence_update"),
    path("cases/<str:reference>/status/", views.status_change, name="status_change"),
    path("cases/<str:reference>/review/", review_views.mark_reviewed, name="mark_reviewed"),
    path("cases/<str:reference>/review/reopen/", review_views.reopen_review, name="reopen_review"),
    path("cases/<str:reference>/rescreen/", rescreen.rescreen, name="rescreen"),
    path("cases/<str:reference>/memo.pdf", memo.memo_pdf, name="memo_pdf"),
    path("cases/<str:reference>/export.json", views.export_json, name="export_json"),
    path("cases/<str:reference>/saved-screening/", import_saved.import_saved, name="import_saved"),
    path("cases/<str:reference>/deadlines.ics", deadlines.case_calendar, name="case_calendar"),
]
