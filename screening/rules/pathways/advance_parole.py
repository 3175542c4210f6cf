"""Advance parole: out of scope for this product, said so plainly."""

from __future__ import annotations

from ..assessment import Pathway
from ..context import I131_ITEM_SOURCE, Context, reason
from ..text import Text, _


def advance_parole(ctx: Context) -> Pathway | None:
    if not (ctx.inside and ctx.get("goal") == "travel_and_return"):
        return None
    first = reason(
        "travel_document",
        Text(
            _(
                "To travel abroad and come back you need advance "
                "parole, a travel document asked for on Form I-131 "
                "(Part 1, item 5). This tool does not screen it: talk "
                "to an immigration attorney or accredited "
                "representative before you travel."
            ),
            client=_(
                "To travel abroad and come back the client needs "
                "advance parole, a travel document asked for on Form "
                "I-131 (Part 1, item 5). This tool does not screen "
                "it: it needs an attorney's or accredited "
                "representative's assessment before the client "
                "travels."
            ),
        ),
        ["goal"],
        I131_ITEM_SOURCE,
        None,
    )
    return Pathway("advance_parole", "out_of_scope", (first,), "self")
