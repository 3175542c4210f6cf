"""Answers an earlier step has already given, so that a later question does not ask them again.

The family step records the relative a family reason is about ("my husband, a U.S. citizen");
"Your family in the U.S." would otherwise ask for that same person among its choices, unticked.
`implied_items(key, answers)` names the choices of a list question that earlier answers already
give; the step form does not offer them again (it says they are recorded) and `with_implied`
adds them to the answers wherever the wizard merges its steps, so they follow the earlier
answer when it changes.

Only what the earlier answers say for certain is implied: a living spouse or parent with the
status given. A child is not (the question needs their age), nor a relative who has died, nor
a relative whose status is shared with a military family member (two people, one answer).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from screening.rules.schema import FIELDS
from screening.rules.values import FAMILY_REASONS

# (the relative's relationship to the person, their status) -> the "Your family in the U.S." item
_US_RELATIVE = {
    ("spouse", "us_citizen"): "usc_spouse",
    ("parent", "us_citizen"): "usc_parent",
    ("spouse", "lpr"): "lpr_spouse",
    ("parent", "lpr"): "lpr_parent",
}


def _us_relatives(answers: Mapping[str, Any]) -> tuple[str, ...]:
    reasons = set(answers.get("reasons") or ())
    if not reasons & FAMILY_REASONS or "military_family" in reasons:
        return ()
    if answers.get("relative_condition") == "deceased":
        return ()
    item = _US_RELATIVE.get((answers.get("relative_relationship"), answers.get("relative_status")))
    return (item,) if item else ()


# list question -> the items earlier answers give (a new double question gets a line here)
IMPLIED: dict[str, Callable[[Mapping[str, Any]], tuple[str, ...]]] = {
    "us_relatives": _us_relatives,
}


def implied_items(key: str, answers: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The choices of list question `key` that `answers` already give."""
    rule = IMPLIED.get(key)
    return rule(answers) if rule and answers else ()


def with_implied(answers: dict[str, Any]) -> dict[str, Any]:
    """`answers` with the implied items added to each list question already answered."""
    out = dict(answers)
    for key in IMPLIED:
        given = out.get(key)
        if not isinstance(given, list):
            continue  # not answered yet (or "not sure"): asked with the earlier answer shown
        extra = set(implied_items(key, out)) - set(given)
        if extra:
            out[key] = [item for item in FIELDS[key].choices if item in {*given, *extra}]
    return out
