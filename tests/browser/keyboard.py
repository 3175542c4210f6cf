"""Answering wizard pages with the keyboard alone: Tab, Shift+Tab, arrows, Space, Enter, typing."""

from __future__ import annotations

from typing import Any

from tests.walker import page_values

MAX_TABS = 80

ACTIVE = """() => {
  const el = document.activeElement;
  return el ? {tag: el.tagName.toLowerCase(), id: el.id || "", name: el.name || "",
               type: el.type || "", value: el.value || "", text: (el.innerText || "").trim(),
               checked: !!el.checked} : null;
}"""


def active(page) -> dict:
    return page.evaluate(ACTIVE) or {}


def tab_to(page, matches, what: str) -> dict:
    """Press Tab until the focused element matches; fail after MAX_TABS presses."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = active(page)
        if matches(element):
            return element
    raise AssertionError(f"could not reach {what} with Tab on {page.url}")


def choose_radio(page, name: str, value: str) -> None:
    tab_to(page, lambda el: el.get("name") == name, name)
    for _ in range(12):
        element = active(page)
        if element.get("value") == value:
            page.keyboard.press("Space")
            assert active(page)["checked"], (name, value)
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"no radio {value} for {name}")


def tick(page, input_id: str) -> None:
    tab_to(page, lambda el: el.get("id") == input_id, input_id)
    page.keyboard.press("Space")
    assert active(page)["checked"], input_id


def type_into(page, input_id: str, text: str) -> None:
    tab_to(page, lambda el: el.get("id") == input_id, input_id)
    page.keyboard.type(text)


def retype(page, input_id: str, text: str) -> None:
    """Replace what a box holds: Tab to it, select all, type."""
    tab_to(page, lambda el: el.get("id") == input_id, input_id)
    page.keyboard.press("Control+a")
    page.keyboard.type(text)


def pick_option(page, select_id: str, value: str) -> None:
    """Choose an option of a closed select as a keyboard user does in any script: Tab to it,
    Home, then ArrowDown until its value is `value`."""
    tab_to(page, lambda el: el.get("id") == select_id, select_id)
    page.keyboard.press("Home")
    options = page.eval_on_selector(f"#{select_id}", "el => el.options.length")
    for _ in range(options):
        if active(page)["value"] == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"no option {value} in {select_id}")


def press_button(page, label: str) -> None:
    """Tab to a button or link by its text and press Enter, waiting for the next page."""
    tab_to(page, lambda el: el.get("tag") in ("button", "a") and label in el.get("text", ""), label)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def step_name(page) -> str:
    return page.url.split("?")[0].rstrip("/").split("/")[-1]


def answer_page(
    page, answers: dict[str, Any], continue_label: str = "Continue", *, arrows: bool = False
) -> None:
    """Answer every question on the current step page from `answers` (stored-style values; the
    walker's answer for a question not named), in page order, by keyboard, then press Continue
    (`continue_label`: its text in the page's language). A country is typed as named (its name,
    as a person types it) and checked against `answers["citizenship_code"]`; with `arrows`, it
    is chosen with Home and ArrowDown instead, whatever the script of the names."""
    step = step_name(page)
    names = page.eval_on_selector_all(
        "form [name]",
        "els => [...new Set(els.map(e => e.name))]",
    )
    values = page_values(step, names, answers)
    for name in names:
        if name not in values:
            continue  # a box beside the answers ("Another reason") or a blank date: left blank
        value = values[name]
        kind = page.eval_on_selector(f'[name="{name}"]', "el => el.type || el.tagName")
        if kind == "radio":
            choose_radio(page, name, value)
        elif kind == "checkbox":
            for item in value:
                box = page.eval_on_selector(f'[name="{name}"][value="{item}"]', "el => el.id")
                tick(page, box)
        elif kind == "select-one":
            select_id = page.eval_on_selector(f'[name="{name}"]', "el => el.id")
            if arrows:
                pick_option(page, select_id, answers["citizenship_code"])
            else:
                tab_to(page, lambda el, i=select_id: el.get("id") == i, select_id)
                page.keyboard.type(value)
            assert active(page)["value"] == answers["citizenship_code"]
        elif kind == "text":
            type_into(page, page.eval_on_selector(f'[name="{name}"]', "el => el.id"), value)
    press_button(page, continue_label)
