"""Quick answers in a browser (not the keyboard journeys): fill a step page's form through the one
walker (`tests/walker.py`), so a page's questions the test does not name get the walker's answer."""

from __future__ import annotations

from typing import Any

from tests.walker import page_values

from .keyboard import step_name


def fill_by_form(page, answers: dict[str, Any], submit: str | None = "Continue") -> None:
    """Fill every question on the current step page (stored-style `answers`, the walker's answer
    for those not named), then press the button labelled `submit` (None: press nothing)."""
    step = step_name(page)
    names = page.eval_on_selector_all("form [name]", "els => [...new Set(els.map(e => e.name))]")
    for name, value in page_values(step, names, answers).items():
        kind = page.eval_on_selector(f'[name="{name}"]', "el => el.type || el.tagName")
        if kind == "select-one":
            page.select_option(f'[name="{name}"]', value)
        elif kind in ("radio", "checkbox"):
            for item in value if isinstance(value, list) else [value]:
                page.check(f'[name="{name}"][value="{item}"]')
        else:
            page.fill(f'[name="{name}"]', value)
    if submit:
        page.click(f"button.button >> text={submit}")
        page.wait_for_load_state()
