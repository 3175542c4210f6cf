"""The audit log records who got in: sign-in, failed sign-in, lockout, unlock, sign-out, password
change and reset, role and administrator changes in the admin, refused access to a case, and the
case list and Deadlines views (one row for a few minutes of them)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from screening.models import AuditAction, AuditEvent
from screening.staff.permissions import ATTORNEY, PARALEGAL, ensure_groups

pytestmark = pytest.mark.django_db
PASSWORD = "the right pass phrase 7"


@pytest.fixture
def ana(django_user_model):
    user = django_user_model.objects.create_user(
        username="ana", email="ana@example.org", password=PASSWORD
    )
    user.groups.add(ensure_groups()[ATTORNEY])
    return user


def rows(action) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action).order_by("pk"))


def sign_in(client, password, address="203.0.113.5", username="ana"):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_signing_in_failing_and_signing_out_are_recorded_without_the_password(ana):
    client = Client()
    sign_in(client, "a wrong guess")
    assert sign_in(client, PASSWORD).status_code == 302
    client.post("/accounts/logout/", REMOTE_ADDR="203.0.113.5")
    [failed] = rows(AuditAction.SIGN_IN_FAILED)
    assert (failed.username, failed.user, failed.ip_address) == ("ana", None, "203.0.113.5")
    assert failed.detail == {"locked": False}
    [signed_in] = rows(AuditAction.SIGNED_IN)
    assert signed_in.user == ana and signed_in.ip_address == "203.0.113.5"
    assert rows(AuditAction.SIGNED_OUT)[0].user == ana
    for event in AuditEvent.objects.all():
        assert "guess" not in str(event.detail) and PASSWORD not in str(event.detail)


def test_a_lockout_is_recorded_once_and_the_refused_tries_do_not_flood_the_log(ana):
    client = Client()
    for _ in range(5):
        sign_in(client, "guess")
    for _ in range(6):
        assert sign_in(client, PASSWORD).status_code == 429
    assert len(rows(AuditAction.LOCKED_OUT)) == 1
    failed = rows(AuditAction.SIGN_IN_FAILED)
    assert [e.detail["locked"] for e in failed] == [False] * 5 + [True]


def test_unlocking_lifts_the_account_and_the_address_it_was_locked_from(ana, django_user_model):
    django_user_model.objects.create_user(username="ana.smith")  # a name she tried first
    client = Client()
    sign_in(client, "guess", username="ana.smith")
    for _ in range(4):
        sign_in(client, "guess")
    assert sign_in(client, PASSWORD).status_code == 429  # at her own desk
    out = io.StringIO()
    call_command("unlock_login", "ana", stdout=out)
    assert "Unlocked ana (203.0.113.5)." in out.getvalue()
    assert sign_in(Client(), PASSWORD).status_code == 302  # the same desk, the same address
    [unlocked] = rows(AuditAction.UNLOCKED)
    assert unlocked.username == "manage.py unlock_login"
    assert unlocked.detail == {"user": "ana", "addresses": ["203.0.113.5"]}


def test_a_password_change_is_recorded(ana):
    client = Client()
    client.force_login(ana)
    new = "a brand new pass phrase 9"
    changed = client.post(
        "/accounts/password_change/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert changed.status_code == 302
    [event] = rows(AuditAction.PASSWORD_CHANGED)
    assert event.user == ana and event.detail == {"user": "ana"}


@override_settings(PASSWORD_RESET_ENABLED=True)
def test_a_password_reset_is_recorded(ana):
    client = Client()
    assert client.post("/accounts/password_reset/", {"email": "ana@example.org"}).status_code
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    new = "a brand new pass phrase 9"
    client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert len(rows(AuditAction.PASSWORD_RESET_REQUESTED)) == 1
    [reset] = rows(AuditAction.PASSWORD_RESET)
    assert reset.username == "ana" and reset.user is None  # signed out while resetting
    assert not rows(AuditAction.PASSWORD_CHANGED)


def test_a_stronger_hash_at_sign_in_is_not_a_password_change(ana, settings):
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.ScryptPasswordHasher",  # new hashes with scrypt...
        *settings.PASSWORD_HASHERS,  # ...while ana's PBKDF2 one still opens
    ]
    assert sign_in(Client(), PASSWORD).status_code == 302
    ana.refresh_from_db()
    assert ana.password.startswith("scrypt$")
    assert not rows(AuditAction.PASSWORD_CHANGED)


def test_making_someone_an_administrator_or_changing_their_role_in_the_admin(
    ana, administrator, django_user_model
):
    admin = Client()
    admin.force_login(administrator)
    url = f"/admin/auth/user/{ana.pk}/change/"
    page = admin.get(url)
    assert page.status_code == 200
    paralegal = ensure_groups()[PARALEGAL]
    data = {
        "username": "ana",
        "email": "ana@example.org",
        "is_active": "on",
        "is_staff": "on",
        "is_superuser": "on",
        "groups": [str(paralegal.pk)],
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "09:00:00",
        "initial-date_joined_0": "2026-01-01",
        "initial-date_joined_1": "09:00:00",
    }
    response = admin.post(url, data, REMOTE_ADDR="192.0.2.9")
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    [superuser] = [e for e in rows(AuditAction.SUPERUSER_CHANGED) if e.detail["user"] == "ana"]
    assert superuser.username == "adam_admin" and superuser.ip_address == "192.0.2.9"
    assert superuser.detail == {"user": "ana", "superuser": True}
    roles = rows(AuditAction.ROLE_CHANGED)
    details = [e.detail for e in roles]
    assert {"user": "ana", "removed": ["attorney"]} in details
    assert {"user": "ana", "added": ["paralegal"]} in details
    assert {"user": "ana", "is_staff": True} in [
        e.detail for e in rows(AuditAction.ACCOUNT_CHANGED)
    ]


def test_a_role_given_from_the_command_line_says_so(django_user_model):
    user = django_user_model.objects.create_user(username="cli")
    user.groups.add(ensure_groups()[PARALEGAL])
    [event] = rows(AuditAction.ROLE_CHANGED)
    assert event.username == "manage.py" and event.detail == {"user": "cli", "added": ["paralegal"]}


def test_refused_access_to_a_case_is_recorded(paralegal_client, persona_client, others_case):
    assert paralegal_client.get(f"/staff/cases/{others_case.reference}/").status_code == 404
    assert paralegal_client.get("/staff/cases/PS-2222-2222/").status_code == 404
    outsider = persona_client("outsider")
    assert outsider.get(f"/staff/cases/{others_case.reference}/").status_code == 403
    denied = rows(AuditAction.ACCESS_DENIED)
    assert [(e.username, e.case_reference, e.detail["why"]) for e in denied] == [
        ("paula_paralegal", others_case.reference, "not_theirs"),
        ("paula_paralegal", "PS-2222-2222", "no_such_case"),
        ("olga_outsider", others_case.reference, "role"),
    ]


def test_the_case_list_and_deadlines_are_recorded_once_for_a_few_minutes(
    paralegal_client, monkeypatch
):
    for _ in range(3):
        paralegal_client.get(reverse("staff:case_list"))
        paralegal_client.get(reverse("staff:case_list"), {"page": "2"})
        paralegal_client.get(reverse("staff:deadline_list"))
    assert len(rows(AuditAction.CASES_LISTED)) == 1
    assert len(rows(AuditAction.DEADLINES_VIEWED)) == 1
    monkeypatch.setattr("screening.audit.VIEW_WINDOW", dt.timedelta(0))
    paralegal_client.get(reverse("staff:deadline_list"))
    assert len(rows(AuditAction.DEADLINES_VIEWED)) == 2
