from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("screening.staff.accounts")),
    path("staff/", include("screening.staff.urls")),
    path("", include("screening.urls")),
]

handler400 = "screening.errors.bad_request"
