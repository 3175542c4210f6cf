"""What every after-parole route shares: the lawyer's confirmation, fees from the dated facts,
and counting a waiting period in whole years."""

from __future__ import annotations

import datetime as dt

from .. import knowledge as K
from ..assessment import AlternativeFee
from ..text import Message, Text, _

CONFIRM = Message(
    Text(
        _(
            "This is a screening, not a decision: a lawyer must confirm "
            "this route before you file anything or travel."
        ),
        client=_(
            "This is a screening, not a decision: a lawyer must confirm "
            "this route before anyone files anything or travels."
        ),
    )
)


def add_years(day: dt.date, years: int) -> dt.date:
    """The day `years` whole years after `day`. From 29 February the years are complete only on
    1 March (never a day early: a waiting period met a day too soon is not met)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def fee(form: str, series: K.Series[K.FeeAmount], as_of: dt.date) -> AlternativeFee:
    entry = series.on(as_of)
    assert entry is not None  # every series starts at EARLIEST
    return AlternativeFee(
        form=form,
        amount_usd=entry.value.paper_usd,
        online_amount_usd=entry.value.online_usd,
        confidence=entry.confidence,
        verified_on=entry.verified_on,
        source=entry.source,
        note=Message(entry.note) if entry.note else None,
    )
