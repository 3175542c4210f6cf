"""Helpers shared by the wizard, staff and browser tests."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Any

# Someone abroad who needs treatment that is not available at home (the scenario-01 situation):
# the wizard tests walk it by POST, the keyboard journey by browser.
MEDICAL_ANSWERS: dict[str, Any] = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "NG",
    "beneficiary_is_minor": False,
    "special_categories": [],
    "us_relatives": [],
    "reasons": ["medical_treatment"],
    "medical_patient": "self",
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "medical_costs_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
    "can_pay_fees": True,
    "risk_factors": [],
    "pending_applications": [],
    "victim_of": [],
    "worked_for_us_government": False,
    # nine days ahead: an emergency, and never a date that has passed
    "needed_by": (dt.date.today() + dt.timedelta(days=9)).isoformat(),
    "evidence_on_hand": ["identity_document"],
}


RULES_DIR = Path(__file__).resolve().parent.parent / "screening" / "rules"


def marked_forms(node: ast.AST) -> list[str] | None:
    """The strings of a `_("...")` call node, or of an `ngettext("one", "many", n)` call node (its
    two forms), else None."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return None
    wanted = {"_": 1, "ngettext": 2}.get(node.func.id)
    literals = [arg.value for arg in node.args[: wanted or 0] if isinstance(arg, ast.Constant)]
    return literals if wanted and len(literals) == wanted else None


def marked_messages() -> set[str]:
    """The literal strings passed to _() or ngettext() in screening/rules (what makemessages
    extracts)."""
    found: set[str] = set()
    for path in RULES_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found.update(marked_forms(node) or ())
    return found
