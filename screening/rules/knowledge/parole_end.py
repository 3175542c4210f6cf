"""When a parole program's parole was ended early by DHS, and the court orders about it.

A parole ends on its I-94 date unless DHS ends it sooner (8 CFR 212.5(e)); these are the dated
program-wide terminations the rules count with (`rules/parole_end.py` applies them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..text import _
from .base import EARLIEST, Dated, Series

CHNV_TERMINATION_FR = "90 FR 13611 (2025-03-25)"
FRP_TERMINATION_FR = "90 FR 58032 (2025-12-15)"
NOEM_V_DOE = "Noem v. Doe, No. 24A1079 (U.S. 2025-05-30)"
CHECKED = dt.date(2026, 12, 7)


@dataclass(frozen=True)
class Termination:
    """A program-wide end of parole: `ends_on` is the last day a parole not expired earlier lasts
    (None: no termination in force); `enjoined` when a court order blocks it; `stayed` when a
    court order paused it but the rules still count with the earlier day."""

    ends_on: dt.date | None
    stayed: bool = False
    enjoined: bool = False


TERMINATIONS: dict[str, Series[Termination]] = {
    "chnv": Series(
        "chnv_parole_termination",
        (
            Dated(EARLIEST, Termination(None), "CHNV parole processes", confidence="S"),
            Dated(
                dt.date(2025, 3, 25),
                Termination(dt.date(2025, 4, 24)),
                f"{CHNV_TERMINATION_FR}: parole not expired earlier ends on 2025-04-24",
                verified_on=CHECKED,
                confidence="C",
            ),
            Dated(
                dt.date(2025, 4, 14),
                Termination(dt.date(2025, 4, 24), stayed=True),
                f"{CHNV_TERMINATION_FR}; Doe v. Noem (D. Mass.) stay of the termination, "
                "2025-04-14",
                verified_on=CHECKED,
                confidence="S",
                note=_("A federal court paused the termination on 2025-04-14."),
            ),
            Dated(
                dt.date(2025, 5, 30),
                Termination(dt.date(2025, 4, 24)),
                f"{CHNV_TERMINATION_FR}; {NOEM_V_DOE}",
                verified_on=CHECKED,
                confidence="S",
                note=_(
                    "The Supreme Court stayed the 2025-04-14 pause on 2025-05-30; which day "
                    "counts as the end (2025-04-24 or 2025-05-30) is contested."
                ),
            ),
        ),
        "The DHS termination of parole under the CHNV processes",
    ),
    "frp": Series(
        "frp_parole_termination",
        (
            Dated(EARLIEST, Termination(None), "Family Reunification Parole processes"),
            Dated(
                dt.date(2025, 12, 15),
                Termination(dt.date(2026, 1, 14)),
                f"{FRP_TERMINATION_FR}: parole ends 2026-01-14 unless an I-485 was filed by "
                "2025-12-15 or an exception is made case by case",
                verified_on=CHECKED,
                confidence="C",
            ),
            Dated(
                dt.date(2026, 1, 10),
                Termination(None, enjoined=True),
                f"{FRP_TERMINATION_FR}; temporary restraining order 2026-01-10, preliminary "
                "injunction 2026-01-24 (D. Mass.); litigation tracker 2026-07-27",
                verified_on=CHECKED,
                confidence="S",
                note=_(
                    "Court orders block the terminations (reported in force on 2026-07-27; "
                    "later not confirmed)."
                ),
            ),
        ),
        "The DHS termination of parole under the Family Reunification Parole processes",
    ),
}
