"""In Chromium: a whole screening in Spanish by keyboard alone, the result and the PDF without
an English sentence, switching language mid-wizard keeps every answer, and axe finds nothing
on the Spanish pages."""

from __future__ import annotations

import pytest
from django.utils import translation

from tests.browser.keyboard import active, answer_page, press_button, step_name, tab_to
from tests.browser.test_accessibility import assert_no_violations
from tests.browser.test_keyboard_journey import SCENARIO_01
from tests.result.conftest import pdf_text

from .english import english_left, page_text, sentences

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 320, "height": 740}


def es(msgid: str) -> str:
    with translation.override("es"):
        text = translation.gettext(msgid)
    assert text != msgid, f"not translated: {msgid!r}"
    return text


@pytest.fixture
def spanish_page(browser):
    context = browser.new_context(viewport=PHONE, accept_downloads=True, locale="es-MX")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def english_page(browser):
    context = browser.new_context(viewport=PHONE, accept_downloads=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def lang(page) -> str:
    return page.get_attribute("html", "lang")


def answer_to_check(page, answers, label: str) -> list[str]:
    visited = []
    for _ in range(20):
        if step_name(page) == "check":
            return visited
        visited.append(step_name(page))
        assert lang(page) == "es", step_name(page)
        answer_page(page, answers, continue_label=label)
        page.wait_for_load_state()
        assert page.locator(".error-summary").count() == 0, page.inner_text(".error-summary")
    raise AssertionError("the wizard did not reach check your answers")


def switch_to(page, name: str) -> None:
    """The switcher by keyboard: Tab to the language's button, Enter."""
    tab_to(page, lambda el: el.get("tag") == "button" and el.get("text") == name, name)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_a_whole_screening_in_spanish_by_keyboard(spanish_page, live_server):
    page = spanish_page
    page.goto(live_server.url + "/")
    assert lang(page) == "es"  # from the browser's Accept-Language
    assert_no_violations(page, "landing in Spanish")
    tab_to(page, lambda el: el.get("text") == es("Start now"), "the start button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/screen/situation/")
    assert_no_violations(page, "first question in Spanish")
    visited = answer_to_check(page, SCENARIO_01, es("Continue"))
    assert visited[:4] == ["situation", "about_you", "reasons", "medical"]
    assert "Nigeria" in page.inner_text("main")
    assert_no_violations(page, "check your answers in Spanish")
    press_button(page, es("Confirm and see your result"))
    page.wait_for_url("**/result/")
    assert_no_violations(page, "result in Spanish")
    spanish, _citations = page_text(page.content())
    with page.expect_download() as download_info:
        tab_to(page, lambda el: el.get("tag") == "a" and "PDF" in el.get("text", ""), "the PDF")
        page.keyboard.press("Enter")
    with open(download_info.value.path(), "rb") as pdf:
        spanish_pdf = pdf_text(pdf.read())
    # The same result in English, by the switcher, is the reference.
    switch_to(page, "English")
    page.wait_for_url("**/result/")
    assert lang(page) == "en"
    english, citations = page_text(page.content())
    english_pdf = pdf_text(page.context.request.get(live_server.url + "/result/pdf/").body())
    assert len(sentences(english)) > 10
    assert es("Where this comes from") in spanish
    assert english_left(english, spanish, citations) == []
    assert english_left(english_pdf, spanish_pdf, citations) == []


def test_switching_language_mid_wizard_keeps_every_answer(english_page, live_server):
    page = english_page
    page.goto(live_server.url + "/screen/")
    answer_page(page, SCENARIO_01)  # situation, in English
    assert step_name(page) == "about_you"
    # Half the page: the country chosen, nothing else yet; then Español.
    tab_to(page, lambda el: el.get("id") == "id_about_you-citizenship", "the country")
    page.keyboard.type("Nigeria")
    switch_to(page, "Español")
    assert step_name(page) == "about_you" and lang(page) == "es"
    assert page.locator(".error-summary").count() == 0
    assert page.eval_on_selector("#id_about_you-citizenship", "el => el.value") == "NG"
    assert_no_violations(page, "a question page after switching to Spanish")
    answer_to_check(page, SCENARIO_01, es("Continue"))
    main = page.inner_text("main")
    assert "Nigeria" in main and es("Outside the U.S.") in main
    switch_to(page, "English")
    assert step_name(page) == "check" and lang(page) == "en"
    main = page.inner_text("main")
    assert "Nigeria" in main and "Outside the U.S." in main
    assert active(page) is not None
