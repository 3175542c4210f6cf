"""Staff pages in Debian's Chromium at 320 px: no axe violations, nothing wider than the screen,
and the sign-in and case pages work by keyboard alone.

Skipped (with the reason printed) without /usr/bin/chromium, except in CI where it fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from screening.staff.permissions import ensure_groups

from .conftest import CUBAN_FAMILY, MEDICAL, make_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "browser pass phrase 5"


@pytest.fixture
def signed_in(browser, live_server, django_user_model):
    user = django_user_model.objects.create_user(username="ana", password=PASSWORD)
    user.groups.add(ensure_groups()["attorney"])
    context = browser.new_context(viewport={"width": 320, "height": 740}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/staff/")
    assert "/accounts/login/" in page.url
    # By keyboard: the user name field, then the password, then Enter.
    page.locator("#id_username").focus()
    page.keyboard.type("ana")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/staff/")
    yield page
    context.close()


def overflow(page) -> list[str]:
    return page.evaluate(
        """() => { const w = document.documentElement.clientWidth; const out = [];
        for (const el of document.querySelectorAll('body *')) {
          if (el.closest('.table-wrap')) continue;
          const r = el.getBoundingClientRect();
          if (r.right > w + 1) out.push(el.tagName + '.' + el.className);
        }
        return out; }"""
    )


def test_staff_pages_pass_axe_and_fit_320px(signed_in, live_server):
    from axe_playwright_python.sync_playwright import Axe

    medical = make_case(MEDICAL, client_name="Ngozi Okafor")
    cuban = make_case(CUBAN_FAMILY, dt.date(2025, 3, 1), client_name="Yanet Perez")
    axe = Axe()
    for path in (
        "/staff/",
        "/staff/?status=lost",
        f"/staff/cases/{medical.reference}/",
        f"/staff/cases/{cuban.reference}/rescreen/",
        "/staff/cases/new/",
        f"/staff/cases/{medical.reference}/edit/",
    ):
        signed_in.goto(f"{live_server.url}{path}")
        result = axe.run(signed_in)
        assert result.violations_count == 0, (path, result.generate_report())
        assert overflow(signed_in) == [], path


def test_a_note_can_be_added_by_keyboard(signed_in, live_server):
    case = make_case(MEDICAL, client_name="Ngozi Okafor")
    signed_in.goto(f"{live_server.url}/staff/cases/{case.reference}/")
    signed_in.locator("#id_body").focus()
    signed_in.keyboard.type("Called the hospital.")
    signed_in.keyboard.press("Tab")  # kind of note
    signed_in.keyboard.press("Tab")  # the button
    signed_in.keyboard.press("Enter")
    signed_in.wait_for_url(f"**/staff/cases/{case.reference}/#notes")
    assert signed_in.locator(".note-body").inner_text() == "Called the hospital."
    assert signed_in.locator(".staff-messages").inner_text() == "The note was added."
