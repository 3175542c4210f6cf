"""Who got in, in the audit log: sign-ins, failed sign-ins, lockouts, sign-outs, password changes
and resets, and changes to who has which role or is an administrator, whichever way they are
made (the sign-in pages, the admin, `manage.py`).

Django's auth signals and django-axes' `user_locked_out` say when someone signs in or fails to;
model signals on the user say when a role, an administrator flag or a password changes. Those
fire without a request, so `RequestMiddleware` keeps the current one at hand (who made the
change, from which address); outside a request the actor is the command line.

Never recorded: a password, or what was typed in the password box. A failed sign-in records
the user name typed (it is how an attack on an account shows).
"""

from __future__ import annotations

from contextvars import ContextVar

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver
from django.urls import resolve
from django.urls.exceptions import Resolver404

from .audit import recently, record
from .models import AuditAction

_request: ContextVar = ContextVar("audit_request", default=None)
COMMAND_LINE = "manage.py"


class RequestMiddleware:
    """Makes the request known to the signal receivers below and to `current_request`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def current_request():
    return _request.get()


def _record(action, **detail):
    request = current_request()
    actor = None if request is not None else COMMAND_LINE
    return record(request, action, actor=actor, **detail)


# ---------------------------------------------------------------------------------------------
# Signing in and out


@receiver(user_logged_in)
def signed_in(sender, request, user, **kwargs):
    record(request, AuditAction.SIGNED_IN)


@receiver(user_logged_out)
def signed_out(sender, request, user, **kwargs):
    if user is not None:
        record(request, AuditAction.SIGNED_OUT)


@receiver(user_login_failed)
def sign_in_failed(sender, credentials, request=None, **kwargs):
    """A wrong password, or a try refused because of a lockout (axes' handler, which runs
    before this receiver, says which)."""
    typed = str((credentials or {}).get("username") or "")[:150]
    checked = getattr(request, "password_checked", True)
    if not checked:
        # Refused unread while locked: one row per name and address every few minutes.
        address = getattr(request, "axes_ip_address", None)
        who = {"username": typed, "ip_address": address, "detail__locked": True}
        if recently(AuditAction.SIGN_IN_FAILED, **who):
            return
    record(request, AuditAction.SIGN_IN_FAILED, actor=typed, locked=not checked)
    if getattr(request, "lock_started", False):
        record(request, AuditAction.LOCKED_OUT, actor=typed)


# ---------------------------------------------------------------------------------------------
# Passwords, roles and administrators


def _password_reset_request(request) -> bool:
    try:
        return resolve(request.path_info).url_name == "password_reset_confirm"
    except Resolver404:
        return False


@receiver(pre_save, sender=get_user_model())
def remember_account(sender, instance, update_fields=None, raw=False, **kwargs):
    """The stored flags and password hash, to compare once the save has gone through."""
    if raw or instance.pk is None:
        instance._audit_before = None
        return
    instance._audit_before = (
        sender.objects.filter(pk=instance.pk)
        .values("is_superuser", "is_staff", "is_active", "password")
        .first()
    )
    # Django re-hashes a password with a stronger hasher at sign-in (update_fields=["password"]):
    # the password itself is the same, so that is not a change.
    instance._audit_password = update_fields is None or "password" not in set(update_fields or ())


@receiver(post_save, sender=get_user_model())
def account_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    target = {"user": instance.get_username()}
    before = getattr(instance, "_audit_before", None)
    if created:
        if instance.is_superuser:
            _record(AuditAction.SUPERUSER_CHANGED, **target, superuser=True)
        return
    if before is None:
        return
    if before["is_superuser"] != instance.is_superuser:
        _record(AuditAction.SUPERUSER_CHANGED, **target, superuser=instance.is_superuser)
    changed = {
        flag: getattr(instance, flag)
        for flag in ("is_staff", "is_active")
        if before[flag] != getattr(instance, flag)
    }
    if changed:
        _record(AuditAction.ACCOUNT_CHANGED, **target, **changed)
    if getattr(instance, "_audit_password", False) and before["password"] != instance.password:
        request = current_request()
        if request is not None and _password_reset_request(request):
            record(request, AuditAction.PASSWORD_RESET, actor=instance.get_username())
        else:
            _record(AuditAction.PASSWORD_CHANGED, **target)


@receiver(m2m_changed, sender=get_user_model().groups.through)
def roles_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A role is a group: record who was given or lost which, from either side of the link."""
    from django.contrib.auth.models import Group

    if action == "pre_clear":
        instance._audit_cleared = (
            list(instance.user_set.values_list("pk", flat=True))
            if reverse
            else list(instance.groups.values_list("name", flat=True))
        )
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    key = "removed" if action in ("post_remove", "post_clear") else "added"
    if action == "post_clear":
        cleared = getattr(instance, "_audit_cleared", [])
        if reverse:
            pk_set = set(cleared)
        else:
            if cleared:
                _record(AuditAction.ROLE_CHANGED, user=instance.get_username(), removed=cleared)
            return
    if not pk_set:
        return
    if reverse:  # group.user_set.add(...): one row per person
        users = get_user_model().objects.filter(pk__in=pk_set)
        for user in users:
            _record(AuditAction.ROLE_CHANGED, user=user.get_username(), **{key: [instance.name]})
    else:
        names = sorted(Group.objects.filter(pk__in=pk_set).values_list("name", flat=True))
        _record(AuditAction.ROLE_CHANGED, user=instance.get_username(), **{key: names})
