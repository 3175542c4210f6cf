"""`Field`: one answer key of the schema (its kind, meaning, values and when it is asked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .asked_when import Raw


@dataclass(frozen=True)
class Field:
    key: str
    kind: str  # enum | enum_list | bool | date | integer | number | country
    meaning: str
    asked_when: Callable[[Raw], bool]
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def applies(self, answers: Raw) -> bool:
        return self.asked_when(answers)

    @property
    def asked_when_text(self) -> str:
        return self.asked_when.__doc__ or ""
