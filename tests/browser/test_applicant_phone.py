"""On a phone, in Chromium: a date typed day first in Spanish is read back at once and taken as
typed; the resume code stays on one line at 390 and 320 px, copies as one piece, and survives a
change of language; axe finds nothing on the pages these touch, in English and in Spanish."""

from __future__ import annotations

import re

import pytest

from .test_accessibility import assert_no_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
LOCALES = {"en": "en-US", "es": "es-HN"}


@pytest.fixture
def phone(browser):
    """phone(language, width) -> a page in a fresh browser context."""
    contexts = []

    def make(language: str, width: int = 390):
        context = browser.new_context(
            viewport={"width": width, "height": 800}, locale=LOCALES[language]
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return page

    yield make
    for context in contexts:
        context.close()


def to_entry(page, live_server):
    """The first page answered (in the U.S., wants to stay): the entry page asks a date."""
    page.goto(live_server.url + "/screen/")
    page.check('[name="situation-location"][value="inside_us"]')
    page.check('[name="situation-goal"][value="stay_in_us"]')
    page.click("#wizard-form button.button >> nth=0")
    page.wait_for_url("**/screen/entry/")


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_date_typed_day_first_in_spanish_at_390px(phone, live_server):
    page = phone("es")
    to_entry(page, live_server)
    labels = page.locator(".date-input__label").all_inner_texts()
    assert labels == ["Día", "Mes", "Año"]
    hints = " ".join(page.locator(".hint").all_inner_texts())
    assert "Por ejemplo: 15 1 2019 (15 de enero de 2019)." in hints
    read_back = page.locator(".date-input__read-back")
    assert read_back.inner_text() == ""
    # she types 5, 2, 2023 into the boxes in the order the page shows them
    page.click(".date-input input >> nth=0")
    page.keyboard.type("5")
    page.keyboard.press("Tab")
    page.keyboard.type("2")
    page.keyboard.press("Tab")
    page.keyboard.type("202")
    assert read_back.inner_text() == ""  # not a date yet
    page.keyboard.type("3")
    assert read_back.inner_text() == "Usted escribió el 5 de febrero de 2023."
    assert_no_violations(page, "Spanish date with its read-back at 390px")
    assert no_sideways_scroll(page)
    # a month that does not exist takes the read-back away
    page.fill('[data-part="month"]', "13")
    assert read_back.inner_text() == ""
    page.fill('[data-part="month"]', "2")
    assert read_back.inner_text() == "Usted escribió el 5 de febrero de 2023."
    typed_by_script = read_back.inner_text()
    # continue without answering the other question: the server says the same words
    page.click("#wizard-form button.button >> nth=0")
    page.wait_for_selector(".error-summary")
    assert page.locator(".date-input__read-back").inner_text() == typed_by_script
    assert page.input_value('[data-part="day"]') == "5"
    assert page.input_value('[data-part="month"]') == "2"
    assert_no_violations(page, "Spanish date page with an error at 390px")


def test_the_english_boxes_are_month_first_and_read_back_too(phone, live_server):
    page = phone("en")
    to_entry(page, live_server)
    assert page.locator(".date-input__label").all_inner_texts() == ["Month", "Day", "Year"]
    page.fill('[data-part="month"]', "2")
    page.fill('[data-part="day"]', "5")
    page.fill('[data-part="year"]', "2023")
    assert page.inner_text(".date-input__read-back") == "You entered February 5, 2023."
    assert_no_violations(page, "English date with its read-back at 390px")


def save_first_page(page, live_server) -> str:
    page.goto(live_server.url + "/screen/")
    page.check('[name="situation-location"][value="outside_us"]')
    page.check('[name="situation-goal"][value="come_to_us"]')
    page.click('button[name="save_for_later"]')
    page.wait_for_url("**/saved/")
    return CODE.search(page.inner_text(".resume-code"))[0]


def assert_code_on_one_line(page, code: str, what: str):
    box = page.locator(".resume-code__code")
    assert box.inner_text() == code, what
    lines = box.evaluate("element => element.getClientRects().length")
    assert lines == 1, f"{what}: the code is on {lines} lines"
    assert no_sideways_scroll(page), what
    copied = box.evaluate(
        """element => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return selection.toString();
        }"""
    )
    assert copied == code, what
    assert box.get_attribute("dir") == "ltr"


@pytest.mark.parametrize("width", [390, 320])
def test_the_code_stays_on_one_line_and_survives_a_language_switch(phone, live_server, width):
    page = phone("en", width)
    code = save_first_page(page, live_server)
    assert_code_on_one_line(page, code, f"English at {width}px")
    assert_no_violations(page, f"saved page in English at {width}px")
    page.click('.language-switcher button[value="es"]')
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "es"
    assert page.inner_text("h1") == "Sus respuestas están guardadas"
    assert_code_on_one_line(page, code, f"Spanish at {width}px")
    assert_no_violations(page, f"saved page in Spanish at {width}px")
    # a reload shows it no more, in either language
    page.reload()
    assert code not in page.inner_text("main")
    assert_no_violations(page, f"saved page once shown, in Spanish at {width}px")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pages_touched_have_no_violations(phone, live_server, language):
    page = phone(language)
    for url, what in (("/", "start page"), ("/result/", "nothing to show")):
        page.goto(live_server.url + url)
        assert_no_violations(page, f"{what} in {language}")
    page.goto(live_server.url + "/result/dates.ics")
    assert page.locator('form[action="/resume/"]').count() == 1
    assert_no_violations(page, f"calendar with nothing to show in {language}")
    to_entry(page, live_server)
    page.goto(live_server.url + "/screen/situation/")
    page.check('[name="situation-location"][value="outside_us"]')
    page.check('[name="situation-goal"][value="come_to_us"]')
    page.click("#wizard-form button.button >> nth=0")
    page.wait_for_url("**/screen/about_you/")
    assert_no_violations(page, f"country list in {language}")
    page.click('button[name="save_for_later"]')
    page.wait_for_url("**/saved/")
    for url, what in (
        ("/", "start page once saved"),
        ("/screen/about_you/", "a step once saved"),
        ("/screen/start-again/", "start again once saved"),
    ):
        page.goto(live_server.url + url)
        assert page.locator('[data-privacy="saved"]').count() == 1, what
        assert_no_violations(page, f"{what} in {language}")
    page.click('button[name="start_again"]')
    page.wait_for_url("**/screen/cleared/")
    assert page.locator('[data-privacy="saved"]').count() == 1
    assert_no_violations(page, f"cleared, the saved copy kept, in {language}")
