"""Browser tests: Playwright (sync API) driving Debian's Chromium against the live server.

The `browser` fixture (tests/conftest.py) is shared with the staff browser tests.
"""

from __future__ import annotations

import pytest

PHONE = {"width": 320, "height": 740}


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=PHONE, accept_downloads=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
