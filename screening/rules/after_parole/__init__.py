"""What comes after parole: the routes to a lasting status that a lawyer explores once a person
is in the U.S. (docs/rules.md lists them). Each is screened, not decided: it says why it may
fit, what it needs, what can still bar it, its forms and fees, its dated source, the day a
waiting period is met (`met_on`), and that a lawyer must confirm it before anyone files or
travels."""

from __future__ import annotations

from ..assessment import Alternative, Pathway
from ..context import Context
from .adjustment import adjustment_of_status, cuban_adjustment_act
from .agency import s_visa
from .consular import provisional_waiver
from .removal import cancellation_of_removal
from .section_245i import adjustment_245i, grandfathered, with_245i_note


def after_parole_alternatives(ctx: Context, shown: dict[str, Pathway]) -> list[Alternative]:
    adjustment = adjustment_of_status(ctx, shown)
    by_245i = adjustment_245i(ctx) if adjustment is None else None
    # a 245(i) route that still rests on an unanswered question does not replace the waiver
    adjusts = adjustment is not None or (by_245i is not None and grandfathered(ctx) is True)
    waiver = provisional_waiver(ctx, shown, adjusts=adjusts)
    found = [
        adjustment or by_245i,
        cuban_adjustment_act(ctx),
        with_245i_note(waiver, by_245i is not None and ctx.has("petition_245i")),
        cancellation_of_removal(ctx),
        s_visa(ctx),
    ]
    return [alternative for alternative in found if alternative is not None]
