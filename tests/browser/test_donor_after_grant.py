"""Issue 19 in a browser: the Honduran mother who would donate a kidney to her U.S.-citizen
daughter screens herself in Spanish on a phone (390 px). Her result says she can ask for a work
permit once paroled, shows her transplant day among the dates that matter, and the calendar file
she downloads holds it; axe finds nothing on the result with the new section."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from .fill import fill_by_form
from .keyboard import step_name
from .test_accessibility import assert_no_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TODAY = dt.date.today()
TRANSPLANT = TODAY + dt.timedelta(days=45)
SPANISH_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]

HER = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "HN",
    "beneficiary_is_minor": False,
    "special_categories": [],
    "reasons": ["organ_donor"],
    "donation_patient_relationship": "child",
    "donation_center_confirmed": True,
    "donation_date": TRANSPLANT.isoformat(),
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
    "can_pay_fees": True,
    "us_relatives": ["usc_child_21_or_older"],
    "risk_factors": [],
    "pending_applications": [],
    "victim_of": [],
    "worked_for_us_government": False,
    "evidence_on_hand": ["identity_document"],
}


def spanish(day: dt.date) -> str:
    return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 800}, locale="es-HN", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_the_donor_sees_the_work_permit_and_her_transplant_day_in_spanish(phone, live_server):
    page = phone
    page.goto(live_server.url + "/screen/")
    for _ in range(20):
        if step_name(page) == "check":
            break
        fill_by_form(page, HER, submit="Continuar")
        assert page.locator(".error-summary").count() == 0, page.inner_text(".error-summary")
    assert step_name(page) == "check"
    page.click("text=Confirmar y ver su resultado")
    page.wait_for_url("**/result/")
    # the sections are folded on a phone: open them as she would, one tap each
    for summary in page.locator("details.fold > summary").all():
        summary.click()

    section = page.inner_text("#fold-after_grant")  # its heading is the fold's
    assert "Si recibe el parole" in section
    assert "Permiso de trabajo" in section
    assert "El parole solo no le permite trabajar" in section
    assert "De la aprobación a su llegada, paso a paso" in section
    timeline = page.inner_text(".timeline")
    assert "Fechas importantes" in page.inner_text("main")  # the dates' heading (its fold's)
    assert "Día del trasplante (donación)" in timeline and spanish(TRANSPLANT) in timeline
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_no_violations(page, "the donor's result in Spanish at 390px")

    with page.expect_download() as download_info:
        page.click(".timeline-calendar a")
    with open(download_info.value.path(), "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    events = list(calendar.walk("VEVENT"))
    days = {e.decoded("dtstart"): str(e.get("summary")) for e in events}
    assert days[TRANSPLANT] == "Día del trasplante (donación)"
