"""Signing out says so: the page it lands on (the sign-in page) tells the person they are signed
out, in their language, once."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_signing_out_lands_on_sign_in_with_a_word(paralegal_client):
    page = paralegal_client.post(reverse("logout"), follow=True)
    assert page.redirect_chain[-1][0] == reverse("login")
    html = page.content.decode()
    assert "You are signed out." in html and 'role="status"' in html
    again = paralegal_client.get(reverse("login")).content.decode()
    assert "You are signed out." not in again  # said once


def test_it_is_said_in_spanish(paralegal_client, settings_spanish):
    paralegal_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    page = paralegal_client.post(reverse("logout"), follow=True)
    assert "Cerró la sesión." in page.content.decode()


def test_nobody_signed_in_is_not_told_they_signed_out(client):
    page = client.post(reverse("logout"), follow=True)
    assert "You are signed out." not in page.content.decode()


@pytest.fixture
def settings_spanish(settings):
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    return settings
