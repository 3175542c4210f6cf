"""Password reset by email: absent unless an email server is configured, rate-limited per
address and per email address when it is."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

RESET_PAGES = (
    "/accounts/password_reset/",
    "/accounts/password_reset/done/",
    "/accounts/reset/MQ/set-password/",
    "/accounts/reset/done/",
)


@pytest.fixture
def ana(django_user_model):
    return django_user_model.objects.create_user(
        username="ana", email="ana@example.org", password="an old pass phrase 3"
    )


def ask(client: Client, email: str, address: str = "203.0.113.5"):
    return client.post("/accounts/password_reset/", {"email": email}, REMOTE_ADDR=address)


@pytest.mark.parametrize("path", RESET_PAGES)
def test_without_email_there_is_no_reset(client, ana, path):
    assert client.get(path).status_code == 404


def test_without_email_the_sign_in_page_offers_no_reset(client):
    assert "Forgotten your password?" not in client.get("/accounts/login/").content.decode()
    assert ask(client, "ana@example.org").status_code == 404
    assert mail.outbox == []


@override_settings(PASSWORD_RESET_ENABLED=True)
def test_with_email_a_reset_link_arrives_and_sets_a_new_password(client, ana):
    assert "Forgotten your password?" in client.get("/accounts/login/").content.decode()
    sent = ask(client, "ana@example.org")
    assert sent.status_code == 302
    assert "Check your email" in client.get(sent["Location"]).content.decode()
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    new = "a brand new pass phrase 9"
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}, follow=True
    )
    assert done.status_code == 200
    ana.refresh_from_db()
    assert ana.check_password(new)


@override_settings(PASSWORD_RESET_ENABLED=True, PASSWORD_RESET_RATE="3/h")
def test_with_email_requests_from_one_address_are_limited(client, ana):
    for number in range(3):
        assert ask(client, f"nobody{number}@example.org").status_code == 302
    limited = ask(client, "ana@example.org")
    assert limited.status_code == 429
    page = limited.content.decode()
    assert "Too many reset requests" in page
    assert 'value="ana@example.org"' in page  # the address typed is kept
    assert mail.outbox == []


@override_settings(PASSWORD_RESET_ENABLED=True, PASSWORD_RESET_RATE="3/h")
def test_with_email_requests_for_one_account_are_limited_from_any_address(ana):
    for number in range(3):
        assert ask(Client(), "Ana@Example.org ", address=f"198.51.100.{number}").status_code == 302
    assert len(mail.outbox) == 3
    assert ask(Client(), "ana@example.org", address="192.0.2.1").status_code == 429
    assert len(mail.outbox) == 3
