"""The page that shows the resume code once has the language switcher, and switching shows the
same code again in the new language; a reload, Back, or a stale or forged switch does not."""

from __future__ import annotations

import re
import time

import pytest
from django.conf import settings
from django.core.cache import cache

from screening.privacy import shown_code

from .test_save_resume import CODE, save_on

pytestmark = pytest.mark.django_db

ONE_TIME = "Your resume code was shown once"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def saved_page(client) -> tuple[str, str]:
    """Save on the first page; return the code and the token of the saved page's language form."""
    code = save_on(client, "situation", location="outside_us", goal="come_to_us")
    return code, client.session[shown_code.KEPT_KEY]["token"]


def switch(client, language: str, token: str):
    return client.post("/saved/", {"language": language, shown_code.TOKEN_FIELD: token})


def test_the_saved_page_has_a_switcher_that_keeps_the_code(client):
    code, token = saved_page(client)  # the page as it was shown, with its language form
    response = switch(client, "es", token)
    assert response.status_code == 302 and response["Location"] == "/saved/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"
    page = client.get("/saved/").content.decode()
    assert '<html lang="es"' in page
    assert CODE.search(page).group(1) == code
    assert "Sus respuestas están guardadas" in page
    # the switcher's buttons post the page's own little form, which holds a token, not the code
    form = re.search(
        r'<form method="post" action="/saved/" id="saved-language-form">.*?</form>', page, re.S
    )
    assert form and code not in form.group(0)
    assert 'form="saved-language-form" name="language" value="en"' in page
    # and back to English, the same code again
    new_token = client.session[shown_code.KEPT_KEY]["token"]
    assert new_token != token
    switch(client, "en", new_token)
    english = client.get("/saved/").content.decode()
    assert '<html lang="en"' in english and CODE.search(english).group(1) == code


def test_the_code_stays_left_to_right_and_out_of_translation(client):
    save_on(client, "situation", location="outside_us", goal="come_to_us")
    switch(client, "es", client.session[shown_code.KEPT_KEY]["token"])
    page = client.get("/saved/").content.decode()
    assert re.search(
        r'<strong class="resume-code__code" dir="ltr" translate="no">' + CODE.pattern[2:-2], page
    )


def test_a_reload_after_switching_shows_the_code_no_more(client):
    code, token = saved_page(client)
    switch(client, "es", token)
    assert code in client.get("/saved/").content.decode()
    again = client.get("/saved/").content.decode()
    assert code not in again and "Su código para continuar ya se mostró una vez" in again
    assert shown_code.KEPT_KEY not in client.session


def test_a_reload_then_a_switch_shows_nothing(client):
    code, token = saved_page(client)
    client.get("/saved/")  # reload (or Back): the kept code is dropped
    switch(client, "es", token)
    page = client.get("/saved/").content.decode()
    assert code not in page and '<html lang="es"' in page


@pytest.mark.parametrize("token", ["", "forged-token", "éé"])
def test_a_wrong_token_shows_nothing_and_drops_the_code(client, token):
    code, _token = saved_page(client)
    assert switch(client, "es", token).status_code == 302
    assert code not in client.get("/saved/").content.decode()
    assert shown_code.KEPT_KEY not in client.session


def test_after_the_time_limit_a_switch_shows_nothing(client, monkeypatch):
    code, token = saved_page(client)
    later = time.time() + shown_code.KEEP_MINUTES * 60 + 1
    monkeypatch.setattr(shown_code.time, "time", lambda: later)
    switch(client, "es", token)
    assert code not in client.get("/saved/").content.decode()


def test_the_time_limit_counts_from_the_first_showing(client, monkeypatch):
    code, token = saved_page(client)
    start = client.session[shown_code.KEPT_KEY]["at"]
    monkeypatch.setattr(shown_code.time, "time", lambda: start + 60)
    switch(client, "es", token)
    assert code in client.get("/saved/").content.decode()
    assert client.session[shown_code.KEPT_KEY]["at"] == start


@pytest.mark.parametrize("leave", ["delete", "resume"])
def test_deleting_or_resuming_forgets_the_kept_code(client, leave):
    code, token = saved_page(client)
    if leave == "delete":
        client.post("/saved/delete/")
    else:
        client.post("/resume/", {"code": code, "resume": "1"})
    assert shown_code.KEPT_KEY not in client.session
    switch(client, "es", token)
    assert code not in client.get("/saved/").content.decode()


def test_a_staff_login_drops_the_kept_code(client, django_user_model):
    _code, _token = saved_page(client)
    client.force_login(django_user_model.objects.create_user(username="paula"))
    assert shown_code.KEPT_KEY not in client.session


def test_the_page_without_the_code_keeps_the_usual_switcher(client):
    saved_page(client)
    page = client.get("/saved/").content.decode()
    assert ONE_TIME in page
    assert 'id="saved-language-form"' not in page
    assert '<form method="post" action="/language/"' in page
