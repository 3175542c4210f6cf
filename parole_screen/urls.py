from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("screening.staff.accounts")),
    path("staff/", include("screening.staff.urls")),
    path("language/", set_language, name="set_language"),
    path("", include("screening.urls")),
]

handler400 = "screening.errors.bad_request"
