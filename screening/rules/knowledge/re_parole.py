"""When to ask for re-parole: the filing window and the last day that leaves time to decide."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import Text, _
from .base import CFR_212_5E1, EARLIEST, Dated, Series

# Re-parole timing: how many days before parole ends the filing window
# opens, and the last day to file that leaves time for a decision. None: no such rule or guidance
# is published, and the rules then say so instead of guessing.


@dataclass(frozen=True)
class ReParoleTiming:
    opens_days_before: int | None
    file_by_days_before: int | None


RE_PAROLE_TIMING: dict[str, Series[ReParoleTiming]] = {
    "u4u": Series(
        "u4u_re_parole_timing",
        (
            Dated(
                EARLIEST,
                ReParoleTiming(opens_days_before=180, file_by_days_before=60),
                "USCIS U4U re-parole FAQ, quoted Jan 2025 (Ukraine Immigration Task Force): no "
                "earlier than 180 days before parole expires; USCIS recommendation of 2024 to "
                "file at least 60 days before (Mondaq, 2024-04-19)",
                confidence="S",
            ),
        ),
        "Ukrainian re-parole: filing window and recommended last filing day",
    ),
    "general": Series(
        "re_parole_timing",
        (
            Dated(
                EARLIEST,
                ReParoleTiming(opens_days_before=None, file_by_days_before=None),
                f"{CFR_212_5E1}; USCIS Parole Operations publishes no standard processing time",
                confidence="U",
                note=Text(
                    _(
                        "USCIS publishes no processing time for re-parole, so how early to file "
                        "is not known: file as early as you can and check uscis.gov."
                    ),
                    client=_(
                        "USCIS publishes no processing time for re-parole, so how early to file "
                        "is not known: file as early as possible and check uscis.gov."
                    ),
                ),
            ),
        ),
        "Re-parole outside the Ukrainian process: no published window or processing time",
    ),
}
