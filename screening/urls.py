"""The applicant's pages. Staff pages live in screening/staff/urls.py under /staff/."""

from django.urls import path

from . import result_views, views, wizard

urlpatterns = [
    path("", views.landing, name="landing"),
    path("screen/", wizard.start, name="screen_start"),
    path("screen/<str:step>/", wizard.screening_wizard, name="screen_step"),
    path("result/", result_views.result, name="result"),
    path("result/pdf/", result_views.result_pdf, name="result_pdf"),
]
