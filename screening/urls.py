"""The applicant's pages. Staff pages live in screening/staff/urls.py under /staff/."""

from django.urls import path

from .privacy import views as privacy_views
from .result import views as result_views
from .wizard import pages
from .wizard import view as wizard

urlpatterns = [
    path("", pages.landing, name="landing"),
    path("saved/", privacy_views.saved, name="screen_saved"),
    path("saved/delete/", privacy_views.delete_own, name="screen_saved_delete"),
    path("resume/", privacy_views.resume, name="screen_resume"),
    path("screen/", wizard.start, name="screen_start"),
    path("screen/start-again/", pages.start_again, name="screen_start_again"),
    path("screen/cleared/", pages.cleared, name="screen_cleared"),
    path("screen/<str:step>/", wizard.screening_wizard, name="screen_step"),
    path("result/", result_views.result, name="result"),
    path("result/pdf/", result_views.result_pdf, name="result_pdf"),
    path("result/dates.ics", result_views.result_ics, name="result_ics"),
]
