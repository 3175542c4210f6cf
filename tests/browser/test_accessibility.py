"""axe-core (the copy bundled with axe-playwright-python, never a CDN) finds no violations."""

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe

from .fill import fill_by_form
from .keyboard import step_name

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_no_violations(page, what):
    results = Axe().run(page)
    if results.violations_count:
        print(results.generate_report())
    assert results.violations_count == 0, f"{what}: {results.generate_report()}"


# A funeral in the U.S. (stored-style answers; the walker answers what they leave out).
ANSWERS = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "UA",
    "beneficiary_is_minor": False,
    "special_categories": [],
    "reasons": ["funeral"],
    "relative_relationship": "parent",
    "relative_condition": "deceased",
    "relative_status": "us_citizen",
    "visa_option": "too_slow",
    "financial_supporter": "self",
    "can_pay_fees": False,
    "us_relatives": [],
    "risk_factors": ["prior_overstay"],
    "pending_applications": [],
    "victim_of": [],
    "worked_for_us_government": False,
    "needed_by": (dt.date.today() + dt.timedelta(days=19)).isoformat(),
    "evidence_on_hand": ["identity_document"],
}


@pytest.mark.parametrize("width", [320, 1024])
def test_landing_page_has_no_violations(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/")
    assert_no_violations(page, f"landing at {width}px")


def test_question_pages_with_and_without_errors_have_no_violations(page, live_server):
    page.goto(live_server.url + "/screen/")
    assert_no_violations(page, "first question")
    page.click("button.button >> text=Continue")
    page.wait_for_selector(".error-summary")
    assert_no_violations(page, "question with errors")
    fill_by_form(page, ANSWERS)
    assert step_name(page) == "about_you"
    assert_no_violations(page, "about you (country select)")
    page.click("button.button >> text=Continue")
    page.wait_for_selector(".error-summary")
    assert_no_violations(page, "about you with errors")


def test_check_answers_and_result_pages_have_no_violations(page, live_server):
    page.goto(live_server.url + "/screen/")
    for _ in range(15):
        if step_name(page) == "check":
            break
        fill_by_form(page, ANSWERS)
    assert step_name(page) == "check"
    assert_no_violations(page, "check your answers")
    page.click("text=Confirm and see your result")
    page.wait_for_url("**/result/")
    assert_no_violations(page, "result page")
