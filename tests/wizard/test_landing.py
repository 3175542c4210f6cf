"""The landing page explains parole, privacy and the limits before anyone starts."""

import pytest

from tests.walker import APPLICANT, post_step

pytestmark = pytest.mark.django_db


def test_the_landing_page_explains_parole_and_links_to_the_start(client):
    html = client.get("/").content.decode()
    assert '<a class="button button--start" href="/screen/">Start now</a>' in html
    for words in (
        "It is temporary",
        "It is discretionary",
        "not a lawful immigration status",
        "still an applicant for admission",
        "Parole or a visa?",
        "not legal advice",
        "We do not ask your name",
        "24 hours at most",
        "Apply as soon as the emergency arises",
        "military",
        "startup",
    ):
        assert words in html, words


def test_pages_have_a_language_a_skip_link_and_no_inline_script_or_style(client):
    for url in ("/", "/screen/situation/"):
        html = client.get(url, follow=True).content.decode()
        assert '<html lang="en" dir="ltr">' in html
        assert 'class="skip-link" href="#main"' in html
        assert "<script>" not in html and "style=" not in html and " onclick" not in html


def test_the_landing_page_offers_to_continue_or_start_again_once_started(client):
    post_step(client, APPLICANT, "situation", {"location": "outside_us", "goal": "come_to_us"})
    html = client.get("/").content.decode()
    assert "Continue your screening" in html and "Start now" not in html
    assert 'href="/screen/start-again/"' in html
    client.post("/screen/", {"start_again": "1"})
    assert "Start now" in client.get("/").content.decode()
