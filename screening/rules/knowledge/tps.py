"""Temporary Protected Status by country: designations, their "through" dates and terminations.

Federal Register citations; statuses from the USCIS TPS page updated 2026-09-09 and read
2026-10-02. A country not listed here is not known to the rules: the result points to the current
list on uscis.gov.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..text import _
from .base import EARLIEST, Dated, Series
from .fees import FeeAmount
from .restrictions import FACTS_3_CHECKED

USCIS_TPS_URL = "https://www.uscis.gov/tps"
TPS_SOURCE = "USCIS TPS page (updated 2026-09-09, read 2026-10-02); FR notices per T24 dataset"


@dataclass(frozen=True)
class TpsStatus:
    designated: bool
    through: dt.date | None = None  # the last day of the designation, when one is published


# Never designated: no TPS notice for Cuba appears in the Federal Register, 1994-2026.
NEVER_DESIGNATED = frozenset({"CU"})


def _still_designated(through: dt.date, source: str, note: str = "") -> Series[TpsStatus]:
    return Series(
        "tps",
        (
            Dated(
                EARLIEST,
                TpsStatus(True, through),
                f"{source}; {TPS_SOURCE}",
                verified_on=FACTS_3_CHECKED,
                confidence="S",
                note=note,
            ),
        ),
    )


def _terminated(
    day: dt.date, source: str, confidence: str = "S", note: str = ""
) -> Series[TpsStatus]:
    return Series(
        "tps",
        (
            Dated(EARLIEST, TpsStatus(True), f"{TPS_SOURCE}", confidence="S"),
            Dated(
                day,
                TpsStatus(False),
                f"{source}; {TPS_SOURCE}",
                verified_on=FACTS_3_CHECKED,
                confidence=confidence,
                note=note,
            ),
        ),
    )


TPS: dict[str, Series[TpsStatus]] = {
    "SV": _still_designated(
        dt.date(2026, 9, 9),
        "90 FR 5953 (2025-01-17)",
        _(
            "USCIS said an announcement would come and that TPS holders keep protection, "
            "including work permits, until then."
        ),
    ),
    "UA": _still_designated(dt.date(2026, 10, 19), "90 FR 5936"),
    "SD": _still_designated(dt.date(2026, 10, 19), "90 FR 5944"),
    "LB": _still_designated(dt.date(2026, 11, 27), "91 FR 32069 (2026-05-29, automatic extension)"),
    "VE": _terminated(
        dt.date(2025, 11, 7), "90 FR 43225 (2021 designation); 90 FR 9040 (2023 designation)"
    ),
    "HT": _terminated(
        dt.date(2026, 7, 27), "90 FR 54733; Trump v. Miot, Nos. 25-1083/25-1084 (U.S. 2026-06-25)"
    ),
    "SY": _terminated(dt.date(2026, 7, 27), "90 FR 45398 (2025-09-22)"),
    "HN": _terminated(dt.date(2025, 9, 8), "90 FR 30089; National TPS Alliance v. Noem"),
    "NI": _terminated(dt.date(2025, 9, 8), "90 FR 30086; National TPS Alliance v. Noem"),
    "NP": _terminated(dt.date(2025, 8, 5), "90 FR 24151; National TPS Alliance v. Noem"),
    "AF": _terminated(dt.date(2025, 7, 14), "90 FR 20309 (2025-05-13)"),
    "MM": _terminated(dt.date(2026, 8, 7), "90 FR 53378; stay lifted"),
    "SS": _terminated(dt.date(2026, 8, 7), "90 FR 50484"),
    "SO": _terminated(dt.date(2026, 8, 14), "91 FR 1547 (2026-01-14); stay lifted 2026-08-14"),
    "ET": _terminated(dt.date(2026, 8, 18), "90 FR 58028 (2025-12-15); stay lifted 2026-08-18"),
    # Sources conflict (2026-07-20 or 2026-07-27): the earlier day is used, marked unconfirmed.
    "YE": _terminated(
        dt.date(2026, 7, 20),
        "91 FR 10402 (2026-03-03)",
        "U",
        _("Sources give 2026-07-20 or 2026-07-27 as the day the termination took effect."),
    ),
    "CM": _terminated(dt.date(2025, 8, 4), "90 FR 23697"),
}

# Form I-821 (TPS application or re-registration) fee [S, one or two secondary sources].
I821_FEE: Series[FeeAmount] = Series(
    "i821_filing_fee",
    (
        Dated(
            EARLIEST,
            FeeAmount(None),
            "Form I-821 fee before 2026-01-01 (not recorded in the facts)",
            confidence="U",
        ),
        Dated(
            dt.date(2026, 1, 1),
            FeeAmount(510),
            "Form I-821 fee under Pub. L. 119-21 (T25 dataset of G-1055)",
            verified_on=FACTS_3_CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2026, 10, 16),
            FeeAmount(520),
            "Form I-821 fee, FY2027 notice (Federal Register 2026-20187; T25)",
            verified_on=FACTS_3_CHECKED,
            confidence="S",
        ),
    ),
    "Form I-821, Application for Temporary Protected Status",
)
