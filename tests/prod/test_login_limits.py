"""Failed staff logins lock out the account and, separately, the address (django-axes), with a
clear message on the sign-in page; the counts live in the shared `default` cache."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from screening.staff.permissions import ensure_groups

pytestmark = pytest.mark.django_db

PASSWORD = "the right pass phrase 7"
LOCKED = "Sign-in is locked for now"


@pytest.fixture
def ana(django_user_model):
    user = django_user_model.objects.create_user(username="ana", password=PASSWORD)
    user.groups.add(ensure_groups()["attorney"])
    return user


def sign_in(client: Client, username: str, password: str, address: str = "203.0.113.5", **extra):
    return client.post(
        "/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **extra,
    )


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(ana, client, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    for _ in range(4):
        wrong = sign_in(client, "ana", "guess")
        assert wrong.status_code == 200
        assert "Please enter a correct username and password" in wrong.content.decode()
    fifth = sign_in(client, "ana", "guess")
    assert fifth.status_code == 429
    right = sign_in(client, "ana", PASSWORD)
    assert right.status_code == 429
    page = right.content.decode()
    assert LOCKED in page
    assert "Wait 15 minutes, then try again." in page
    assert 'value="ana"' in page  # the user name typed is kept
    assert "_auth_user_id" not in client.session
    assert client.get("/staff/").status_code == 302


def test_the_lock_holds_for_the_account_from_another_address(ana, client):
    for number in range(5):
        sign_in(client, "ana", "guess", address=f"198.51.100.{number}")
    other_device = Client()
    assert sign_in(other_device, "ana", PASSWORD, address="192.0.2.77").status_code == 429


def test_one_address_trying_many_accounts_is_locked(ana, client, django_user_model):
    for number in range(5):
        sign_in(client, f"someone{number}", "guess", address="203.0.113.9")
    # Even the right password for a real account is refused from that address for a while...
    assert sign_in(client, "ana", PASSWORD, address="203.0.113.9").status_code == 429
    # ...while ana signs in from her own.
    assert sign_in(Client(), "ana", PASSWORD, address="192.0.2.10").status_code == 302


def test_a_successful_login_clears_the_earlier_failures(ana, client):
    for _ in range(4):
        sign_in(client, "ana", "guess")
    assert sign_in(client, "ana", PASSWORD).status_code == 302
    client.post("/accounts/logout/")
    for _ in range(4):
        assert sign_in(client, "ana", "guess").status_code == 200


def test_the_admin_sign_in_counts_too(ana, client):
    for _ in range(5):
        client.post(
            "/admin/login/?next=/admin/",
            {"username": "ana", "password": "guess"},
            REMOTE_ADDR="203.0.113.20",
        )
    assert sign_in(client, "ana", PASSWORD, address="192.0.2.30").status_code == 429


@override_settings(TRUST_PROXY_HEADERS=True)
def test_behind_a_trusted_proxy_the_client_address_is_the_one_locked(ana):
    # The proxy (127.0.0.1) appends the address it saw; what the client wrote before is ignored.
    for number in range(5):
        sign_in(
            Client(),
            f"someone{number}",
            "guess",
            address="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.9.9.{number}, 203.0.113.50",
        )
    via_proxy = {"address": "127.0.0.1"}
    locked = sign_in(Client(), "ana", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.50", **via_proxy)
    assert locked.status_code == 429
    other = sign_in(Client(), "ana", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.51", **via_proxy)
    assert other.status_code == 302


def test_an_administrator_can_lift_an_account_lock(ana, client):
    from django.core.management import call_command

    for number in range(5):
        sign_in(client, "ana", "guess", address=f"198.51.100.{number}")
    assert sign_in(Client(), "ana", PASSWORD, address="192.0.2.40").status_code == 429
    call_command("axes_reset_username", "ana")
    assert sign_in(Client(), "ana", PASSWORD, address="192.0.2.40").status_code == 302


def test_tries_are_counted_before_their_password_is_checked(ana):
    """Eight tries in flight at once (none has failed yet): only the limit's five get their
    password checked; axes alone would check all eight (it counts a try after its check)."""
    from axes.handlers.proxy import AxesProxyHandler
    from django.test import RequestFactory

    tries = [
        RequestFactory().post("/accounts/login/", {"username": "ana"}, REMOTE_ADDR="203.0.113.5")
        for _ in range(8)
    ]
    allowed = [AxesProxyHandler.is_allowed(r, {"username": "ana"}) for r in tries]
    assert allowed == [True] * 5 + [False] * 3
