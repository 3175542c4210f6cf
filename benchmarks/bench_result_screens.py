"""How many phone screens the applicant's result takes (target: what to do within the first two).

Every public scenario (tests/scenarios/) is rendered as the result page, in English and in
Spanish, with the site's own stylesheets inlined, and laid out by Chromium (/usr/bin/chromium) at
390x844, the size of a common phone. A "screen" is 844 px of document height; the longest
scenario's count is what a person scrolls through with every fold closed. Also printed: where
the last of the four things a person must see first (the verdicts, the first step, the next date,
the cost) ends, in screens. Printed, never asserted (tests/browser/test_result_phone.py asserts
the first two screens).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWPORT = {"width": 390, "height": 844}
CHROMIUM = Path("/usr/bin/chromium")
# the marks the result page puts on what must come first (see templates/partials/first_things.html)
FIRST_THINGS = tuple(f"[data-first='{mark}']" for mark in ("verdicts", "step", "date", "cost"))


def result_html(answers: dict, as_of: str, language: str) -> str:
    """The result page as the applicant gets it, with its stylesheets inlined."""
    from django.contrib.staticfiles import finders
    from django.test import Client

    from screening.rules import RULES_VERSION
    from screening.wizard.session import RESULT_KEY

    client = Client()
    session = client.session
    session[RESULT_KEY] = {"answers": answers, "as_of": as_of, "rules_version": RULES_VERSION}
    session.save()
    client.cookies["django_language"] = language
    html = client.get("/result/").content.decode()

    def inline(match: re.Match) -> str:
        path = finders.find(match.group(1).split("/static/", 1)[-1])
        return f"<style>{Path(path).read_text()}</style>" if path else ""

    html = re.sub(r'<link rel="stylesheet" href="([^"]+)">', inline, html)
    return re.sub(r"<script [^>]*></script>", "", html)


def measure(page, html: str) -> dict:
    page.set_content(html)
    height = page.evaluate("document.documentElement.scrollHeight")
    bottoms = [
        page.evaluate(
            "s => { const e = document.querySelector(s); if (!e) return null;"
            " const r = e.getBoundingClientRect(); return r.bottom + window.scrollY; }",
            selector,
        )
        for selector in FIRST_THINGS
    ]
    found = [b for b in bottoms if b is not None]
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    opened = page.evaluate("document.documentElement.scrollHeight")
    return {
        "screens": height / VIEWPORT["height"],
        "open": opened / VIEWPORT["height"],
        "first_things_end": max(found) / VIEWPORT["height"] if found else None,
        "first_things_found": len(found),
    }


def scenarios() -> list[dict]:
    from screening.rules import Answers, AnswersError

    found = []
    for path in sorted((ROOT / "tests" / "scenarios").glob("*.json")):
        data = json.loads(path.read_text())
        try:
            Answers.from_dict(data["answers"])
        except AnswersError:
            continue
        found.append(data | {"file": path.name})
    return found


def run() -> list[str]:
    if not CHROMIUM.exists():
        return [f"skipped: {CHROMIUM} is missing"]
    import os

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment
    from playwright.sync_api import sync_playwright

    setup_test_environment()
    with contextlib.redirect_stdout(io.StringIO()):  # sessions live in the database
        old_name = connection.creation.create_test_db(verbosity=0)
    try:
        rows = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_context(viewport=VIEWPORT).new_page()
            for s in scenarios():
                for language in ("en", "es"):
                    m = measure(page, result_html(s["answers"], s["as_of"], language))
                    rows.append((s["file"][:2], language, m))
            browser.close()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
    lines = [f"result page at 390x844, {dt.date.today()}: screens = document height / 844"]
    for language in ("en", "es"):
        mine = [r for r in rows if r[1] == language]
        longest = max(mine, key=lambda r: r[2]["screens"])
        first = longest[2]["first_things_end"]
        lines.append(
            f"{language}: longest scenario {longest[0]}: {longest[2]['screens']:.1f} screens "
            f"({longest[2]['open']:.1f} with every fold open); "
            + (
                f"what to do first ends at {first:.2f} screens (target <= 2)"
                if first
                else "what to do first: not marked on the page"
            )
        )
        lines.append(
            f"{language}: every scenario: "
            + ", ".join(f"{r[0]} {r[2]['screens']:.1f} ({r[2]['open']:.1f} open)" for r in mine)
        )
    return lines


if __name__ == "__main__":
    import os
    import sys

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parole_screen.settings")
    import django

    django.setup()
    print("\n".join(run()))
