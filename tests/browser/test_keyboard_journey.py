"""A whole screening by keyboard alone on a 320px-wide screen, then the PDF."""

import pytest

from tests.helpers import MEDICAL_ANSWERS

from .keyboard import answer_page, press_button, step_name, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The scenario-01 situation, with the country as the person types it and no documents yet.
SCENARIO_01 = MEDICAL_ANSWERS | {
    "citizenship": "Nigeria",
    "citizenship_code": "NG",
    "evidence_on_hand": [],
}


def test_a_screening_by_keyboard_alone_reaches_the_result_and_the_pdf(page, live_server):
    page.goto(live_server.url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    tab_to(page, lambda el: el.get("text") == "Start now", "the start button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/screen/situation/")
    visited = []
    for _ in range(20):
        if step_name(page) == "check":
            break
        visited.append(step_name(page))
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, step_name(page)
        answer_page(page, SCENARIO_01)
        page.wait_for_load_state()
        assert page.locator(".error-summary").count() == 0, page.inner_text(".error-summary")
    assert step_name(page) == "check"
    assert visited[:4] == ["situation", "about_you", "reasons", "medical"]
    assert "Nigeria" in page.inner_text("main")
    press_button(page, "Confirm and see your result")
    page.wait_for_url("**/result/")
    assert "Humanitarian parole" in page.inner_text("main")
    with page.expect_download() as download_info:
        tab_to(page, lambda el: el.get("tag") == "a" and "PDF" in el.get("text", ""), "the PDF")
        page.keyboard.press("Enter")
    download = download_info.value
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_the_error_summary_takes_the_focus_and_links_to_the_field(page, live_server):
    page.goto(live_server.url + "/screen/")
    press_button(page, "Continue")
    page.wait_for_selector(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    tab_to(
        page,
        lambda el: el.get("tag") == "a" and "Where are you now" in el.get("text", ""),
        "the first error link",
    )
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_situation-location"
