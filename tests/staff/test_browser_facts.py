"""The facts register in Chromium: no axe violations at 320 px and 1280 px, in English and in
Spanish, with and without an error, and nothing wider than the screen; a day picked with the
date box shows that day's values.

Skipped (with the reason printed) without /usr/bin/chromium, except in CI where it fails.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_browser import overflow, signed_in  # noqa: F401 (the signed-in page fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = (
    "/staff/facts/",
    "/staff/facts/?on=2026-01-01&since=2025-06-01",
    "/staff/facts/?on=2026-02-30&since=yesterday",
)


@pytest.mark.parametrize("width", [320, 1280])
def test_the_facts_register_passes_axe_and_fits(signed_in, live_server, settings, width):  # noqa: F811
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    signed_in.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    for language in ("en", "es"):
        signed_in.context.add_cookies(
            [{"name": "django_language", "value": language, "url": live_server.url}]
        )
        for path in PAGES:
            signed_in.goto(f"{live_server.url}{path}")
            assert signed_in.get_attribute("html", "lang") == language
            result = axe.run(signed_in)
            assert result.violations_count == 0, (language, path, result.generate_report())
            assert overflow(signed_in) == [], (language, path, width)


def test_a_day_picked_in_the_date_box_shows_that_days_values(signed_in, live_server):  # noqa: F811
    signed_in.goto(f"{live_server.url}/staff/facts/")
    signed_in.fill("#id_on", "2025-12-31")
    signed_in.click("button.button >> text=Show the facts")
    signed_in.wait_for_url("**/staff/facts/?on=2025-12-31*")
    fees = signed_in.inner_text("#concern-fees")
    assert "paper: $1,000" in fees and "until December 31, 2025" in fees
    signed_in.fill("#id_on", "2026-01-01")
    signed_in.fill("#id_since", "2026-02-01")
    signed_in.click("button.button >> text=Show the facts")
    signed_in.wait_for_selector(".error-summary")
    assert "Pick a day before the day above." in signed_in.inner_text(".error-summary")
    assert signed_in.input_value("#id_since") == "2026-02-01"
