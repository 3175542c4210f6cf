"""The staff pages this work changed, in Chromium at 320 px, in English and Spanish: no axe
violations and nothing wider than the screen. The case list (names that link), a draft's case
page (its status menu), a case whose language came from a saved screening, client details (the
language asked), the intake page that no longer asks again for a recorded relative, and the
sign-in page that says "signed out".

Skipped (with the reason printed) without /usr/bin/chromium, except in CI where it fails.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client

from screening.models import Case, LanguageSource, Status
from screening.staff.wizard import SAVE_DRAFT
from tests.walker import intake, post_step, walk

from .conftest import MEDICAL, make_case
from .test_browser import overflow, signed_in  # noqa: F401 (the signed-in page fixture)
from .test_intake_asks_once import JOINING_HUSBAND

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def draft_at_us_family(user) -> Case:
    """A draft whose intake resumes on "Your family in the U.S." (the husband recorded)."""
    case = make_case(None, status=Status.DRAFT, client_name="Yanet Perez", assigned_to=user)
    client = Client()
    client.force_login(user)
    walk(client, intake(case), JOINING_HUSBAND, stop_before="us_family")
    post_step(client, intake(case), "us_family", {}, fill=False, extra={SAVE_DRAFT: "1"})
    return case


def test_the_pages_changed_pass_axe_in_both_languages(
    signed_in,  # noqa: F811
    live_server,
    settings,
    django_user_model,
):
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    user = django_user_model.objects.get(username="ana")
    screened = make_case(
        MEDICAL,
        client_name="Rosa Díaz",
        language="es",
        language_source=LanguageSource.SAVED_SCREENING,
    )
    draft = draft_at_us_family(user)
    axe = Axe()
    for language in ("en", "es"):
        signed_in.context.add_cookies(
            [{"name": "django_language", "value": language, "url": live_server.url}]
        )
        for path in (
            "/staff/",
            f"/staff/cases/{screened.reference}/",
            f"/staff/cases/{draft.reference}/",
            f"/staff/cases/{screened.reference}/edit/",
            "/staff/cases/new/",
            f"/staff/cases/{draft.reference}/intake/",
        ):
            signed_in.goto(f"{live_server.url}{path}")
            assert signed_in.get_attribute("html", "lang") == language
            result = axe.run(signed_in)
            assert result.violations_count == 0, (language, path, result.generate_report())
            assert overflow(signed_in) == [], (language, path)
        assert "/intake/us_family/" in signed_in.url
        assert signed_in.locator(".choices__implied li").count() == 1
    # signing out, then the page it lands on, in Spanish
    signed_in.locator(".staff-logout button").click()
    signed_in.wait_for_url("**/accounts/login/")
    assert signed_in.locator(".staff-messages").inner_text() == "Cerró la sesión."
    result = axe.run(signed_in)
    assert result.violations_count == 0, result.generate_report()
    assert overflow(signed_in) == []
