"""The 2025-26 restrictions applied to one person: travel bans, USCIS processing holds, and the
unlawful-presence bars that make leaving the U.S. dangerous (docs/rules.md, "What comes after
parole, and the 2025-26 restrictions").

The dated facts are in `knowledge/restrictions.py`; this module decides whom they reach and says
so in whole sentences.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from . import knowledge as K
from .assessment import Flag, Pathway
from .context import Context, reason
from .presence_flag import unlawful_presence_flag
from .text import Text, _

# Requests USCIS decides: a hold on the person's applications reaches them.
USCIS_DECIDES = frozenset(
    {
        "humanitarian_parole",
        "significant_public_benefit_parole",
        "military_parole_in_place",
        "parole_in_place",
        "re_parole",
        "afghan_re_parole",
        "international_entrepreneur_parole",
        "immvi_parole",
    }
)
PAROLE_FEE_WITHHELD = (
    "USCIS statements on the parole fee, 2025-10-16 (reported by cubaheadlines, Constangy and "
    f"particle.news); {K.USC_1804}"
)


def run_start(series: K.Series[Any], holds: Callable[[Any], bool], day: dt.date) -> dt.date:
    """The first day of the unbroken run of entries, up to `day`, whose value `holds`."""
    start = None
    for entry in series.values:
        if entry.effective_from > day:
            break
        if entry.value is not None and holds(entry.value):
            start = start or entry.effective_from
        else:
            start = None
    return start or day


def travel_ban(ctx: Context) -> K.Dated[K.TravelBan] | None:
    entry = K.TRAVEL_BANS.on(ctx.as_of)
    if entry and entry.value and entry.value.covers(ctx.get("citizenship")):
        return entry
    return None


def hold_kinds(ctx: Context) -> tuple[K.Dated[K.Hold] | None, tuple[str, ...]]:
    """The hold in force on `as_of` and how it reaches this person: by `country` (born in or a
    citizen of a listed country), `asylum` (a pending I-589) or `afghan` (the Afghan halt)."""
    entry = K.HOLDS.on(ctx.as_of)
    if entry is None or entry.value is None:
        return entry, ()
    hold, country = entry.value, ctx.get("citizenship")
    kinds = []
    if country in hold.countries:
        kinds.append("country")
    if hold.all_asylum and "i589" in ctx.a.items("pending_applications"):
        kinds.append("asylum")
    afghan = country == "AF" or ctx.get("parole_program") == "afghan"
    if hold.afghan is not False and afghan and "country" not in kinds:
        kinds.append("afghan")
    return entry, tuple(kinds)


def hold_applies(ctx: Context) -> bool:
    return bool(hold_kinds(ctx)[1])


def calibrate_for_holds(ctx: Context, shown: dict[str, Pathway]) -> dict[str, Pathway]:
    """Never `likely` while a hold applies to the person: `possible` at most, the hold named."""
    entry, kinds = hold_kinds(ctx)
    if not kinds or entry is None:
        return shown
    held = reason(
        "processing_hold",
        Text(
            _(
                "USCIS is holding decisions that reach you ({memo}), so this "
                "cannot be called likely while the hold lasts."
            ),
            client=_(
                "USCIS is holding decisions that reach the client ({memo}), "
                "so this cannot be called likely while the hold lasts."
            ),
        ),
        ["citizenship"] if "asylum" not in kinds else ["pending_applications"],
        entry.source,
        None,
        memo=entry.value.memo,
    )
    out = {}
    for pid, pathway in shown.items():
        if pid in USCIS_DECIDES and pathway.verdict in ("likely", "possible"):
            reasons = tuple(r for r in pathway.reasons if r.code != "discretion") + (held,)
            pathway = dataclasses.replace(pathway, verdict="possible", reasons=reasons)
        out[pid] = pathway
    return out


def restriction_flags(ctx: Context) -> list[Flag]:
    flags = hold_flags(ctx)
    ban = travel_ban(ctx)
    if ban is not None:
        full = ctx.get("citizenship") in ban.value.full
        flags.append(
            Flag(
                Text(
                    _(
                        "Proclamation {number} suspends the entry of citizens of your "
                        "country (in force since {since}). Immigrant visas are "
                        "suspended, so a family immigrant visa and the consular route "
                        "with a provisional waiver (Form I-601A) are blocked unless "
                        "an exception applies. Whether it also stops a person with "
                        "parole from entering is not confirmed."
                    ),
                    client=_(
                        "Proclamation {number} suspends the entry of citizens of the "
                        "client's country (in force since {since}). Immigrant visas "
                        "are suspended, so a family immigrant visa and the consular "
                        "route with a provisional waiver (Form I-601A) are blocked "
                        "unless an exception applies. Whether it also stops a person "
                        "with parole from entering is not confirmed."
                    ),
                )
                if full
                else Text(
                    _(
                        "Proclamation {number} partly suspends the entry of citizens "
                        "of your country (in force since {since}): immigrant visas "
                        "and visitor, student and exchange visas. So a family "
                        "immigrant visa and the consular route with a provisional "
                        "waiver (Form I-601A) are blocked unless an exception "
                        "applies. Whether it also stops a person with parole from "
                        "entering is not confirmed."
                    ),
                    client=_(
                        "Proclamation {number} partly suspends the entry of citizens "
                        "of the client's country (in force since {since}): immigrant "
                        "visas and visitor, student and exchange visas. So a family "
                        "immigrant visa and the consular route with a provisional "
                        "waiver (Form I-601A) are blocked unless an exception "
                        "applies. Whether it also stops a person with parole from "
                        "entering is not confirmed."
                    ),
                ),
                {"number": ban.value.proclamation, "since": ban.effective_from},
                id="travel_ban",
                severity="warning",
                source=ban.source,
            )
        )
    bars = unlawful_presence_flag(ctx)
    if bars:
        flags.append(bars)
    return flags


def hold_flags(ctx: Context) -> list[Flag]:
    """One `processing_hold` flag naming every way the hold in force reaches the person."""
    entry, kinds = hold_kinds(ctx)
    if entry is None or not kinds:
        return []
    hold = entry.value
    params = {
        "memo": hold.memo,
        "since": run_start(K.HOLDS, lambda v: ctx.get("citizenship") in v.countries, ctx.as_of),
        "asylum_since": run_start(K.HOLDS, lambda v: v.all_asylum, ctx.as_of),
    }
    asylum = "asylum" in kinds
    if "country" in kinds:
        message = (
            Text(
                _(
                    "USCIS is holding decisions on applications from people born "
                    "in or citizens of your country, and on every pending asylum "
                    "application (Form I-589), under {memo} (since {since}). It "
                    "can still ask for evidence but makes no final decision while "
                    "the hold lasts. The hold reaches people born in a listed "
                    "country too."
                ),
                client=_(
                    "USCIS is holding decisions on applications from people born "
                    "in or citizens of the client's country, and on every pending "
                    "asylum application (Form I-589), under {memo} (since "
                    "{since}). It can still ask for evidence but makes no final "
                    "decision while the hold lasts. The hold reaches people born "
                    "in a listed country too."
                ),
            )
            if asylum
            else Text(
                _(
                    "USCIS is holding decisions on applications from people born "
                    "in or citizens of your country under {memo} (since {since}). "
                    "It can still ask for evidence but makes no final decision "
                    "while the hold lasts. The hold reaches people born in a "
                    "listed country too."
                ),
                client=_(
                    "USCIS is holding decisions on applications from people born "
                    "in or citizens of the client's country under {memo} (since "
                    "{since}). It can still ask for evidence but makes no final "
                    "decision while the hold lasts. The hold reaches people born "
                    "in a listed country too."
                ),
            )
        )
    elif "afghan" in kinds and asylum:
        message = Text(
            _(
                "USCIS halted decisions on requests from Afghan nationals on "
                "2025-11-27, and it is holding every pending asylum "
                "application (Form I-589) under {memo} (since "
                "{asylum_since}). Check uscis.gov before you file."
            ),
            client=_(
                "USCIS halted decisions on requests from Afghan nationals on "
                "2025-11-27, and it is holding every pending asylum "
                "application (Form I-589) under {memo} (since "
                "{asylum_since}). Check uscis.gov before the client files."
            ),
        )
    elif asylum:
        message = _(
            "USCIS is holding decisions on every pending asylum application (Form I-589) "
            "under {memo} (since {asylum_since})."
        )
    elif hold.afghan:
        message = Text(
            _(
                "USCIS halted decisions on requests from Afghan nationals on "
                "2025-11-27. Check uscis.gov before you file."
            ),
            client=_(
                "USCIS halted decisions on requests from Afghan nationals on "
                "2025-11-27. Check uscis.gov before the client files."
            ),
        )
    else:
        message = _(
            "USCIS halted decisions on requests from Afghan nationals on 2025-11-27. "
            "Court orders vacated the related holds on 2026-06-11, but whether the Afghan "
            "halt has ended is not confirmed."
        )
    return [Flag(message, params, id="processing_hold", severity="warning", source=entry.source)]


def parole_fee_flag(ctx: Context, parole_fee: Any) -> Flag | None:
    """Parole is not granted until the parole fee is paid (when it is due and not excepted)."""
    if parole_fee is None or parole_fee.exempt:
        return None
    if parole_fee.effective_from is None or parole_fee.effective_from > ctx.as_of:
        return None  # law, but not yet collected: no payment instructions come yet
    return Flag(
        Text(
            _(
                "Parole is granted only once the parole fee is paid: if the "
                "request is approved you get payment instructions and a "
                "deadline, and the parole is not final until you pay."
            ),
            client=_(
                "Parole is granted only once the parole fee is paid: if the "
                "request is approved the client gets payment instructions and "
                "a deadline, and the parole is not final until the client "
                "pays."
            ),
        ),
        id="parole_fee_before_grant",
        severity="info",
        source=PAROLE_FEE_WITHHELD,
    )
