"""The pages that refuse a save because someone else saved the case first, in Chromium at 320 px:
no axe violations, nothing wider than the screen, the typing kept, and saving again works.

Skipped (with the reason printed) without /usr/bin/chromium, except in CI where it fails.
"""

from __future__ import annotations

import pytest
from django.db import transaction

from screening.models import AuditAction, AuditEvent, Case
from screening.staff.versions import claim

from .conftest import MEDICAL, make_case
from .test_browser import overflow, signed_in  # noqa: F401  (the signed-in page fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def someone_else_saves(case: Case, **fields) -> None:
    """Another member of the staff saves the case (as their save would: version, then audit)."""
    case = Case.objects.get(pk=case.pk)
    with transaction.atomic():
        claim(case, case.version)
        for name, value in fields.items():
            setattr(case, name, value)
        case.save()
        AuditEvent.objects.create(
            action=AuditAction.CASE_EDITED,
            case_reference=case.reference,
            username="paula",
            detail={"fields": sorted(fields), "version": case.version},
        )


def test_the_conflict_pages_pass_axe_keep_the_typing_and_save_again(signed_in, live_server):  # noqa: F811
    from axe_playwright_python.sync_playwright import Axe

    page, axe = signed_in, Axe()
    case = make_case(MEDICAL, client_name="Ngozi Okafor")
    page.goto(f"{live_server.url}/staff/cases/{case.reference}/edit/")
    someone_else_saves(case, client_contact="+234 803 555 0101")
    page.fill("#id_a_number", "A-219-456-781")
    page.get_by_role("button", name="Save the details").click()
    assert page.get_by_role("heading", name="Someone else saved this case while you had it open")
    assert page.input_value("#id_a_number") == "A-219-456-781"  # the typing is kept
    assert page.input_value("#id_client_contact") == "+234 803 555 0101"  # on top of theirs
    result = axe.run(page)
    assert result.violations_count == 0, result.generate_report()
    assert overflow(page) == []
    page.get_by_role("button", name="Save the details").click()
    page.wait_for_url(f"{live_server.url}/staff/cases/{case.reference}/")
    case.refresh_from_db()
    assert (case.a_number, case.client_contact) == ("A219456781", "+234 803 555 0101")

    page.goto(f"{live_server.url}/staff/cases/{case.reference}/intake/")  # the check page
    someone_else_saves(case, client_contact="email only")
    page.get_by_role("button", name="Save draft").click()
    assert page.get_by_role("button", name="Put my changes on top and check them")
    result = axe.run(page)
    assert result.violations_count == 0, result.generate_report()
    assert overflow(page) == []
