"""The building blocks of what the rules know: `Dated` values, `Series`, and the short citations.

Every amount, threshold, program status and form detail is a `Dated` value: the value in force from
`effective_from`, the `source` it rests on, the day it was last `verified_on` and how sure we are
(`confidence`: C confirmed from a primary text, S secondary sources only, U unconfirmed). To change
a fact, read docs/rules.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

# The day the facts below were last checked against their sources.
VERIFIED = dt.date(2026, 11, 28)
EARLIEST = dt.date.min  # "in force before the next entry; its start is not recorded here"

USCIS_FEES_URL = "https://www.uscis.gov/g-1055"
USCIS_I131_URL = "https://www.uscis.gov/i-131"
USCIS_ADDRESSES_URL = "https://www.uscis.gov/i-131-addresses"
USCIS_EXPEDITE_URL = "https://www.uscis.gov/forms/filing-guidance/how-to-make-an-expedite-request"


@dataclass(frozen=True)
class Dated(Generic[T]):
    effective_from: dt.date
    value: T
    source: str
    verified_on: dt.date = VERIFIED
    confidence: str = "C"  # C | S | U
    note: str = ""


@dataclass(frozen=True)
class Series(Generic[T]):
    """A fact's values over time, oldest first. `on(day)` is the one in force that day."""

    id: str
    values: tuple[Dated[T], ...]
    description: str = ""

    def on(self, day: dt.date) -> Dated[T] | None:
        current = None
        for entry in self.values:
            if entry.effective_from <= day:
                current = entry
            else:
                break
        return current

    def next_after(self, day: dt.date) -> Dated[T] | None:
        return next((e for e in self.values if e.effective_from > day), None)


# ---------------------------------------------------------------------------------------------
# Citations (short forms; docs/facts.md lists every dated value with its full source)

INA_212D5A = "INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A)"
INA_212D5B = "INA 212(d)(5)(B), 8 U.S.C. 1182(d)(5)(B)"
PM_VOL3_PF = "USCIS Policy Manual, Vol. 3, Part F, Ch. 1"
CFR_212_5E1 = "8 CFR 212.5(e)(1)"
CFR_212_5E2 = "8 CFR 212.5(e)(2)(i)"
CFR_212_19 = "8 CFR 212.19 (International Entrepreneur Rule)"
CFR_106_2 = "8 CFR 106.2 (USCIS fee rule, 89 FR 6194, 2024-01-31)"
G1055 = "USCIS Form G-1055 fee schedule, edition 10/01/26"
USC_1804 = "8 U.S.C. 1804 (Pub. L. 119-21, 2025-07-04)"
I134_INSTRUCTIONS = "Form I-134 instructions (OMB ICR 202408-1615-011)"
USCIS_EVIDENCE = "USCIS, Guidance on Evidence for Certain Types of Humanitarian or SPB Parole"
USCIS_HP_PAGE = (
    "USCIS, Humanitarian or Significant Public Benefit Parole for Individuals Outside the U.S."
)
I131_PART1 = "Form I-131 (edition 01/20/25), Part 1"
ICE_PLEPU = "DHS/ICE/PIA-049, ICE Parole and Law Enforcement Programs Unit (2018)"
MILITARY_PIP = "USCIS, Discretionary Options for Military Members (2020); PM-602-0091 (2013-11-15)"
PM_602_0187 = "USCIS PM-602-0187 (2025-02-28), Notices to Appear"
EXPEDITE = "USCIS expedite criteria (Policy Manual Vol. 1, Part A, Ch. 5; updated 2024-03-21)"
DELCARMEN_LARA = "Matter of Delcarmen-Lara, 29 I&N Dec. 830 (BIA 2026-08-13)"
ARRABALLY = "Matter of Arrabally, 25 I&N Dec. 771 (BIA 2012)"
NO_RFE = "USCIS policy restoring denial without RFE or NOID (2026-08-05)"
