"""Detention and release: who decides release from immigration custody, and the dated decisions
on bond for people who were never admitted.

Detention law moves fast: every value here carries the day it was checked, and the rules show
each sentence only from its date.
"""

from __future__ import annotations

import datetime as dt

from .base import EARLIEST, Dated, Series

DETENTION_CHECKED = dt.date(2026, 12, 7)

# Citations
CFR_212_5_AB = "8 CFR 212.5(a)-(b)"
NO_IJ_REVIEW = "8 CFR 1003.19(h)(2)(i)(B); Matter of X-K-, 23 I&N Dec. 731 (BIA 2005)"
ICE_PRACTICE = "ICE ERO parole requests, practitioner sources [S]"
I220A_RELEASE = (
    "Matter of Cabrera-Fernandez, 28 I&N Dec. 747 (BIA 2023); Ortega-Cervantes v. Gonzales, "
    "501 F.3d 1111 (9th Cir. 2007)"
)
INA_236A = "INA 236(a), 8 U.S.C. 1226(a); INA 236(c)"
HABEAS = "28 U.S.C. 2241"


def _series(series_id: str, day: dt.date, source: str, what: str) -> Series[bool]:
    """A decision or guidance in force from `day` (false before: not yet decided)."""
    return Series(
        series_id,
        (
            Dated(EARLIEST, False, "Not yet decided", confidence="S"),
            Dated(day, True, source, verified_on=DETENTION_CHECKED, confidence="S"),
        ),
        what,
    )


# Each dated sentence of the mandatory-detention warning, true from its day.
MANDATORY_DETENTION: dict[str, Series[bool]] = {
    "q_li": _series(
        "matter_of_q_li",
        dt.date(2025, 5, 15),
        "Matter of Q. Li, 29 I&N Dec. 66 (BIA 2025-05-15)",
        "No bond for a person arrested while arriving; a later parole returns them to that custody",
    ),
    "ice_guidance": _series(
        "ice_detention_guidance",
        dt.date(2025, 7, 8),
        "ICE interim guidance 2025-07-08 (INA 235)",
        "ICE holds every applicant for admission; release only by parole",
    ),
    "yajure_hurtado": _series(
        "matter_of_yajure_hurtado",
        dt.date(2025, 9, 5),
        "Matter of Yajure Hurtado, 29 I&N Dec. 216 (BIA 2025-09-05)",
        "Judges cannot hear bond for anyone present without admission",
    ),
    "bond_class": _series(
        "bond_eligible_class",
        dt.date(2025, 11, 26),
        "Maldonado Bautista v. Santacruz (C.D. Cal., class certified 2025-11-26)",
        "A nationwide class of people who entered without inspection gets bond hearings",
    ),
    "eoir_guidance": _series(
        "eoir_bond_guidance",
        dt.date(2026, 1, 13),
        "EOIR Chief IJ guidance 2026-01-13 [S,1]",
        "Judges are told to follow Yajure Hurtado; bond widely denied",
    ),
    "circuit_split": _series(
        "detention_circuit_split",
        dt.date(2026, 2, 6),
        "Buenrostro-Mendez v. Bondi (5th Cir. 2026-02-06); 8th Cir. No. 25-3248; Cunha v. Freden "
        "(2d Cir.)",
        "The courts of appeals split on no-bond detention",
    ),
    "supreme_court": _series(
        "detention_supreme_court_petition",
        dt.date(2026, 6, 26),
        "Certiorari petition 2026-06-26 [S,1]; outcome [U]",
        "The government asked the Supreme Court to decide",
    ),
}
