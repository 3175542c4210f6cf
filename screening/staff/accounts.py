"""Staff sign-in pages: the lockout page after too many failed logins, and password reset by
email, which exists only when email is configured and is rate-limited when it does.

Lockouts are counted by django-axes and reset requests by django-ratelimit, both in the `default`
cache, so every app server sees the same counts.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.http import Http404
from django.shortcuts import render
from django.urls import path, reverse_lazy
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit

from parole_screen.cache import CacheUnavailable
from screening.audit import record
from screening.models import AuditAction


class StaffLogoutView(auth_views.LogoutView):
    """Signing out lands on the sign-in page, which says it happened."""

    def post(self, request, *args, **kwargs):
        was_signed_in = request.user.is_authenticated
        response = super().post(request, *args, **kwargs)
        if was_signed_in:  # kept in the new, anonymous session for the next page
            messages.success(request, _("You are signed out."))
        return response


class StaffLoginView(auth_views.LoginView):
    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "password_reset_enabled": settings.PASSWORD_RESET_ENABLED
        }


def locked_out(request, response=None, credentials=None):
    """django-axes' lockout response: the sign-in page again, with how long to wait (429)."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    context = {
        "form": AuthenticationForm(request, initial={"username": username}),
        "locked_out": True,
        "lockout_minutes": minutes,
        "password_reset_enabled": settings.PASSWORD_RESET_ENABLED,
    }
    return render(request, "registration/login.html", context, status=429)


def reset_enabled(view):
    """404 unless email is configured: a reset link that can never arrive helps nobody."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not settings.PASSWORD_RESET_ENABLED:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def _reset_rate(group, request) -> str:
    return settings.PASSWORD_RESET_RATE


def _email_key(group, request) -> str:
    return request.POST.get("email", "").strip().lower()


_reset_form_view = auth_views.PasswordResetView.as_view()


@reset_enabled
def password_reset(request):
    """The reset request, limited; without any cache to count in, refused (fail closed)."""
    try:
        return _limited_password_reset(request)
    except CacheUnavailable:
        form = PasswordResetForm(request.POST or None)
        context = {"form": form, "cannot_count": True}
        return render(request, "registration/password_reset_form.html", context, status=503)


@ratelimit(key="ip", rate=_reset_rate, method="POST", block=False)
@ratelimit(key=_email_key, rate=_reset_rate, method="POST", block=False)
def _limited_password_reset(request):
    if getattr(request, "limited", False):
        form = PasswordResetForm(request.POST)
        context = {"form": form, "rate_limited": True}
        return render(request, "registration/password_reset_form.html", context, status=429)
    response = _reset_form_view(request)
    if request.method == "POST" and response.status_code == 302:  # not the address typed
        record(request, AuditAction.PASSWORD_RESET_REQUESTED)
    return response


urlpatterns = [
    path("login/", StaffLoginView.as_view(), name="login"),
    path("logout/", StaffLogoutView.as_view(), name="logout"),
    path("password_change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("password_reset/", password_reset, name="password_reset"),
    path(
        "password_reset/done/",
        reset_enabled(auth_views.PasswordResetDoneView.as_view()),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        reset_enabled(
            auth_views.PasswordResetConfirmView.as_view(
                success_url=reverse_lazy("password_reset_complete")
            )
        ),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        reset_enabled(auth_views.PasswordResetCompleteView.as_view()),
        name="password_reset_complete",
    ),
]
