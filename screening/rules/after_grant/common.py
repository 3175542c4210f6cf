"""What the after-grant modules share: building an item from its sentences, and a dated amount
from a fact's entry in force on the filing day."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..assessment import AfterGrantAmount, AfterGrantItem
from ..knowledge import EARLIEST, Dated, FeeAmount
from ..text import Message

Part = Message | str


def usd(amount: int | None) -> str:
    return f"${amount:,}" if amount is not None else ""


def item(
    item_id: str,
    parts: Iterable[Part | None],
    entry: Dated[Any],
    *,
    source: str,
    confidence: str | None = None,
    amounts: Iterable[AfterGrantAmount | None] = (),
    for_pathways: tuple[str, ...] = (),
    dates: Iterable[str] = (),
) -> AfterGrantItem:
    """An item from its sentences (a str is a sentence without parameters; None is skipped);
    `entry` is the main fact's dated entry (its confidence and check day, unless `confidence`)."""
    return AfterGrantItem(
        id=item_id,
        parts=tuple(p if isinstance(p, Message) else Message(p) for p in parts if p),
        source=source,
        confidence=confidence or entry.confidence,
        verified_on=entry.verified_on,
        amounts=tuple(a for a in amounts if a is not None),
        for_pathways=for_pathways,
        dates=tuple(dates),
    )


def amount(amount_id: str, entry: Dated[Any] | None) -> AfterGrantAmount | None:
    """The dated amount of `entry` (an int, a FeeAmount's paper figure, or None: not confirmed);
    None when the fact has no value on that day (the fee did not exist yet)."""
    if entry is None:
        return None
    value = entry.value
    if value is None and entry.effective_from == EARLIEST and entry.confidence != "U":
        return None  # no such fee before its first day
    figure = value.paper_usd if isinstance(value, FeeAmount) else value
    return AfterGrantAmount(
        entry.note or "",
        id=amount_id,
        amount_usd=figure,
        effective_from=None if entry.effective_from == EARLIEST else entry.effective_from,
        confidence=entry.confidence,
    )
