"""Who the person's U.S.-citizen and permanent-resident relatives make them."""

from __future__ import annotations

from .context import Context

# INA 201(b)(2)(A)(i): a U.S. citizen's spouse, unmarried child under 21, or parent (the citizen
# being 21 or older). Seen from the person: a USC spouse, a USC parent while the person is
# unmarried and under 21, or a USC son or daughter aged 21 or older.
IMMEDIATE_RELATIVE_ALWAYS = frozenset({"usc_spouse", "usc_child_21_or_older"})
# Whose extreme hardship a provisional waiver weighs (INA 212(a)(9)(B)(v)): a child does not count.
WAIVER_RELATIVES = frozenset({"usc_spouse", "usc_parent", "lpr_spouse", "lpr_parent"})
# Whose hardship cancellation of removal weighs (INA 240A(b)(1)(D)); a "child" is under 21.
CANCELLATION_RELATIVES = frozenset(
    {
        "usc_spouse",
        "usc_parent",
        "usc_child_under_21",
        "lpr_spouse",
        "lpr_parent",
        "lpr_child_under_21",
    }
)


def relatives(ctx: Context) -> frozenset[str]:
    return frozenset(ctx.a.items("us_relatives"))


def immediate_relative(ctx: Context) -> bool | None:
    """True: an immediate relative of a U.S. citizen; False: not; None: not known yet."""
    if not ctx.has("us_relatives"):
        return None
    mine = relatives(ctx)
    if mine & IMMEDIATE_RELATIVE_ALWAYS:
        return True
    if "usc_parent" in mine:
        return ctx.get("unmarried_under_21")  # None while unanswered
    return False
