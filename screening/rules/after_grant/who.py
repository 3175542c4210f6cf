"""Who gets the "If you are paroled" items: a person who is paroled now, or who would be if a
pathway shown to them is granted, and which pathways that is (`Audience`).

`parole_end_day` and `parole_ended_on` are the one reading of "parole ended" these items use;
`likely_entrant` is the Cuban/Haitian entrant reading of 8 CFR 212.5(h) for the benefits text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ..assessment import Pathway
from ..context import GRANTING, OPEN_VERDICTS, Context

# The CHNV parole program was terminated with effect on this day (90 FR 13611, 2025-03-25).
CHNV_PAROLE_ENDED = dt.date(2025, 4, 24)
# Shown even when not `likely`/`possible`: DHS or ICE decides these, and a grant follows a release
# or a hearing notice (the items treat them as a grant).
AGENCY_GRANTS = ("custody_parole",)
HEARING = "hearing_parole"
NO_WORK_PERMIT = frozenset({"international_entrepreneur_parole"})  # works only for the startup
ENTRANTS = frozenset({"CU", "HT"})


def parole_end_day(ctx: Context) -> dt.date | None:
    """The day the person's parole ends: the I-94 date, or for CHNV parolees the program's end
    when that came first; None when neither is known."""
    expires = ctx.get("parole_expires_on")
    if ctx.get("parole_program") == "chnv" and ctx.as_of >= CHNV_PAROLE_ENDED:
        return min(expires, CHNV_PAROLE_ENDED) if expires else CHNV_PAROLE_ENDED
    return expires


def parole_ended_on(ctx: Context) -> bool:
    """Parole ended before `as_of` (it runs to the end of its last day)."""
    end = parole_end_day(ctx)
    return end is not None and end < ctx.as_of


def paroled_now(ctx: Context) -> bool:
    """Inside the U.S., entered on parole, and the parole has not ended (or its end is unknown)."""
    return ctx.inside and ctx.get("entry") == "paroled" and not parole_ended_on(ctx)


def likely_entrant(ctx: Context) -> bool:
    """A Cuban or Haitian paroled at a port of entry: likely an entrant under 8 CFR 212.5(h)."""
    return (
        ctx.get("citizenship") in ENTRANTS
        and ctx.get("entry") == "paroled"
        and ctx.get("paroled_at_port") is True
    )


@dataclass(frozen=True)
class Audience:
    """`paroled`: paroled now (the items' `for` is then empty); `pathways`: the pathways shown
    whose grant would parole the person (not hearing parole); `hearing`: hearing parole is shown
    (that parole lasts only for the hearing); `arrival`: the granting pathways open to a person
    abroad, who still has to travel and be paroled at a port."""

    paroled: bool
    pathways: tuple[str, ...]
    hearing: bool
    arrival: tuple[str, ...]

    @property
    def all_above(self) -> bool:
        """Paroled, or would be by a pathway other than hearing parole."""
        return self.paroled or bool(self.pathways)

    def for_(self, excluded: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
        """The `for` of an item meant for everyone above except `excluded` pathways: () when
        paroled now, the pathways it is for, or None when it is for no one here."""
        if self.paroled:
            return ()
        kept = tuple(pid for pid in self.pathways if pid not in excluded)
        return kept or None


def audience(ctx: Context, shown: Mapping[str, Pathway]) -> Audience:
    granting = tuple(
        pid
        for pid, p in shown.items()
        if (pid in GRANTING and p.verdict in OPEN_VERDICTS) or pid in AGENCY_GRANTS
    )
    arrival = tuple(
        pid for pid in granting if ctx.outside and pid in GRANTING and pid not in AGENCY_GRANTS
    )
    return Audience(
        paroled=paroled_now(ctx),
        pathways=granting,
        hearing=HEARING in shown,
        arrival=arrival,
    )


def gets_after_grant(ctx: Context, shown: Mapping[str, Pathway]) -> bool:
    """The person is or would be paroled (hearing parole alone does not count: it lasts only for
    the hearing), so the after-grant items, the annual asylum fee among them, are given."""
    return audience(ctx, shown).all_above
