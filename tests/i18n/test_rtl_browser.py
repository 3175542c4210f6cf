"""Right to left at 320 px in Chromium: under the pseudo-Dari catalogue every applicant page is
dir="rtl", nothing sticks out of the screen on either side and axe finds nothing (staff pages
are never right to left: English and Spanish only)."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings

from tests.browser.fill import fill_by_form
from tests.browser.keyboard import step_name
from tests.browser.test_accessibility import ANSWERS, assert_no_violations

from . import pseudo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTH = 320
OUTSIDE = """() => { const w = document.documentElement.clientWidth; const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.skip-link, .visually-hidden, .table-wrap')) continue;
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > w + 1 || r.left < -1)) out.push(el.tagName + '.' + el.className);
  }
  return out; }"""


DIRECTION = "(selector) => getComputedStyle(document.querySelector(selector)).direction"


def in_rtl(page, live_server):
    page.context.add_cookies(
        [
            {
                "name": django_settings.LANGUAGE_COOKIE_NAME,
                "value": pseudo.CODE,
                "url": live_server.url,
            }
        ]
    )


def assert_fits(page, what):
    assert page.get_attribute("html", "dir") == "rtl", what
    assert page.evaluate("document.scrollingElement.scrollWidth") <= WIDTH, what
    assert page.evaluate(OUTSIDE) == [], what


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": 740}, locale="fa-AF")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_applicant_pages_fit_320px_right_to_left(phone, live_server, rtl):
    """Every page fits at 320 px, axe finds nothing on the landing page, a question, check your
    answers and the result, and the date boxes and resume code read left to right."""
    page = phone
    in_rtl(page, live_server)
    for path in ("/", "/screen/resume/", "/resume/"):
        page.goto(live_server.url + path)
        assert_fits(page, path)
    assert page.evaluate(DIRECTION, "input[autocapitalize=characters]") == "ltr"
    page.goto(live_server.url + "/")
    assert_no_violations(page, "landing")
    page.goto(live_server.url + "/screen/")
    assert_no_violations(page, "a question")
    dates = 0
    for _ in range(15):
        step = step_name(page)
        assert_fits(page, step)
        if page.locator(".date-input").count():
            dates += 1
            assert page.evaluate(DIRECTION, ".date-input") == "ltr", step
        if step == "check":
            break
        fill_by_form(page, ANSWERS)
    assert dates, "a date question was asked"
    assert_no_violations(page, "check your answers")
    page.click("button[name=confirm]")
    page.wait_for_url("**/result/")
    page.click("#fold-pathways > summary")  # the section, then its one source list
    page.click("#fold-pathways details.source-details summary")
    assert_fits(page, "result")
    assert_no_violations(page, "result")
