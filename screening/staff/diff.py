"""What changed between a stored assessment and a re-screen (both as `Assessment.to_dict()`
stores them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FEE_FIELDS = ("amount_usd", "online_amount_usd", "due", "waivable", "exempt", "exception")


@dataclass
class Row:
    """One item seen on both sides: `old`/`new` are None where the item is absent."""

    id: str
    old: Any
    new: Any

    @property
    def change(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed" if self.old != self.new else "same"


@dataclass
class AssessmentDiff:
    old_as_of: str
    new_as_of: str
    old_rules_version: str
    new_rules_version: str
    urgency: Row
    pathways: list[Row] = field(default_factory=list)
    forms: list[Row] = field(default_factory=list)
    fees: list[Row] = field(default_factory=list)
    flags: list[Row] = field(default_factory=list)
    evidence: list[Row] = field(default_factory=list)
    deadlines: list[Row] = field(default_factory=list)  # ISO dates
    after_grant: list[Row] = field(default_factory=list)  # {amount id: amount}

    @property
    def sections(self) -> dict[str, list[Row]]:
        return {
            "pathways": self.pathways,
            "forms": self.forms,
            "fees": self.fees,
            "flags": self.flags,
            "evidence": self.evidence,
            "deadlines": self.deadlines,
            "after_grant": self.after_grant,
        }

    @property
    def has_changes(self) -> bool:
        return self.urgency.change != "same" or any(
            row.change != "same" for rows in self.sections.values() for row in rows
        )

    def changed(self, section: str) -> list[Row]:
        return [row for row in self.sections[section] if row.change != "same"]


def _pair(old: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """Rows for every id on either side, in the order of the new result then the removed ones."""
    ids = list(dict.fromkeys([*new, *old]))
    return [Row(item_id, old.get(item_id), new.get(item_id)) for item_id in ids]


def grant_amounts(item: dict[str, Any]) -> dict[str, Any]:
    """An after-grant item as compared: its amounts (a new amount is a change worth showing)."""
    return {a["id"]: a.get("amount_usd") for a in item.get("amounts", ())}


def compare(old: dict[str, Any], new: dict[str, Any]) -> AssessmentDiff:
    def by_id(data: dict[str, Any], key: str, pick) -> dict[str, Any]:
        return {item["id"]: pick(item) for item in data.get(key, ())}

    return AssessmentDiff(
        old_as_of=old.get("as_of", ""),
        new_as_of=new.get("as_of", ""),
        old_rules_version=old.get("rules_version", ""),
        new_rules_version=new.get("rules_version", ""),
        urgency=Row("urgency", old.get("urgency"), new.get("urgency")),
        pathways=_pair(
            by_id(old, "pathways", lambda p: p["verdict"]),
            by_id(new, "pathways", lambda p: p["verdict"]),
        ),
        forms=_pair(
            by_id(old, "forms", lambda f: {"part": f.get("part"), "edition": f.get("edition")}),
            by_id(new, "forms", lambda f: {"part": f.get("part"), "edition": f.get("edition")}),
        ),
        fees=_pair(
            by_id(old, "fees", lambda f: {k: f.get(k) for k in FEE_FIELDS}),
            by_id(new, "fees", lambda f: {k: f.get(k) for k in FEE_FIELDS}),
        ),
        flags=_pair(
            by_id(old, "flags", lambda f: f.get("severity")),
            by_id(new, "flags", lambda f: f.get("severity")),
        ),
        evidence=_pair(
            by_id(old, "evidence", lambda e: bool(e.get("have"))),
            by_id(new, "evidence", lambda e: bool(e.get("have"))),
        ),
        deadlines=_pair(
            by_id(old, "deadlines", lambda d: d["date"]),
            by_id(new, "deadlines", lambda d: d["date"]),
        ),
        after_grant=_pair(
            by_id(old, "after_grant", grant_amounts),
            by_id(new, "after_grant", grant_amounts),
        ),
    )
