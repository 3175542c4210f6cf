"""The language switcher: on every page, no script, and nothing typed is lost on the way."""

import re

import pytest
from django.conf import settings

from tests.staff.conftest import intake_post, intake_url
from tests.walker import APPLICANT, post_step
from tests.wizard.conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)" dir="([^"]+)"', response.content.decode()).group(1)


def test_english_only_shows_no_switcher(client, settings):
    settings.LANGUAGES = [("en", "English")]
    assert 'class="language-switcher"' not in client.get("/").content.decode()


def test_landing_switcher_is_a_plain_form_to_set_language(client, spanish_offered):
    page = client.get("/").content.decode()
    form = re.search(r'<form method="post" action="/language/".*?</form>', page, re.S).group(0)
    assert '<input type="hidden" name="next" value="/">' in form
    assert '<button type="submit" name="language" value="es" lang="es"' in form
    assert 'aria-current="true">English</span>' in form
    response = client.post("/language/", {"language": "es", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "es" and not cookie["max-age"]  # gone when the browser closes
    page = client.get("/")
    assert html_lang(page) == "es"
    assert 'aria-current="true">Español</span>' in page.content.decode()


def test_accept_language_picks_only_an_offered_language(client, settings):
    settings.LANGUAGES = [("en", "English")]
    assert html_lang(client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")) == "en"
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    assert html_lang(client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")) == "es"


def test_switching_mid_page_keeps_what_was_typed_without_errors(client, spanish_offered):
    answer(client, "situation", location="outside_us", goal="come_to_us")
    answer(client, "about_you", citizenship="UA", beneficiary_is_minor=False, special_categories=[])
    page = client.get("/screen/about_you/").content.decode()
    assert 'form="wizard-form" name="language" value="es"' in page
    # half a page: a country chosen, the other questions not answered yet
    half = {MANAGEMENT: "about_you", "about_you-citizenship": "HT", "language": "es"}
    response = client.post("/screen/about_you/", half)
    assert response.status_code == 302 and response["Location"] == "/screen/about_you/"
    page = client.get("/screen/about_you/")
    assert html_lang(page) == "es"
    text = page.content.decode()
    assert re.search(r'<option value="HT"[^>]*selected', text)
    assert page.context["errors"] == []
    # the earlier page's answers are all still there
    initial = client.get("/screen/situation/").context["form"].initial
    assert initial.items() >= {"location": "outside_us", "goal": "come_to_us"}.items()


def test_switching_keeps_a_half_typed_date(client, spanish_offered):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    half = {MANAGEMENT: "entry", "entry-in_us_since_0": "3", "entry-in_us_since_2": "2023"}
    response = client.post("/screen/entry/", {**half, "language": "es"})
    assert response["Location"] == "/screen/entry/"
    page = client.get("/screen/entry/")
    text = re.sub(r"\s+", " ", page.content.decode())
    assert html_lang(page) == "es" and page.context["errors"] == []
    assert re.search(r'name="entry-in_us_since_0"[^>]*value="3"', text)
    assert re.search(r'name="entry-in_us_since_2"[^>]*value="2023"', text)
    # and back to English: still there
    client.post("/screen/entry/", {**half, "language": "en"})
    page = client.get("/screen/entry/")
    assert html_lang(page) == "en"
    assert re.search(r'name="entry-in_us_since_2"[^>]*value="2023"', page.content.decode())


def test_a_later_continue_forgets_the_kept_page(client, spanish_offered):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    half = {MANAGEMENT: "entry", "entry-in_us_since_2": "2023", "language": "es"}
    client.post("/screen/entry/", half)
    assert "typed_before_language_switch" in str(client.session.items())
    answer(client, "situation", location="outside_us", goal="come_to_us")
    assert "typed_before_language_switch" not in str(client.session.items())


def test_a_complete_page_is_kept_as_if_continued(client, spanish_offered):
    inside = {"location": "inside_us", "goal": "stay_in_us"}
    post_step(client, APPLICANT, "situation", inside, extra={"language": "es"})
    # the next page is open: the answers count, not just their display
    assert client.get("/screen/entry/").status_code == 200


def test_switching_on_check_your_answers_stays_there(client, spanish_offered):
    response = client.post("/screen/check/", {MANAGEMENT: "check", "language": "es"})
    assert response["Location"] == "/screen/check/"


def test_an_unknown_language_is_an_ordinary_post(client, spanish_offered):
    data = {MANAGEMENT: "situation", "situation-location": "outside_us", "language": "xx"}
    response = client.post("/screen/situation/", data)
    assert response.status_code == 200 and response.context["errors"]


def test_staff_intake_switch_keeps_the_page_and_the_case(paralegal_client, medical_case, settings):
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    client = paralegal_client
    client.get(intake_url(medical_case))
    response = intake_post(
        client, medical_case, "situation", {"location": "inside_us"}, language="es"
    )
    assert response["Location"] == intake_url(medical_case, "situation")
    page = client.get(response["Location"])
    assert html_lang(page) == "es"
    assert page.context["errors"] == []
    assert 'value="inside_us" checked' in re.sub(r"\s+", " ", page.content.decode())
