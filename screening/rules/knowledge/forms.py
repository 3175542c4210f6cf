"""Form editions and where each form lives on uscis.gov."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..text import _
from .base import EARLIEST, I134_INSTRUCTIONS, USCIS_I131_URL, Dated, Series


@dataclass(frozen=True)
class FormInfo:
    id: str
    title: str
    editions: Series[str | None]
    url: str
    notes: tuple[str, ...] = field(default_factory=tuple)


FORMS: dict[str, FormInfo] = {
    "I-131": FormInfo(
        "I-131",
        "Application for Travel Documents, Parole Documents, and Arrival/Departure Records",
        Series(
            "I-131 edition",
            (
                Dated(
                    EARLIEST,
                    None,
                    "I-131 edition notes (wasden.law; OMB copydeck Feb 2025)",
                    confidence="U",
                    note=_(
                        "The edition in use before 04/01/24 is not recorded here: use the one "
                        "on uscis.gov."
                    ),
                ),
                Dated(
                    dt.date(2024, 4, 1),  # an edition is not in use before its own date
                    "04/01/24",
                    "I-131 edition notes (wasden.law)",
                    confidence="S",
                ),
                Dated(
                    dt.date(2024, 10, 11),
                    "06/17/24",
                    "I-131 edition 06/17/24 mandatory from "
                    "2024-10-11 (wasden.law; OMB copydeck Feb 2025)",
                    confidence="S",
                ),
                Dated(
                    dt.date(2025, 1, 20),
                    "01/20/25",
                    "uscis.gov/i-131 as recorded 2026-10-02, "
                    "2026-10-08 and 2026-05-11 by three independent sources",
                    verified_on=dt.date(2026, 10, 8),
                    confidence="S",
                    note=_(
                        "The day USCIS began requiring this edition, and whether it still "
                        "accepts older ones, is not confirmed."
                    ),
                ),
            ),
        ),
        USCIS_I131_URL,
    ),
    "I-134": FormInfo(
        "I-134",
        "Declaration of Financial Support",
        Series(
            "I-134 edition",
            (
                Dated(EARLIEST, None, I134_INSTRUCTIONS, confidence="U"),
                Dated(
                    dt.date(2025, 1, 20),
                    "01/20/25",
                    "uscis.gov/i-134 (updated 2026-06-03) as recorded 2026-10-02 and 2026-10-08",
                    verified_on=dt.date(2026, 10, 8),
                    confidence="S",
                ),
            ),
        ),
        "https://www.uscis.gov/i-134",
    ),
    "I-134A": FormInfo(
        "I-134A",
        "Online Request to be a Supporter and Declaration of Financial Support",
        Series(
            "I-134A edition", (Dated(EARLIEST, None, "USCIS Form I-134A page", confidence="U"),)
        ),
        "https://www.uscis.gov/i-134a",
    ),
    "I-131F": FormInfo(
        "I-131F",
        "Application for Parole in Place for Certain Noncitizen Spouses and Stepchildren of "
        "U.S. Citizens",
        Series(
            "I-131F edition",
            (
                Dated(
                    EARLIEST,
                    None,
                    "USCIS Keeping Families Together page (online filing only, 2024-08-19 to "
                    "2024-11-06)",
                    confidence="U",
                ),
            ),
        ),
        "https://www.uscis.gov/keepingfamiliestogether",
    ),
    "I-912": FormInfo(
        "I-912",
        "Request for Fee Waiver",
        Series(
            "I-912 edition",
            (
                Dated(EARLIEST, None, "USCIS Form I-912", confidence="U"),
                Dated(
                    dt.date(2025, 7, 22),
                    "07/22/25",
                    "uscis.gov/i-912 (updated 2026-06-05)",
                    confidence="S",
                ),
            ),
        ),
        "https://www.uscis.gov/i-912",
    ),
    "I-941": FormInfo(
        "I-941",
        "Application for Entrepreneur Parole",
        Series(
            "I-941 edition",
            (
                Dated(
                    EARLIEST,
                    None,
                    "USCIS Form I-941 page; a new edition "
                    "was issued in early 2025 (dworskylaw.com)",
                    confidence="U",
                ),
            ),
        ),
        "https://www.uscis.gov/i-941",
    ),
}
