"""Fees: the I-131, parole and I-941 fees as dated values, and the parole-fee exceptions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..text import _
from .base import CFR_106_2, CFR_212_19, EARLIEST, G1055, USC_1804, Dated, Series


@dataclass(frozen=True)
class FeeAmount:
    paper_usd: int | None
    online_usd: int | None = None
    minimum_usd: int | None = None  # what the law guarantees when the exact figure is uncertain


I131_FILING_FEE: Series[FeeAmount] = Series(
    "i131_filing_fee",
    (
        Dated(
            EARLIEST,
            FeeAmount(575),
            "USCIS fee schedule before the 2024 fee rule (CLINIC, 2024-03-11)",
            confidence="S",
        ),
        Dated(
            dt.date(2024, 4, 1),
            FeeAmount(630, online_usd=580),
            f"{CFR_106_2}; {G1055}",
            confidence="S",
            note=_("The online figure comes from secondary sources."),
        ),
    ),
    "USCIS filing fee for Form I-131 parole documents, per beneficiary",
)

PAROLE_FEE: Series[FeeAmount | None] = Series(
    "parole_fee",
    (
        Dated(EARLIEST, None, USC_1804, note=_("No parole fee was collected before 2025-10-16.")),
        Dated(
            dt.date(2025, 10, 16),
            FeeAmount(1000, minimum_usd=1000),
            f"{USC_1804}; DHS notice 90 FR 48317 (2025-10-16)",
            confidence="C",
        ),
        Dated(
            dt.date(2026, 1, 1),
            FeeAmount(1020, minimum_usd=1000),
            f"{USC_1804}; FY2026 inflation adjustment reported by VisaVerge (2025-12-06), the "
            "USCIS fee calculator and G-1055 (10/01/26)",
            confidence="S",
            note=_("Reported by three secondary sources; the exact start date is not confirmed."),
        ),
        Dated(
            dt.date(2026, 10, 16),
            FeeAmount(1050, minimum_usd=1000),
            f"{USC_1804}; FY2027 adjustment, USCIS alert of 2026-09-30 (Federal Register "
            "2026-20187), reported by one source",
            confidence="S",
            note=_("Reported by a single secondary source."),
        ),
    ),
    "Immigration parole fee, due each time parole is granted (not with the I-131)",
)

I941_FILING_FEE: Series[FeeAmount] = Series(
    "i941_filing_fee",
    (
        Dated(
            EARLIEST,
            FeeAmount(1200),
            "Fragomen (2017-12-14)",
            confidence="S",
            note=_("$1,200 plus $85 biometrics in 2017."),
        ),
        Dated(
            dt.date(2024, 4, 1),
            FeeAmount(None),
            CFR_106_2,
            confidence="U",
            note=_("The Form I-941 fee after the 2024 fee rule is not confirmed."),
        ),
    ),
    "USCIS filing fee for Form I-941 (International Entrepreneur Parole)",
)

# The ten exceptions to the parole fee, in the order of 8 U.S.C. 1804(b).
PAROLE_FEE_EXCEPTIONS: dict[str, str] = {
    "medical_emergency": "a medical emergency: treatment is not available where the person "
    "lives, or it is life-threatening and there is no time for a visa",
    "parent_of_minor_medical_emergency": "the parent or legal guardian of a minor child with "
    "such a medical emergency",
    "organ_donor": "an organ or tissue donor, with no time for a visa",
    "imminent_death_of_family_member": "visiting a close family member in the U.S. whose death "
    "is imminent, where a visa would come too late",
    "funeral": "attending the funeral of a close family member, where a visa would come too late",
    "adopted_child_medical": "an adopted child in the petitioner's legal custody with an urgent "
    "medical condition that needs treatment before the adoption visa",
    "adjustment_applicant_returning": "an adjustment-of-status applicant returning from "
    "temporary travel abroad",
    "contiguous_return_hearing": "a person returned to Mexico or Canada and paroled to attend "
    "their immigration hearing",
    "cuban_haitian_entrant": "a person granted Cuban/Haitian entrant status",
    "law_enforcement_assistance": "a person assisting U.S. law enforcement whose presence is "
    "needed although they cannot get a visa",
}
PAROLE_FEE_EXCEPTION_SOURCE = f"{USC_1804}, subsection (b)"

# Afghan re-parole self-petitioners filed without the I-131 fee through 2025-01-31; after that the
# exemption is not confirmed (the entries' sources say by whom).
AFGHAN_RE_PAROLE_FEE_EXEMPT: Series[bool | None] = Series(
    "afghan_re_parole_fee_exempt",
    (
        Dated(
            EARLIEST,
            True,
            "USCIS Re-Parole Process for Certain Afghans (fee exemption through 2025-01-31)",
            confidence="C",
        ),
        Dated(
            dt.date(2025, 2, 1),
            None,
            "USCIS Re-Parole Process for Certain Afghans (fee exemption through 2025-01-31)",
            confidence="U",
            note=_(
                "USCIS did not charge Afghans this fee through 2025-01-31; whether that "
                "continues is not confirmed."
            ),
        ),
    ),
    "I-131 fee exemption for Afghan re-parole self-petitioners",
)

# Categories with a $0 I-131 under the fee schedule (the exemption turns on the beneficiary).
I131_FEE_EXEMPT_SOURCE = f"{G1055} (reported by secondary sources)"

# ---------------------------------------------------------------------------------------------
# International Entrepreneur Parole thresholds (CPI-adjusted every three years)


@dataclass(frozen=True)
class EntrepreneurThresholds:
    max_startup_age_years: float
    min_ownership_percent: float
    min_investment_usd: int
    min_grants_usd: int


ENTREPRENEUR_THRESHOLDS: Series[EntrepreneurThresholds] = Series(
    "entrepreneur_thresholds",
    (
        Dated(
            EARLIEST,
            EntrepreneurThresholds(5, 10, 264_147, 105_659),
            f"{CFR_212_19}; USCIS International Entrepreneur Rule page (FY2022 values)",
            confidence="S",
        ),
        Dated(
            dt.date(2024, 10, 1),
            EntrepreneurThresholds(5, 10, 311_071, 124_429),
            f"{CFR_212_19}; inflation adjustment effective 2024-10-01 (National Law Review)",
            confidence="S",
        ),
    ),
    "International Entrepreneur Parole: startup age, ownership, investment and grant thresholds",
)
