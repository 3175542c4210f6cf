"""Save and continue later in a real browser, then resume in another one: axe finds nothing."""

import re

import pytest

from .fill import fill_by_form
from .test_accessibility import assert_no_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [320, 1024])
def test_save_then_resume_elsewhere_without_violations(browser, live_server, width):
    first = browser.new_context(viewport={"width": width, "height": 800})
    page = first.new_page()
    page.goto(live_server.url + "/screen/")
    fill_by_form(page, {"location": "outside_us", "goal": "come_to_us"}, submit=None)
    page.click("text=Save and continue later")
    page.wait_for_url("**/saved/")
    assert_no_violations(page, f"saved page at {width}px")
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", page.inner_text("main"))[0]
    first.close()

    other = browser.new_context(viewport={"width": width, "height": 800})
    page = other.new_page()
    page.goto(live_server.url + "/resume/")
    page.fill("#id_code", "WRONG")
    page.click("text=Continue with my code")
    page.wait_for_selector(".error-summary")
    assert_no_violations(page, f"resume with an error at {width}px")
    assert page.input_value("#id_code") == "WRONG"
    page.fill("#id_code", code.lower())
    page.click("text=Continue with my code")
    page.wait_for_url("**/screen/situation/")  # the page where they stopped, answers in place
    assert page.is_checked('[name="situation-location"][value="outside_us"]')
    other.close()
