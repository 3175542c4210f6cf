"""In Chromium, for Haitian Creole, Ukrainian and Dari (the real catalogues): a whole screening by
keyboard alone on a 320 px phone, saved and resumed with its code on the way, to the result and
its PDF; every page in the language and direction, nothing wider than the screen, axe on the
landing page, a question, the check page and the result. In Dari, the resume code and a form
name inside a Dari sentence read left to right. (The result and the PDF without an English
sentence: tests/i18n/test_translated_results.py, per scenario.)"""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from pypdf import PdfReader

from parole_screen.bidi import FSI, PDI
from tests.browser.keyboard import active, answer_page, press_button, step_name, tab_to
from tests.browser.test_accessibility import assert_no_violations
from tests.browser.test_keyboard_journey import SCENARIO_01

from .test_rtl_browser import OUTSIDE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 320, "height": 740}
# The page language, the browser locale that asks for it, and the page's direction.
LANGUAGES = [("ht", "ht-HT", "ltr"), ("uk", "uk-UA", "ltr"), ("fa-af", "fa-AF", "rtl")]
CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
FORM = "I-131"  # scenario 01's form

# Where `token` occurs in the text under `root`, whether its characters come left to right on
# the screen (compared on each line, as a long token may wrap), and the direction and script of
# the sentence around it. Hidden text (a closed fold) is left out.
READS_LTR = """([root, token]) => {
  const found = [];
  const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    for (let at = node.data.indexOf(token); at >= 0; at = node.data.indexOf(token, at + 1)) {
      const boxes = [];
      for (let i = at; i < at + token.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        boxes.push(range.getBoundingClientRect());
      }
      if (!boxes.every(b => b.width)) continue;
      const ltr = boxes.every((b, i) => i === 0 || Math.abs(b.top - boxes[i - 1].top) > 2
                                        || b.left >= boxes[i - 1].right - 1);
      found.push({ltr, text: node.data.trim(),
                  direction: getComputedStyle(node.parentElement).direction,
                  dari: /[\\u0600-\\u06FF]/.test(node.data)});
    }
  }
  return found;
}"""
DIRECTION = "(selector) => getComputedStyle(document.querySelector(selector)).direction"
# The focused element: a fold's summary still closed?
CLOSED_SUMMARY = """() => { const el = document.activeElement;
  return el.tagName === 'SUMMARY' && !el.parentElement.open; }"""


def said(code: str, msgid: str) -> str:
    with translation.override(code):
        text = translation.gettext(msgid)
    assert text != msgid, f"not translated into {code}: {msgid!r}"
    return text


def assert_page(page, where: str, code: str, direction: str) -> None:
    """In the language and its direction, and nothing wider than the screen on either side."""
    assert page.get_attribute("html", "lang") == code, where
    assert page.get_attribute("html", "dir") == direction, where
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], f"{where}: the page is {width} px wide"
    assert page.evaluate(OUTSIDE) == [], where


def assert_reads_ltr(page, root: str, token: str, where: str) -> list[dict]:
    found = page.evaluate(READS_LTR, [root, token])
    assert found, f"{where}: {token} not shown"
    assert [f["text"] for f in found if not f["ltr"]] == [], f"{where}: {token} not left to right"
    return found


def open_every_fold(page) -> int:
    """Tab through the result and open each closed fold with Enter, as a person reads it."""
    opened = 0
    for _ in range(400):
        page.keyboard.press("Tab")
        if active(page).get("tag") == "body":
            break  # past the last control
        if page.evaluate(CLOSED_SUMMARY):
            page.keyboard.press("Enter")
            opened += 1
    assert page.locator("details:not([open])").count() == 0, "a fold stayed closed"
    return opened


def save_and_resume(browser, url: str, page, code: str, locale: str, direction: str):
    """Save and continue later by keyboard; the code read left to right; then resume on another
    device by typing it on the landing page. Returns that device's page."""
    press_button(page, said(code, "Save and continue later"))
    page.wait_for_url("**/saved/")
    assert_page(page, "saved", code, direction)
    resume_code = CODE.search(page.inner_text("main"))[0]
    assert page.evaluate(DIRECTION, ".resume-code__code") == "ltr"
    assert_reads_ltr(page, ".resume-code", resume_code, "the saved page")
    page.context.close()
    context = browser.new_context(viewport=PHONE, accept_downloads=True, locale=locale)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(url + "/")
    assert_page(page, "landing, another device", code, direction)
    tab_to(page, lambda el: el.get("id") == "id_code", "the resume code box")
    assert page.evaluate(DIRECTION, "#id_code") == "ltr"
    page.keyboard.type(resume_code)
    press_button(page, said(code, "Continue with my code"))
    return page


@pytest.mark.parametrize(("code", "locale", "direction"), LANGUAGES)
def test_a_whole_screening_by_keyboard_in_the_language(
    browser, live_server, code, locale, direction
):
    context = browser.new_context(viewport=PHONE, accept_downloads=True, locale=locale)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(live_server.url + "/")
    assert_page(page, "landing", code, direction)  # the language from Accept-Language
    assert_no_violations(page, f"landing in {code}")
    tab_to(page, lambda el: el.get("text") == said(code, "Start now"), "the start button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/screen/situation/")
    assert_no_violations(page, f"first question in {code}")
    visited = []
    for _ in range(20):
        step = step_name(page)
        if step == "check":
            break
        assert_page(page, step, code, direction)
        if step == "reasons" and "reasons" not in visited:
            page = save_and_resume(browser, live_server.url, page, code, locale, direction)
            assert step_name(page) == "reasons"  # where they stopped, the country kept
            assert_page(page, "reasons, resumed", code, direction)
        visited.append(step)
        answer_page(page, SCENARIO_01, continue_label=said(code, "Continue"), arrows=True)
        page.wait_for_load_state()
        assert page.locator(".error-summary").count() == 0, page.inner_text(".error-summary")
    assert step_name(page) == "check"
    assert visited[:4] == ["situation", "about_you", "reasons", "medical"]
    assert_page(page, "check", code, direction)
    assert said(code, "Nigeria") in page.inner_text("main")
    assert_no_violations(page, f"check your answers in {code}")
    press_button(page, said(code, "Confirm and see your result"))
    page.wait_for_url("**/result/")
    assert open_every_fold(page) >= 5
    assert_page(page, "result", code, direction)
    assert_no_violations(page, f"result in {code}, every fold open")
    forms = assert_reads_ltr(page, "main", FORM, "the result")
    if direction == "rtl":
        assert any(f["dari"] and f["direction"] == "rtl" for f in forms), "no Dari sentence"
        assert any(f"{FSI}{FORM}{PDI}" in f["text"] for f in forms), "the form heading"
    pdf_label = said(code, "Download the summary (PDF)")
    with page.expect_download() as download_info:
        tab_to(page, lambda el: el.get("tag") == "a" and el.get("text") == pdf_label, "the PDF")
        page.keyboard.press("Enter")
    reader = PdfReader(download_info.value.path())
    assert reader.trailer["/Root"]["/Lang"] == code
    page.context.close()
