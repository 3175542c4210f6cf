"""The hold of 2025-02-14 on every benefit request of U4U, CHNV, FRP and military parole-in-place
parolees (asylum, TPS, work permits, green cards, family petitions, re-parole): while it lasts
their USCIS requests are `possible` at most and a `processing_hold` flag says so; from 2025-05-28
the text adds the court order to resume; from 2025-06-09, when USCIS resumed, nothing is said."""

from __future__ import annotations

import dataclasses

from .assessment import Flag, Pathway
from .context import Context, reason
from .knowledge import calibration as KC
from .knowledge.base import Dated
from .restrictions import USCIS_DECIDES
from .text import Text, _


def _hold(ctx: Context) -> Dated[KC.ParoleeHold] | None:
    entry = KC.PAROLEE_HOLD.on(ctx.as_of)
    if entry is None or entry.value is None:
        return None
    if ctx.get("entry") != "paroled" or ctx.get("parole_program") not in entry.value.programs:
        return None
    return entry


def calibrate_for_parolee_hold(ctx: Context, shown: dict[str, Pathway]) -> dict[str, Pathway]:
    entry = _hold(ctx)
    if entry is None:
        return shown
    held = reason(
        "parolee_hold",
        Text(
            _(
                "USCIS is holding every benefit request of people paroled under your program "
                "(since 2025-02-14), so this cannot be called likely while the hold lasts."
            ),
            client=_(
                "USCIS is holding every benefit request of people paroled under the client's "
                "program (since 2025-02-14), so this cannot be called likely while the hold "
                "lasts."
            ),
        ),
        ["parole_program"],
        entry.source,
        None,
    )
    out = {}
    for pid, pathway in shown.items():
        if pid in USCIS_DECIDES and pathway.verdict in ("likely", "possible"):
            reasons = tuple(r for r in pathway.reasons if r.code != "discretion") + (held,)
            pathway = dataclasses.replace(pathway, verdict="possible", reasons=reasons)
        out[pid] = pathway
    return out


def parolee_hold_flag(ctx: Context) -> Flag | None:
    entry = _hold(ctx)
    if entry is None:
        return None
    if entry.value.court_ordered_resumed:
        message = Text(
            _(
                "Since 2025-02-14 USCIS has held every benefit request of people paroled under "
                "your program (asylum, TPS, work permits, green cards, family petitions, "
                "re-parole). On 2025-05-28 a federal court (Doe v. Noem) ordered processing "
                "resumed; check whether your case has moved."
            ),
            client=_(
                "Since 2025-02-14 USCIS has held every benefit request of people paroled under "
                "the client's program (asylum, TPS, work permits, green cards, family "
                "petitions, re-parole). On 2025-05-28 a federal court (Doe v. Noem) ordered "
                "processing resumed; check whether the client's case has moved."
            ),
        )
    else:
        message = Text(
            _(
                "Since 2025-02-14 USCIS has held every benefit request of people paroled under "
                "your program (asylum, TPS, work permits, green cards, family petitions, "
                "re-parole): it makes no decision while the hold lasts."
            ),
            client=_(
                "Since 2025-02-14 USCIS has held every benefit request of people paroled under "
                "the client's program (asylum, TPS, work permits, green cards, family "
                "petitions, re-parole): it makes no decision while the hold lasts."
            ),
        )
    return Flag(message, id="processing_hold", severity="warning", source=entry.source)
