"""What the person's history does to the routes: the permanent bar (INA 212(a)(9)(C)) closes the
green-card routes that need admissibility, and reinstatement (INA 241(a)(5)) closes cancellation
and leaves only withholding of removal and CAT protection. Applied after the rules that build
the pathways and the alternatives, so those rules stay as they are."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .after_parole.defective_nta import FERNANDES
from .assessment import Alternative, Pathway
from .context import OPEN_VERDICTS, Context, reason
from .entrant_fee import entrant_case
from .inferences import permanent_bar, reentry_after_removal
from .knowledge import history as H
from .text import Message, Text, _

BARRED_ROUTES = frozenset({"adjustment_of_status", "cuban_adjustment_act", "provisional_waiver"})

ONLY_IF_NO_REENTRY = Message(
    Text(
        _(
            "Only if you did not enter or try to enter without being admitted after a removal "
            "order, or after more than a year here without permission."
        ),
        client=_(
            "Only if the client did not enter or try to enter without being admitted after a "
            "removal order, or after more than a year here without permission."
        ),
    )
)
CONSENT_FIRST = Message(
    Text(
        _(
            "Because of the permanent bar, an immigrant visa needs DHS consent to reapply first "
            "(Form I-212, asked for from abroad after more than 10 years outside the U.S.)."
        ),
        client=_(
            "Because of the permanent bar, an immigrant visa for the client needs DHS consent to "
            "reapply first (Form I-212, asked for from abroad after more than 10 years outside "
            "the U.S.)."
        ),
    )
)
WITHHOLDING_ONLY = Text(
    _(
        "Because an old removal order can be reinstated, asylum itself is not open to you: if "
        "you fear persecution or torture, tell the officer, so that you are referred for a "
        "reasonable-fear interview; a judge can then grant withholding of removal or protection "
        "under the Convention against Torture. A lawyer should prepare you for it."
    ),
    client=_(
        "Because an old removal order can be reinstated, asylum itself is not open to the "
        "client: if the client fears persecution or torture, the client should tell the officer, "
        "so that the client is referred for a reasonable-fear interview; a judge can then grant "
        "withholding of removal or protection under the Convention against Torture. A lawyer "
        "should prepare the client for it."
    ),
)
REINSTATEMENT_IF = Message(
    Text(
        _(
            "Not open if you came back without being admitted after a removal order: the old "
            "order can then be reinstated."
        ),
        client=_(
            "Not open if the client came back without being admitted after a removal order: "
            "the old order can then be reinstated."
        ),
    )
)
PIP_BLOCKED = Text(
    _(
        "Because of the permanent bar, parole in place does not lead to a green card here: "
        "adjustment of status needs a person who is admissible, and this bar can be lifted only "
        "by DHS consent asked for from abroad after more than 10 years outside the U.S."
    ),
    client=_(
        "Because of the permanent bar, parole in place does not lead to a green card for the "
        "client: adjustment of status needs a person who is admissible, and this bar can be "
        "lifted only by DHS consent asked for from abroad after more than 10 years outside the "
        "U.S."
    ),
)
PIP_MAY_BE_BLOCKED = Text(
    _(
        "Parole in place leads to a green card only if you did not enter or try to enter "
        "without being admitted after a removal order, or after more than a year here without "
        "permission: that bar is permanent."
    ),
    client=_(
        "Parole in place leads to a green card only if the client did not enter or try to enter "
        "without being admitted after a removal order, or after more than a year here without "
        "permission: that bar is permanent."
    ),
)


def calibrate_for_history(ctx: Context, shown: dict[str, Pathway]) -> dict[str, Pathway]:
    """Military parole in place loses its road to a green card under the permanent bar."""
    bar = permanent_bar(ctx)
    pip = shown.get("military_parole_in_place")
    if bar is None or pip is None or pip.verdict not in OPEN_VERDICTS:
        return shown
    blocked = bar in ("given", "inferred")
    code = "permanent_bar_blocks_adjustment" if blocked else "permanent_bar_may_block_adjustment"
    note = reason(
        code,
        PIP_BLOCKED if blocked else PIP_MAY_BE_BLOCKED,
        ["unlawful_reentry", "risk_factors"],
        f"{H.INA_212A9C_I}; {H.TORRES_GARCIA}",
        None,
    )
    kept = tuple(r for r in pip.reasons if not (blocked and r.code == "leads_to_adjustment"))
    return shown | {
        "military_parole_in_place": replace(pip, verdict="possible", reasons=(*kept, note))
    }


def history_routes(ctx: Context, alternatives: list[Alternative]) -> list[Alternative]:
    bar = permanent_bar(ctx)
    reentry = reentry_after_removal(ctx) if ctx.inside else None
    out = []
    for alt in alternatives:
        if bar in ("given", "inferred") and alt.id in BARRED_ROUTES:
            continue
        if reentry in ("given", "inferred") and alt.id == "cancellation_of_removal":
            continue
        if bar == "may_apply" and alt.id in BARRED_ROUTES:
            alt = replace(alt, needs=(*alt.needs, ONLY_IF_NO_REENTRY))
        if bar in ("given", "inferred") and alt.id == "family_immigrant_visa":
            alt = replace(alt, bars=(*alt.bars, CONSENT_FIRST))
        if reentry == "may_apply" and alt.id == "cancellation_of_removal":
            alt = replace(alt, bars=(REINSTATEMENT_IF, *alt.bars))
        if reentry in ("given", "inferred") and alt.id == "asylum":
            alt = replace(
                alt,
                message=WITHHOLDING_ONLY,
                params={},
                source=f"{H.CFR_208_31}; {H.INA_241A5}",
            )
        out.append(alt)
    return out


def history_unknowns(ctx: Context, alternatives: Iterable[Alternative] = ()) -> set[str]:
    """The questions the history rules still need: the re-entry question while the rules only
    infer or suspect it; whether the Notice to Appear gave a date and time while cancellation is
    offered on that condition; where a Cuban or Haitian parolee was paroled."""
    found = set()
    if not ctx.has("unlawful_reentry") and "prior_removal" in ctx.a.items("risk_factors"):
        found.add("unlawful_reentry")
    if any(FERNANDES in a.needs for a in alternatives) and not ctx.has("nta_gave_date_time"):
        found.add("nta_gave_date_time")
    if entrant_case(ctx, {}) == "unanswered" and not ctx.has("paroled_at_port"):
        found.add("paroled_at_port")
    return found
