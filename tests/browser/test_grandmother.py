"""Her whole story, by keyboard alone on a phone: a Honduran grandmother who is the bone-marrow
match for her grandson with leukemia in Texas, from the start page to the result and the PDF."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from tests.wizard.conftest import MEDICAL_ANSWERS

from .keyboard import answer_page, press_button, retype, step_name, tab_to
from .test_accessibility import assert_no_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTH = 360
TODAY = dt.date.today()
DONATION = TODAY + dt.timedelta(days=40)
LAST_MONTH = TODAY - dt.timedelta(days=30)


def words(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


# her answers where they are the usual ones (support, history, documents), and her own
HER = MEDICAL_ANSWERS | {
    "citizenship": "Honduras",
    "citizenship_code": "HN",
    "reasons": ["organ_donor"],
    "donation_patient_relationship": "grandchild",
    "donation_center_confirmed": True,
    "donation_date": LAST_MONTH.isoformat(),  # her slip: last month, put right below
    "needed_by": (DONATION - dt.timedelta(days=7)).isoformat(),
}


def fits(page) -> bool:
    """Nothing wider than the phone, not even a hidden label's text."""
    return page.evaluate(
        """(width) => document.documentElement.scrollWidth <= width &&
        [...document.querySelectorAll('body *')].every(
            (el) => el.getBoundingClientRect().right <= width + 1)""",
        WIDTH,
    )


def test_the_grandmother_reaches_her_result_and_pdf_by_keyboard_on_a_phone(page, live_server):
    page.set_viewport_size({"width": WIDTH, "height": 780})
    page.goto(live_server.url + "/")
    tab_to(page, lambda el: el.get("text") == "Start now", "the start button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/screen/situation/")
    progress, refused = [], False
    for _ in range(20):
        step = step_name(page)
        if step == "check":
            break
        assert fits(page), step
        progress.append(page.inner_text(".step-indicator__heading"))
        if step == "reasons":
            assert "To donate an organ, bone marrow or other tissue" in page.inner_text("main")
        answer_page(page, HER)
        page.wait_for_load_state()
        if step == "donation" and step_name(page) == "donation":
            # the date that has passed is refused, saying why and what to do
            summary = page.inner_text(".error-summary")
            assert "This date has already passed" in summary
            assert "leave all three boxes blank" in summary
            assert_no_violations(page, "the donation date refused")
            refused = True
            for index, part in enumerate((DONATION.month, DONATION.day, DONATION.year)):
                retype(page, f"id_donation-donation_date_{index}", str(part))
            press_button(page, "Continue")
        assert page.locator(".error-summary").count() == 0, page.inner_text(".error-summary")
    assert step_name(page) == "check"
    assert refused, "the date that had passed was accepted"
    # progress: four named parts, never growing, never going back
    assert progress[0] == "Part 1 of 4: About you"
    assert all(p.startswith("Part ") and " of 4: " in p for p in progress), progress
    numbers = [int(p.split()[1]) for p in progress]
    assert numbers == sorted(numbers)
    main = page.inner_text("main")
    assert "Part 4 of 4: Check your answers" in main
    assert "My grandchild" in main and words(DONATION) in main and "Honduras" in main
    assert fits(page)
    assert_no_violations(page, "check your answers")

    press_button(page, "Confirm and see your result")
    page.wait_for_url("**/result/")
    assert fits(page)
    first = page.inner_text(".first-things")  # what to do first, on the first screens
    assert "Humanitarian parole" in first and "Likely to fit" in first
    assert words(DONATION - dt.timedelta(days=7)) in first  # the date that matters, in words
    # the rest is folded: a section opens with the keyboard
    tab_to(page, lambda el: el.get("tag") == "summary", "a folded section")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.parentElement.open") is True
    result = page.text_content("main")  # every fold, open or not
    assert "Letter from the transplant center" in result and "Proof that you are a match" in result
    assert "Doctor's statement" not in result and "agreed to treat you" not in result
    page.click("#fold-pathways > summary")
    assert "OMB ICR" not in page.inner_text(".pathways")  # citations stay in their own fold
    assert_no_violations(page, f"result at {WIDTH}px")

    with page.expect_download() as download_info:
        tab_to(page, lambda el: el.get("tag") == "a" and "PDF" in el.get("text", ""), "the PDF")
        page.keyboard.press("Enter")
    with open(download_info.value.path(), "rb") as file:
        pages = PdfReader(io.BytesIO(file.read())).pages
    flat = [re.sub(r"\s+", " ", p.extract_text()) for p in pages]
    assert "At a glance" in flat[0] and "Likely to fit" in flat[0]
    whole = " ".join(flat)
    assert "Letter from the transplant center" in whole
    assert "Doctor's statement" not in whole
    assert words(DONATION - dt.timedelta(days=7)) in whole
    assert "Where this comes from" in whole
