"""Whether the person is paroled now or would be if a request shown is granted: the people the
after-grant items are for (a flag that has an after-grant item of the same id is not raised
for them, so the person never reads it twice)."""

from __future__ import annotations

from .assessment import Pathway
from .context import GRANTING, OPEN_VERDICTS, Context

# Shown at all, these lead to a release or an entry on parole (ICE or the agency decides).
PAROLE_ON_SHOWING = frozenset({"custody_parole", "hearing_parole"})


def paroled_now(ctx: Context) -> bool:
    """Inside the U.S. on a parole that has not ended on `as_of` (or whose end is not known)."""
    return ctx.inside and ctx.get("entry") == "paroled" and ctx.parole_expired() is not True


def paroled_or_would_be(ctx: Context, shown: dict[str, Pathway]) -> bool:
    if paroled_now(ctx):
        return True
    return any(
        (pid in GRANTING and pathway.verdict in OPEN_VERDICTS) or pid in PAROLE_ON_SHOWING
        for pid, pathway in shown.items()
    )
