"""What every after-parole route shares: the lawyer's confirmation, fees from the dated facts,
and counting a waiting period in whole years."""

from __future__ import annotations

import dataclasses
import datetime as dt

from .. import knowledge as K
from ..assessment import AlternativeFee
from ..knowledge import calibration as KC
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


I485_PAPER_NOTES = {
    (True, True): _(
        "File on paper: online filing opened on {date} only for certain employment-based "
        "applicants. {amount} for a child under 14 filing with a parent."
    ),
    (False, True): _(
        "File on paper: no online filing was found for family-based or Cuban Adjustment Act "
        "applicants. {amount} for a child under 14 filing with a parent."
    ),
    (False, False): _(
        "File on paper: no online filing was found for family-based or Cuban Adjustment Act "
        "applicants."
    ),
}
I485_PAPER_NOTES[(True, False)] = _(
    "File on paper: online filing opened on {date} only for certain employment-based applicants."
)


def i485_on_paper(as_of: dt.date) -> AlternativeFee:
    """The I-485 fee for a family-based or Cuban Adjustment Act application: on paper only (no
    online option found for them), so no online price is shown."""
    base = fee("I-485", K.I485_FEE, as_of)
    online = KC.I485_ONLINE_FILING.on(as_of)
    child = KC.I485_CHILD_FEE.on(as_of)
    assert online is not None and child is not None
    opened = online.value.opened_on
    params = {"date": opened} if opened else {}
    if child.value is not None:
        params["amount"] = f"${child.value:,}"
    note = Message(I485_PAPER_NOTES[(opened is not None, child.value is not None)], params)
    return dataclasses.replace(
        base,
        online_amount_usd=None,
        source=f"{base.source}; {online.source}",
        note=note,
    )


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
