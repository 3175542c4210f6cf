"""The result types of the "If you are paroled" items (`after_grant/`): an item and its dated
amounts, as `Assessment.after_grant` holds them and `to_dict()` writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .text import Message


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day and day != dt.date.min else None


@dataclass(frozen=True)
class AfterGrantAmount(Message):
    """A dated amount an after-grant item names, as in force on the filing day (None: not
    confirmed); the message is its note."""

    id: str = ""
    amount_usd: int | None = None
    effective_from: dt.date | None = None
    confidence: str = "C"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "amount_usd": self.amount_usd,
            "effective_from": _iso(self.effective_from),
            "confidence": self.confidence,
            "note": self.text,
        }


@dataclass(frozen=True)
class AfterGrantItem:
    """What the person can or must do once paroled: whole sentences (`parts`, each a Message in
    both voices, read as one text), the dated `amounts`, the pathways it is for (empty: the person
    is paroled now) and the deadline ids it points to."""

    id: str
    parts: tuple[Message, ...]
    source: str = ""
    confidence: str = "C"
    verified_on: dt.date | None = None
    amounts: tuple[AfterGrantAmount, ...] = ()
    for_pathways: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.parts)

    @property
    def client_text(self) -> str:
        return " ".join(part.client_text for part in self.parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "client_text": self.client_text,
            "source": self.source,
            "confidence": self.confidence,
            "verified_on": _iso(self.verified_on),
            "amounts": [a.to_dict() for a in self.amounts],
            "for": list(self.for_pathways),
            "dates": list(self.dates),
        }
