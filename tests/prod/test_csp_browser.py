"""In Chromium, no page breaks the Content-Security-Policy: the applicant's pages, the staff
workspace and the Django admin load with no violation reported, and their styles apply.

Skipped (with the reason printed) without /usr/bin/chromium, except in CI where it fails.
"""

from __future__ import annotations

import pytest

from screening.models import AuditEvent
from tests.staff.conftest import MEDICAL, make_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "browser admin phrase 8"


@pytest.fixture
def admin_page(browser, live_server, django_user_model):
    django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD)
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "root")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/staff/")
    yield page, violations
    context.close()


def test_no_page_breaks_the_content_security_policy(admin_page, live_server):
    page, violations = admin_page
    case = make_case(MEDICAL, client_name="Ngozi Okafor")
    AuditEvent.objects.create(username="root", action="case_viewed", case_reference=case.reference)
    paths = [
        "/",
        "/screen/situation/",
        "/staff/",
        f"/staff/cases/{case.reference}/",
        f"/staff/cases/{case.reference}/edit/",
        f"/staff/cases/{case.reference}/intake/situation/",
        f"/staff/cases/{case.reference}/rescreen/",
        "/staff/cases/new/",
        "/admin/",
        "/admin/screening/auditevent/",
        "/admin/screening/auditevent/?at__year=2026",
        "/admin/screening/case/",
        f"/admin/screening/case/{case.pk}/change/",
        "/admin/auth/user/add/",
    ]
    for path in paths:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        page.wait_for_load_state("load")
    assert violations == []
    # The site's stylesheet applied (the policy did not block it): the skip link sits off-screen.
    page.goto(f"{live_server.url}/")
    left = page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position")
    assert left in ("absolute", "fixed")
