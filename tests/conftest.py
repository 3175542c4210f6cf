"""Shared fixtures. Feature folders keep their own conftest.py beside their tests."""

import json
import os
from pathlib import Path

import pytest

SCENARIO_DIR = Path(__file__).parent / "scenarios"


def load_scenarios() -> list[dict]:
    return [
        json.loads(p.read_text()) | {"file": p.name} for p in sorted(SCENARIO_DIR.glob("*.json"))
    ]


@pytest.fixture
def scenarios() -> list[dict]:
    return load_scenarios()


@pytest.fixture(autouse=True)
def _no_pdf_prepared_ahead(settings):
    """A result page does not write its PDF in the background in tests (a second of CPU for
    each result shown); tests/result/test_prepared_pdf.py turns it on."""
    settings.PDF_PREPARE_AHEAD = False


# -- Browser tests: one Chromium per test module. Playwright's sync API allows one at a time per
# thread, and closing it after each module leaves no event loop behind for the other tests.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright. Without it the test skips with the reason printed,
    except in CI (CI=true), where a missing browser is a failure."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (scripts/ensure-chromium.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        print(f"SKIPPED browser tests: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the live server's database calls
    # from the test body are still synchronous, so Django's async-safety check is relaxed.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
