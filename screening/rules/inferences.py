"""What the rules read into an unanswered key: a few inferences, each one small, that several
rules share (the history flags, the routes after parole, the fees, the TPS rules).

An explicit answer always wins over an inference. An inference is not a fact: every text that
rests on one says so ("Your answers suggest ...") and names the question to check.
"""

from __future__ import annotations

import datetime as dt

from . import knowledge as K
from .context import Context
from .knowledge import history as H

ENTRANT_NATIONALITIES = frozenset({"CU", "HT"})
# Programs whose parolees arrived at a port on a CBP travel authorization; Military PIP is in place.
PORT_PROGRAMS = frozenset({"u4u", "chnv", "frp"})
IN_PLACE_PROGRAMS = frozenset({"military_pip"})
NOT_ADMITTED = frozenset({"without_inspection", "released_from_custody", "unknown"})


def risks(ctx: Context) -> frozenset[str]:
    return frozenset(ctx.a.items("risk_factors"))


def reentry_inferred(ctx: Context) -> bool:
    """`unlawful_reentry` = [after_removal_order] read into a missing answer: removed before, in the
    U.S. now, and not admitted (entered without inspection)."""
    return (
        not ctx.has("unlawful_reentry")
        and "prior_removal" in risks(ctx)
        and ctx.inside
        and ctx.get("entry") == "without_inspection"
    )


def reentry_after_removal(ctx: Context) -> str | None:
    """Whether the person came back without admission after a removal order: "given" (answered
    so), "inferred" (read into a missing answer), "may_apply" (unanswered, a removal given, and how
    the person came in leaves it open) or None."""
    if ctx.has("unlawful_reentry"):
        return "given" if "after_removal_order" in ctx.a.items("unlawful_reentry") else None
    if reentry_inferred(ctx):
        return "inferred"
    if (
        "prior_removal" in risks(ctx)
        and ctx.inside
        and ctx.get("entry") in ("released_from_custody", "unknown", None)
    ):
        return "may_apply"
    return None


def permanent_bar(ctx: Context) -> str | None:
    """INA 212(a)(9)(C): "given", "inferred" or "may_apply", or None.

    The inference reaches the bar only when the last arrival was on or after 1997-04-01 or is
    unknown (the bar reaches only re-entries from that day); "may apply" only while the answer is
    missing, a removal is given and nothing was inferred."""
    if ctx.has("unlawful_reentry"):
        return "given" if ctx.a.items("unlawful_reentry") else None
    if reentry_inferred(ctx):
        since = ctx.get("in_us_since")
        return "inferred" if since is None or since >= H.BARS_FROM else None
    return "may_apply" if "prior_removal" in risks(ctx) else None


def reentry_contradicts(ctx: Context) -> bool:
    """An explicit `[]` where the inference would read a re-entry after a removal order (for the
    answers-to-check flag: it asks, it does not say the answer is wrong)."""
    return (
        ctx.has("unlawful_reentry")
        and not ctx.a.items("unlawful_reentry")
        and "prior_removal" in risks(ctx)
        and ctx.inside
        and ctx.get("entry") == "without_inspection"
    )


def paroled_at_port(ctx: Context) -> bool | None:
    """The current parole was given by CBP at a port of entry: the answer, else read from the
    program (U4U, CHNV and FRP parolees arrived at a port; Military PIP is given in place)."""
    if ctx.has("paroled_at_port"):
        return ctx.get("paroled_at_port")
    if ctx.get("entry") != "paroled":
        return None
    program = ctx.get("parole_program")
    if program in PORT_PROGRAMS:
        return True
    if program in IN_PLACE_PROGRAMS:
        return False
    return None


def likely_entrant(ctx: Context) -> bool:
    """A Cuban or Haitian paroled at a port of entry: deemed a Cuban/Haitian entrant by
    8 CFR 212.5(h) (1998) (REAA 501(e)(1))."""
    return (
        ctx.get("citizenship") in ENTRANT_NATIONALITIES
        and ctx.get("entry") == "paroled"
        and paroled_at_port(ctx) is True
    )


def entrant_for_benefits(ctx: Context) -> bool:
    """An entrant for public benefits: a likely entrant, one whose papers say so, or a Cuban or
    Haitian national in removal proceedings or with a pending asylum case (REAA 501(e)(2); no
    final order assumed)."""
    if likely_entrant(ctx) or ctx.get("cuban_haitian_entrant") is True:
        return True
    return ctx.get("citizenship") in ENTRANT_NATIONALITIES and (
        "removal_proceedings" in risks(ctx) or "i589" in ctx.a.items("pending_applications")
    )


def present_on_2000_12_21(ctx: Context) -> bool | None:
    """The answer, else true when the last arrival was on or before 2000-12-21."""
    if ctx.has("present_on_2000_12_21"):
        return ctx.get("present_on_2000_12_21")
    since = ctx.get("in_us_since")
    if since is not None and since <= H.SECTION_245I_PRESENCE_DAY:
        return True
    return None


def current_tps_holder(ctx: Context) -> bool:
    """TPS granted and not ended on the as-of day: the person's end date, else the country's
    dated status. (The TPS rules may refine this; the history rules only ask it.)"""
    if ctx.get("tps_granted") is not True:
        return False
    ends: dt.date | None = ctx.get("tps_ends_on")
    if ends is not None:
        return ends >= ctx.as_of
    series = K.TPS.get(ctx.get("citizenship") or "")
    status = series.on(ctx.as_of) if series else None
    if status is None or not status.value.designated:
        return False
    return status.value.through is None or status.value.through >= ctx.as_of
