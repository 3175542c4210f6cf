"""`assess(answers, as_of)`: the one function that turns answers into an explained Assessment.

It reads top to bottom: each pathway rule (`pathways/`, in `PATHWAY_RULES` order) decides its
verdict from the grounds (`pathways/grounds.py`) and its own conditions; the alternatives, the
deadlines (which read the alternatives' waiting periods), the urgency, forms, fees, evidence and
flags then follow from the pathways that apply, each in its own module; last, what the person
can and must do once paroled (`after_grant/`).
Every Reason, Fee and Flag carries the citation it rests on (see knowledge.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .after_grant import after_grant
from .after_parole import after_parole_alternatives
from .alternatives import _alternatives
from .answers import Answers, prune
from .assessment import Assessment
from .calibration import calibrate_routes
from .context import OPEN_VERDICTS, Context
from .deadlines import deadlines as _deadlines
from .detention import calibrate_for_detention, filing_pathways
from .evidence import _evidence
from .fees import _i131_fee, _i131f_fee, _i941_fee
from .flags import _flags
from .forms import _forms
from .history_routes import calibrate_for_history, history_routes, history_unknowns
from .parole_fee import _parole_fee
from .parolee_hold import calibrate_for_parolee_hold
from .pathways import PATHWAY_RULES
from .restrictions import calibrate_for_holds
from .route_order import order_routes
from .urgency import _urgency, expedite_urgency
from .version import RULES_VERSION


def assess(answers: Answers | Mapping[str, Any], as_of: dt.date | None = None) -> Assessment:
    """Screen `answers` under the rules in force on `as_of` (default: today)."""
    if not isinstance(answers, Answers):
        answers = Answers.from_dict(answers)
    as_of = as_of or dt.date.today()
    raw = answers.to_dict()
    kept = prune(raw)
    ignored = tuple(key for key in raw if key not in kept)
    ctx = Context(Answers({k: v for k, v in answers.values.items() if k in kept}), as_of)

    shown = {p.id: p for p in (rule(ctx) for rule in PATHWAY_RULES) if p is not None}
    shown = calibrate_for_holds(ctx, shown)  # never `likely` while a hold reaches the person
    shown = calibrate_for_history(ctx, calibrate_for_detention(ctx, shown))  # custody, old bars
    shown = calibrate_for_parolee_hold(ctx, shown)  # the hold of 2025-02-14 on parolees
    shown = calibrate_routes(ctx, shown)  # travel bans, protection, social visits, costs
    live = {pid: p for pid, p in shown.items() if p.verdict in OPEN_VERDICTS}
    # The routes after parole come first: the deadlines read their waiting periods (`met_on`).
    alternatives = (*after_parole_alternatives(ctx, shown), *_alternatives(ctx))
    alternatives = tuple(history_routes(ctx, list(alternatives)))
    shown, alternatives = order_routes(ctx, shown, alternatives)  # a green card may lead
    deadlines = _deadlines(ctx.a, as_of, shown, alternatives)
    urgency, urgency_reason = _urgency(ctx, deadlines)
    filing = filing_pathways(ctx, live, shown)  # while detained: only the letter to ICE
    forms = _forms(ctx, filing)
    fees = [
        fee
        for fee in (
            _i131_fee(ctx, forms),
            _i131f_fee(ctx, forms),
            _parole_fee(ctx, live, shown),
            _i941_fee(ctx, live),
        )
        if fee is not None
    ]
    flags = tuple(_flags(ctx, live, shown, expedite_urgency(urgency, urgency_reason), fees))
    unknowns = sorted(
        {
            key
            for p in shown.values()
            for r in p.reasons
            if r.met is None and r.code.startswith("missing_")
            for key in r.answers
        }
        | history_unknowns(ctx, alternatives)
    )
    return Assessment(
        rules_version=RULES_VERSION,
        as_of=as_of,
        urgency=urgency,
        urgency_reason=urgency_reason,
        pathways=tuple(shown.values()),
        forms=tuple(forms),
        fees=tuple(fees),
        evidence=tuple(_evidence(ctx, filing)),
        flags=flags,
        alternatives=alternatives,
        ignored_answers=ignored,
        unknowns=tuple(unknowns),
        deadlines=deadlines,
        after_grant=after_grant(ctx, shown, fees, flags, deadlines),
    )
