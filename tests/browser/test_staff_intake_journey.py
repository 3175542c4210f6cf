"""A paralegal's intake in Chromium: an A-number typed with spaces, an "I'm not sure" answer, a
note longer than the limit refused and shortened, then the memo downloaded. Every page passes axe
at 390 px and 1280 px and fits a 390 px screen."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from screening.staff.permissions import ensure_groups
from tests.staff.test_browser import overflow

from .fill import fill_by_form

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "journey pass phrase 7"
WIDTHS = (390, 1280)
LONG_NOTE = ("The client called about the hospital letter. " * 120)[:5200]

# The medical situation, the cost of treatment "not sure" and no needed-by date.
ANSWERS = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "NG",
    "beneficiary_is_minor": False,
    "special_categories": [],
    "reasons": ["medical_treatment"],
    "medical_patient": "self",
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "medical_costs_arranged": None,  # "I'm not sure"
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
    "can_pay_fees": True,
    "us_relatives": [],
    "risk_factors": [],
    "pending_applications": [],
    "victim_of": [],
    "worked_for_us_government": False,
    "needed_by": None,
    "evidence_on_hand": ["identity_document"],
}


@pytest.fixture
def paralegal_page(browser, live_server, django_user_model):
    user = django_user_model.objects.create_user(username="pat", password=PASSWORD)
    user.groups.add(ensure_groups()["attorney"])
    context = browser.new_context(
        viewport={"width": 390, "height": 800}, locale="en-US", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "pat")
    page.fill("#id_password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/staff/")
    yield page
    context.close()


def check_page(page, what: str) -> None:
    """axe at both widths, and nothing wider than a 390 px screen."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        result = Axe().run(page)
        assert result.violations_count == 0, (what, width, result.generate_report())
        if width == 390:
            assert overflow(page) == [], (what, overflow(page))
    page.set_viewport_size({"width": 390, "height": 800})


def test_intake_with_not_sure_a_long_note_and_an_a_number_then_the_memo(
    paralegal_page, live_server
):
    page = paralegal_page
    page.click("text=Start a case")
    page.locator("#id_client_name").type("Ngozi Okafor")
    page.locator("#id_a_number").type("A-219 456 781")  # typed as said, spaces and all
    check_page(page, "new case")
    page.click("text=Start the intake")

    for _ in range(20):
        step = page.url.rstrip("/").split("/")[-1]
        if step == "check":
            break
        assert page.locator(".staff-nav").is_visible(), step
        assert "Ngozi Okafor" in page.locator(".intake-case").inner_text(), step
        if step in ("about_you", "medical"):
            check_page(page, step)
        fill_by_form(page, ANSWERS)
    check = page.locator("main").inner_text()
    assert "I'm not sure" in check or "I’m not sure" in check
    check_page(page, "check your answers")
    page.click("text=Confirm and screen the case")
    page.wait_for_url("**/staff/cases/PS-*/")

    facts = page.locator(".case-facts").inner_text()
    assert "A-219-456-781" in facts
    answers = page.locator("#client-answers").inner_text().replace("’", "'")
    assert "Is the cost of treatment and travel covered?\nI'm not sure" in answers

    # A pasted note longer than the limit is refused, kept whole, then shortened and saved.
    page.locator("#id_body").focus()
    page.keyboard.insert_text(LONG_NOTE)
    assert page.locator("#id_body").input_value() == LONG_NOTE  # nothing cut on paste
    page.click("text=Add the note")
    page.wait_for_load_state()
    assert "The limit is 5,000 characters" in page.locator(".error-summary").inner_text()
    assert page.locator("#id_body").input_value() == LONG_NOTE
    check_page(page, "case page with the refused note")
    page.locator("#id_body").fill(LONG_NOTE[:4990])
    page.click("text=Add the note")
    page.wait_for_url("**#notes")
    assert page.locator(".note-body").inner_text().startswith("The client called")
    check_page(page, "case page")

    with page.expect_download() as download:
        page.click("text=Download the attorney memo (PDF)")
    body = Path(download.value.path()).read_bytes()
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(body)).pages).split()
    ).replace("’", "'")
    assert "A-219-456-781" in text
    assert "Is the cost of treatment and travel covered? I'm not sure" in text
    assert "The client called about the hospital letter." in text
