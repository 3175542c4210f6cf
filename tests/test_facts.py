"""The facts register: docs/facts.md is generated from the dated values themselves and kept
current (the staff page is tested in tests/staff/test_facts_page.py)."""

from __future__ import annotations

import datetime as dt
import re
import types
from pathlib import Path

from screening.facts import register
from screening.facts.markdown import render
from screening.rules import knowledge
from screening.rules.knowledge.base import EARLIEST, Dated, Series

ROOT = Path(__file__).resolve().parent.parent
FACTS_DOC = ROOT / "docs" / "facts.md"

# -- docs/facts.md ------------------------------------------------------------------------------


def test_the_facts_doc_is_current():
    assert FACTS_DOC.read_text(encoding="utf-8") == render(), (
        "docs/facts.md is out of date: run `make docs`"
    )


def test_every_dated_value_is_in_the_doc_with_its_dates_source_and_confidence():
    text = render()
    fee = next(f for f in register.all_facts() if f.id == "parole_fee")
    section = text.split("`PAROLE_FEE` (id `parole_fee`)", 1)[1].split("###", 1)[0]
    # other fees change on the same day: the parole fee's row is read in its own section
    row = next(
        line for line in section.splitlines() if line.startswith("| 2026-10-16 | in force |")
    )
    assert "paper: $1,050" in row and "S: reported by secondary sources only" in row
    assert "2026-11-28" in row and "Federal Register 2026-20187" in row
    assert section.count("\n| ") - 1 == len(fee.entries) == 4  # a row per entry, header aside
    for fact in register.all_facts():
        assert f"`{fact.name}` (id `{fact.id}`)" in text
        for entry in fact.entries:
            assert register.value_text(entry.value) in text


def test_the_doc_lists_what_changed_on_which_day_in_date_order():
    text = render().split("## What changed on which day", 1)[1]
    days = re.findall(r"^\| (\d{4}-\d{2}-\d{2}) \|", text, flags=re.MULTILINE)
    assert days == sorted(days) and len(days) == len(register.changes())
    assert "| 2026-01-01 | Presidential proclamations suspending entry" in text


def test_the_doc_is_grouped_by_knowledge_module():
    text = render()
    modules = [p.stem for p in (ROOT / "screening/rules/knowledge").glob("*.py")]
    for module in set(modules) - {"__init__", "base"}:
        assert f"`screening/rules/knowledge/{module}.py`" in text, module


def test_a_new_dated_value_appears_with_no_change_to_the_register(monkeypatch):
    """A module, a series and an entry another change adds show up by themselves."""
    series = Series(
        "new_fee",
        (
            Dated(EARLIEST, 100, "Old fee rule", confidence="C"),
            Dated(dt.date(2027, 3, 1), 120, "New fee rule (FR 2027-1)", confidence="S"),
        ),
        "A fee added later",
    )
    module = types.ModuleType(f"{knowledge.__name__}.added", "Added facts: a new concern.")
    module.NEW_FEES = {"x": series}
    original = register._modules
    monkeypatch.setattr(register, "_modules", lambda: [*original(), module])
    text = render()
    assert "## Added facts: a new concern." in text
    assert "### A fee added later" in text and "`NEW_FEES['x']` (id `new_fee`)" in text
    assert "| not recorded | 2027-02-28 | 100 |" in text
    assert "| 2027-03-01 | A fee added later | 100 | 120 | S: reported" in text


def test_an_entry_holds_from_its_day_until_the_day_before_the_next():
    fee = next(f for f in register.all_facts() if f.id == "parole_fee")
    assert fee.on(dt.date(2025, 10, 15)).value is None
    assert fee.on(dt.date(2025, 10, 16)).value.paper_usd == 1000
    assert fee.on(dt.date(2025, 12, 31)).value.paper_usd == 1000
    assert fee.on(dt.date(2026, 1, 1)).value.paper_usd == 1020
    assert fee.on(dt.date(2030, 1, 1)).ends is None
