"""Answering wizard pages with the keyboard alone: Tab, Shift+Tab, arrows, Space, Enter, typing."""

from __future__ import annotations

from typing import Any

from screening.rules.schema import FIELDS

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


def press_button(page, label: str) -> None:
    """Tab to a button or link by its text and press Enter, waiting for the next page."""
    tab_to(page, lambda el: el.get("tag") in ("button", "a") and label in el.get("text", ""), label)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def step_name(page) -> str:
    return page.url.split("?")[0].rstrip("/").split("/")[-1]


def answer_page(page, answers: dict[str, Any], continue_label: str = "Continue") -> None:
    """Answer every question on the current step page from `answers`, in page order, then
    press Continue (`continue_label`: its text in the page's language)."""
    step = step_name(page)
    names = page.eval_on_selector_all(
        "form [name]",
        "els => [...new Set(els.map(e => e.name))]",
    )
    for name in names:
        if not name.startswith(f"{step}-"):
            continue
        key = name[len(step) + 1 :]
        base = key.rsplit("_", 1)[0] if key[-2:] in ("_0", "_1", "_2") else key
        if base not in answers:
            if base not in FIELDS:
                continue  # a box beside the answers ("Another reason"): left blank
            raise AssertionError(f"no answer for {base} on {step}")
        value = answers[base]
        kind = page.eval_on_selector(f'[name="{name}"]', "el => el.type || el.tagName")
        if kind == "radio":
            choose_radio(page, name, {True: "yes", False: "no"}.get(value, value))
        elif kind == "checkbox":
            for item in value or ["none_of_these"]:
                box = page.eval_on_selector(f'[name="{name}"][value="{item}"]', "el => el.id")
                tick(page, box)
        elif kind == "select-one":
            select_id = page.eval_on_selector(f'[name="{name}"]', "el => el.id")
            tab_to(page, lambda el, i=select_id: el.get("id") == i, select_id)
            page.keyboard.type(value)
            assert active(page)["value"] == answers["citizenship_code"]
        elif kind == "text":
            year, month, day = (
                value.split("-") if isinstance(value, str) and "-" in value else ("",) * 3
            )
            part = {"_0": month, "_1": day, "_2": year}.get(key[-2:], str(value))
            type_into(page, page.eval_on_selector(f'[name="{name}"]', "el => el.id"), part)
    press_button(page, continue_label)
