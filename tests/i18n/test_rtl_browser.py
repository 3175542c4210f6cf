"""Right to left at 320 px in Chromium: under the pseudo-Dari catalogue every applicant page is
dir="rtl" and nothing sticks out of the screen on either side (staff pages are never right to
left: English and Spanish only)."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings

from tests.browser.fill import fill_by_form
from tests.browser.keyboard import step_name
from tests.browser.test_accessibility import ANSWERS

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
    page = phone
    in_rtl(page, live_server)
    for path in ("/", "/screen/resume/"):
        page.goto(live_server.url + path)
        assert_fits(page, path)
    page.goto(live_server.url + "/screen/")
    for _ in range(15):
        step = step_name(page)
        assert_fits(page, step)
        if step == "check":
            break
        fill_by_form(page, ANSWERS)
    page.click("button[name=confirm]")
    page.wait_for_url("**/result/")
    page.click("details.source-details summary >> nth=0")
    assert_fits(page, "result")
