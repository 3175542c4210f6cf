from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from screening.wizard.language_switch import reference_english

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("screening.staff.accounts")),
    path("staff/", include("screening.staff.urls")),
    path("language/", set_language, name="set_language"),
    path("language/english/", reference_english, name="reference_english"),
    path("", include("screening.urls")),
]

handler400 = "screening.errors.bad_request"
