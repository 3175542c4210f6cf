"""The result on a phone (390x844, Chromium) leads with what to do: the verdicts, the first step,
the next date and the cost are within the first two screens; everything else is one contents
list and folds that open from the keyboard without a script; axe finds nothing, in English and
in Spanish, folds closed and open."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.conf import settings

from screening.rules import RULES_VERSION
from screening.wizard.session import RESULT_KEY
from tests.result.conftest import scenario

from .test_accessibility import assert_no_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
FIRST = ("verdicts", "step", "date", "cost")
# the longest results (emergency, re-parole, military family, ten years in proceedings)
LONGEST = ("01", "09", "13", "17")


@pytest.fixture
def result_on_phone(browser, live_server):
    """result_on_phone(prefix, language, script) -> a 390x844 page showing that scenario's
    result (the session stored as the wizard stores it), scripts on or off."""
    contexts = []

    def show(prefix: str, language: str, script: bool = True):
        s = scenario(prefix)
        store = import_module(settings.SESSION_ENGINE).SessionStore()
        store[RESULT_KEY] = {
            "answers": s["answers"],
            "as_of": s["as_of"],
            "rules_version": RULES_VERSION,
        }
        store.save()
        context = browser.new_context(viewport=PHONE, java_script_enabled=script)
        contexts.append(context)
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": store.session_key,
                    "url": live_server.url,
                },
                {"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url},
            ]
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(live_server.url + "/result/")
        assert page.locator("html").get_attribute("lang") == language
        return page

    yield show
    for context in contexts:
        context.close()


def bottom(page, selector: str) -> float:
    return page.eval_on_selector(selector, "e => e.getBoundingClientRect().bottom + window.scrollY")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("prefix", LONGEST)
def test_what_to_do_first_fits_in_two_screens(result_on_phone, prefix, language):
    page = result_on_phone(prefix, language)
    for mark in FIRST:
        end = bottom(page, f"[data-first='{mark}']")
        assert end <= 2 * PHONE["height"], (mark, end / PHONE["height"])
    # the first step comes before filing (asking to expedite is marked "after filing")
    assert page.locator("[data-first='step'] .step-when").count() == 0
    assert page.locator("ol.first-steps .step-when").count() <= 1
    # everything else: closed folds, each listed in the contents
    folds = page.locator("details.fold")
    assert folds.count() >= 5
    assert page.locator("details.fold[open]").count() == 0
    links = page.locator("nav.contents a")
    assert links.count() == folds.count()
    # one "Where this comes from" per section at most
    assert page.locator("details.source-details").count() <= folds.count()


def test_a_fold_opens_from_the_keyboard_without_a_script(result_on_phone):
    page = result_on_phone("01", "en", script=False)
    summary = page.locator("#fold-fees > summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("#fold-fees").get_attribute("open") is not None
    assert page.locator("#fold-fees").inner_text().count("$630") >= 1
    page.keyboard.press("Enter")
    assert page.locator("#fold-fees").get_attribute("open") is None


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_result_has_no_violations_folded_and_open(result_on_phone, language):
    page = result_on_phone("01", language)
    assert_no_violations(page, f"result ({language}), folds closed")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert_no_violations(page, f"result ({language}), every fold open")
