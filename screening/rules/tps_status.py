"""A TPS holder's TPS: when it ends, whether it protects the person on `as_of`, and the
`tps_protection` flag.

The end is the person's own date (`tps_ends_on`, from the approval notice or work permit), else
the country's dated termination or "through" date (knowledge/tps.py). El Salvador has none: USCIS
said holders keep protection until it announces a decision.

    tps_end(ctx)     -> TpsEnd(day or None, source, confidence, from_answer) or None
    tps_current(ctx) -> True / False, None when unknown (expedited removal skips True)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import knowledge as K
from .assessment import Flag
from .context import Context
from .knowledge.presence import INA_244A1
from .text import Text, _

OPEN_WITHOUT_END = frozenset({"SV"})  # holders keep protection until USCIS announces a decision


@dataclass(frozen=True)
class TpsEnd:
    day: dt.date | None  # the last day of TPS; None: no end set (El Salvador)
    source: str
    confidence: str
    from_answer: bool


def tps_holder(ctx: Context) -> bool:
    return ctx.get("tps_granted") is True


def tps_end(ctx: Context) -> TpsEnd | None:
    """When this holder's TPS ends (or ended); None when not a holder or the end is unknown."""
    if not tps_holder(ctx):
        return None
    own = ctx.get("tps_ends_on")
    if own is not None:
        return TpsEnd(own, "The person's answer (tps_ends_on)", "C", True)
    country = ctx.get("citizenship")
    series = K.TPS.get(country)
    if series is None:
        return None
    if country in OPEN_WITHOUT_END:
        entry = series.on(ctx.as_of)
        return TpsEnd(None, entry.source, entry.confidence, False)
    ended = next((e for e in series.values if e.value.designated is False), None)
    if ended is not None:  # a termination: its day is taken as the last day of TPS
        return TpsEnd(ended.effective_from, ended.source, ended.confidence, False)
    entry = series.on(ctx.as_of)
    if entry is None or entry.value.through is None:
        return None
    return TpsEnd(entry.value.through, entry.source, entry.confidence, False)


def tps_current(ctx: Context) -> bool | None:
    """Whether the person holds TPS that has not ended on `as_of` (None: not known)."""
    if not tps_holder(ctx):
        return False if ctx.get("tps_granted") is False else None
    end = tps_end(ctx)
    if end is None:
        return None
    return end.day is None or ctx.as_of <= end.day


def tps_protection_flag(ctx: Context) -> Flag | None:
    """`tps_protection` (info): while TPS lasts it protects from removal and allows work."""
    if not ctx.inside or tps_current(ctx) is not True:
        return None
    end = tps_end(ctx)
    assert end is not None
    if end.day is None:
        message = Text(
            _(
                "While your TPS lasts it protects you from removal and lets you work. USCIS "
                "has said that Salvadoran TPS holders keep that protection, including their "
                "work permits, until it announces a decision: check uscis.gov/tps often."
            ),
            client=_(
                "While the client's TPS lasts it protects the client from removal and lets "
                "the client work. USCIS has said that Salvadoran TPS holders keep that "
                "protection, including their work permits, until it announces a decision: "
                "check uscis.gov/tps often."
            ),
        )
        params = {}
    else:
        message = Text(
            _(
                "While your TPS lasts (until {date}) it protects you from removal and lets you "
                "work. Keep your registration current and check uscis.gov/tps for news."
            ),
            client=_(
                "While the client's TPS lasts (until {date}) it protects the client from "
                "removal and lets the client work. Keep the registration current and check "
                "uscis.gov/tps for news."
            ),
        )
        params = {"date": end.day.isoformat()}
    return Flag(
        message,
        params,
        id="tps_protection",
        severity="info",
        source=f"{INA_244A1}; {end.source}",
    )


def maybe_tps_holder(ctx: Context) -> bool:
    """TPS applied for or granted, and whether it protects the person now not known."""
    asked = "tps" in ctx.a.items("pending_applications") or tps_holder(ctx)
    return asked and ctx.get("tps_granted") is not False and tps_current(ctx) is None


NTA_UNLESS_TPS = Text(
    _(
        "Unless you hold TPS that is still in force, which protects you while it lasts, nothing "
        "in your answers protects you from removal. Since 2025-02-28, a denial can lead "
        "straight to a Notice to Appear in immigration court."
    ),
    client=_(
        "Unless the client holds TPS that is still in force, which protects the client while it "
        "lasts, nothing in the answers protects the client from removal. Since 2025-02-28, a "
        "denial can lead straight to a Notice to Appear in immigration court."
    ),
)
