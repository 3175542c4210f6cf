"""The applicant's pages. Staff pages live in screening/staff/urls.py under /staff/."""

from django.urls import path

from . import result_views, screening_pages, views, wizard
from .privacy import views as privacy_views

urlpatterns = [
    path("", views.landing, name="landing"),
    path("saved/", privacy_views.saved, name="screen_saved"),
    path("saved/delete/", privacy_views.delete_own, name="screen_saved_delete"),
    path("resume/", privacy_views.resume, name="screen_resume"),
    path("screen/", wizard.start, name="screen_start"),
    path("screen/start-again/", screening_pages.start_again, name="screen_start_again"),
    path("screen/cleared/", screening_pages.cleared, name="screen_cleared"),
    path("screen/<str:step>/", wizard.screening_wizard, name="screen_step"),
    path("result/", result_views.result, name="result"),
    path("result/pdf/", result_views.result_pdf, name="result_pdf"),
    path("result/dates.ics", result_views.result_ics, name="result_ics"),
]
