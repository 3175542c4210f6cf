"""The Deadlines page and a case's timeline in Chromium: no axe violations at 390 px and 1280 px,
nothing wider than the screen.

Skipped (with the reason printed) without /usr/bin/chromium, except in CI where it fails.
"""

from __future__ import annotations

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from .conftest import MEDICAL, make_case
from .test_browser import overflow, signed_in  # noqa: F401 (the signed-in page fixture)
from .test_deadlines import parolee

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TODAY = timezone.localdate()


@pytest.mark.parametrize("width", [390, 1280])
def test_deadlines_pages_pass_axe_and_fit(signed_in, live_server, width):  # noqa: F811
    ended = make_case(parolee(TODAY - dt.timedelta(days=2)), TODAY - dt.timedelta(days=30))
    window = make_case(parolee(TODAY + dt.timedelta(days=100)), TODAY)
    make_case(MEDICAL | {"needed_by": (TODAY + dt.timedelta(days=9)).isoformat()}, TODAY)
    signed_in.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    for path in (
        "/staff/deadlines/",
        "/staff/deadlines/?window=30",
        "/staff/deadlines/?window=lost",
        "/staff/",
        f"/staff/cases/{ended.reference}/",
        f"/staff/cases/{window.reference}/",
    ):
        signed_in.goto(f"{live_server.url}{path}")
        result = axe.run(signed_in)
        assert result.violations_count == 0, (path, result.generate_report())
        assert overflow(signed_in) == [], (path, width)
    signed_in.goto(f"{live_server.url}/staff/deadlines/")
    assert signed_in.locator(".deadline-mark--ended").count() == 1
    assert signed_in.locator(".deadline-mark--open").count() == 1
