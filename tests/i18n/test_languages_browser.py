"""In Chromium, for Haitian Creole, Ukrainian and Dari: a whole screening by keyboard alone on a
320 px phone, nothing wider than the screen, axe on the landing page, a question, the check page
and the result, and the result and its PDF without an English sentence."""

from __future__ import annotations

import pytest
from django.utils import translation

from tests.browser.keyboard import answer_page, press_button, step_name, tab_to
from tests.browser.test_accessibility import assert_no_violations
from tests.browser.test_keyboard_journey import SCENARIO_01
from tests.result.conftest import pdf_text

from .english import english_left, page_text, sentences

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 320, "height": 740}
# The page language, the browser locale that asks for it, and the page's direction.
LANGUAGES = [("ht", "ht-HT", "ltr"), ("uk", "uk-UA", "ltr"), ("fa-af", "fa-AF", "rtl")]


def said(code: str, msgid: str) -> str:
    with translation.override(code):
        text = translation.gettext(msgid)
    assert text != msgid, f"not translated into {code}: {msgid!r}"
    return text


def fits(page, where: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{where}: the page is {width} px wide"


@pytest.mark.parametrize(("code", "locale", "direction"), LANGUAGES)
def test_a_whole_screening_by_keyboard_in_the_language(
    browser, live_server, code, locale, direction
):
    answers = SCENARIO_01 | {"citizenship": said(code, "Nigeria")}  # typed as its reader names it
    context = browser.new_context(viewport=PHONE, accept_downloads=True, locale=locale)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(live_server.url + "/")
    assert page.get_attribute("html", "lang") == code  # from the browser's Accept-Language
    assert page.get_attribute("html", "dir") == direction
    assert_no_violations(page, f"landing in {code}")
    fits(page, "landing")
    tab_to(page, lambda el: el.get("text") == said(code, "Start now"), "the start button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/screen/situation/")
    assert_no_violations(page, f"first question in {code}")
    fits(page, "first question")
    for _ in range(20):
        if step_name(page) == "check":
            break
        answer_page(page, answers, continue_label=said(code, "Continue"))
        page.wait_for_load_state()
        assert page.locator(".error-summary").count() == 0, page.inner_text(".error-summary")
        fits(page, step_name(page))
    assert step_name(page) == "check"
    assert said(code, "Nigeria") in page.inner_text("main")
    assert_no_violations(page, f"check your answers in {code}")
    press_button(page, said(code, "Confirm and see your result"))
    page.wait_for_url("**/result/")
    assert_no_violations(page, f"result in {code}")
    fits(page, "result")
    translated, _citations = page_text(page.content())
    translated_pdf = pdf_text(page.context.request.get(live_server.url + "/result/pdf/").body())
    english_context = browser.new_context(locale="en-US")
    english_context.add_cookies(context.cookies())
    english = english_context.new_page()
    english.goto(live_server.url + "/language/english/?next=/result/")
    english_text, citations = page_text(english.content())
    english_pdf = pdf_text(english.context.request.get(live_server.url + "/result/pdf/").body())
    assert len(sentences(english_text)) > 10
    assert english_left(english_text, translated, citations) == []
    assert english_left(english_pdf, translated_pdf, citations) == []
    english_context.close()
    context.close()
