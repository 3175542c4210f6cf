"""Calibration facts: how requests fare, fees on the day, and the re-checked 2025-26 facts.

The parole fee before DHS collected it, Form I-131F for Keeping Families Together, the I-485
paper filing, IMMVI parole, the 2025-02-14 hold on categorical parolees, Medicaid for parolees,
Continued Presence and the advance-parole processing time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..text import _
from .base import EARLIEST, USC_1804, Dated, Series
from .fees import FeeAmount

CHECKED = dt.date(2026, 12, 7)  # the day these facts were last checked against their sources
GAO_08_282 = "GAO-08-282 (2008-02-06): 24% of 8,748 parole requests granted, FY2002 to 2007-06-30"
HR1 = "Pub. L. 119-21 (H.R. 1), 2025-07-04"

PAROLE_FEE_LAW_DAY = dt.date(2025, 7, 4)
PAROLE_FEE_MINIMUM = FeeAmount(1000, minimum_usd=1000)  # 8 U.S.C. 1804: "not less than $1,000"

# When DHS collects the parole fee: a law of 2025-07-04 created it (8 U.S.C. 1804); USCIS said on
# 2025-10-15 that it applies to parole granted from 2025-10-16. None: no day announced yet.
PAROLE_FEE_COLLECTION: Series[dt.date | None] = Series(
    "parole_fee_collection",
    (
        Dated(EARLIEST, None, USC_1804, note=_("No parole fee existed before 2025-07-04.")),
        Dated(
            PAROLE_FEE_LAW_DAY,
            None,
            f"{HR1}, {USC_1804}; reported by law firms and news (2025-07)",
            verified_on=CHECKED,
            confidence="S",
            note=_(
                "The law adds a parole fee of at least $1,000, due when parole is granted, also "
                "on requests filed earlier; DHS has not yet said from which day it collects it."
            ),
        ),
        Dated(
            dt.date(2025, 10, 15),
            dt.date(2025, 10, 16),
            f"{USC_1804}; USCIS announcement of 2025-10-15 (reported by VisaVerge and law firms); "
            "DHS notice 90 FR 48317 (2025-10-16)",
            verified_on=CHECKED,
            confidence="S",
            note=_(
                "Charged for parole granted on or after 2025-10-16, also on requests filed earlier."
            ),
        ),
    ),
    "Parole fee: the day DHS starts collecting it",
)

# Form I-131F (Keeping Families Together), online only, no fee waiver.
I131F_FILING_FEE: Series[FeeAmount] = Series(
    "i131f_filing_fee",
    (
        Dated(
            EARLIEST,
            FeeAmount(580, online_usd=580),
            "USCIS Keeping Families Together filing guidance (AILA, quoting USCIS, 2024-08)",
            verified_on=CHECKED,
            confidence="C",
            note=_("Filed online only; no fee waiver."),
        ),
    ),
    "Form I-131F filing fee (Keeping Families Together, 2024-08-19 to 2024-11-06)",
)


@dataclass(frozen=True)
class OnlineFiling:
    opened_on: dt.date | None  # the day online I-485 filing opened for anyone
    family_or_caa: bool  # family-based and Cuban Adjustment Act applicants can file online


I485_ONLINE_FILING: Series[OnlineFiling] = Series(
    "i485_online_filing",
    (
        Dated(
            EARLIEST,
            OnlineFiling(None, False),
            "USCIS online filing list (no online Form I-485 found before 2026-04-24)",
            verified_on=CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2026, 4, 24),
            OnlineFiling(dt.date(2026, 4, 24), False),
            "USCIS alert of 2026-04-24 on online Form I-485 for certain employment-based "
            "applicants (one secondary source); no online option found for family-based or "
            "Cuban Adjustment Act applicants",
            verified_on=CHECKED,
            confidence="S",
            note=_(
                "Whether family-based and Cuban Adjustment Act applicants can file online is "
                "not confirmed."
            ),
        ),
    ),
    "Form I-485 online filing: who may file online",
)

IMMVI_FEE_SOURCE = (
    "USCIS, Discretionary Options for Military Members (mirror, undated): the first Form I-131 "
    "and Form I-765 under IMMVI are free; whether that holds in 2025-26 is not confirmed"
)

# The I-485 fee for a child under 14 filing with a parent (the 2024 fee rule; G-1055 10/01/26).
I485_CHILD_FEE: Series[int | None] = Series(
    "i485_child_under_14_fee",
    (
        Dated(EARLIEST, None, "Fee before the 2024 fee rule (not recorded here)", confidence="U"),
        Dated(
            dt.date(2024, 4, 1),
            950,
            "8 CFR 106.2 (2024 fee rule); G-1055 (10/01/26), reported by two secondary sources",
            verified_on=CHECKED,
            confidence="S",
        ),
    ),
    "Form I-485 fee for a child under 14 filing with a parent",
)

# IMMVI: parole from abroad for current and former service members and qualifying family.
IMMVI: Series[str] = Series(
    "immvi_parole",
    (
        Dated(
            EARLIEST,
            "open_unconfirmed",
            "USCIS, Discretionary Options for Military Members (mirror, undated); Form I-131 "
            "(01/20/25) Part 1 items 6.B and 10.E",
            verified_on=CHECKED,
            confidence="U",
            note=_(
                "56 requests and 16 approvals by 2022-06-21; no 2025-26 statement found, so "
                "whether it is decided now is not confirmed."
            ),
        ),
    ),
    "IMMVI parole (Immigrant Military Members and Veterans Initiative) from abroad",
)


@dataclass(frozen=True)
class ParoleeHold:
    """The hold of 2025-02-14 on benefit requests of categorical parolees."""

    programs: frozenset[str]  # `parole_program` values it reaches
    court_ordered_resumed: bool  # Doe v. Noem ordered processing resumed


PAROLEE_HOLD_PROGRAMS = frozenset({"u4u", "chnv", "frp", "military_pip"})
PAROLEE_HOLD: Series[ParoleeHold | None] = Series(
    "parolee_hold",
    (
        Dated(EARLIEST, None, "No hold on categorical parolees before 2025-02-14"),
        Dated(
            dt.date(2025, 2, 14),
            ParoleeHold(PAROLEE_HOLD_PROGRAMS, False),
            "USCIS administrative hold of 2025-02-14 (Acting Deputy Director A. Davidson), "
            "reported by four sources",
            verified_on=CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2025, 5, 28),
            ParoleeHold(PAROLEE_HOLD_PROGRAMS, True),
            "Doe v. Noem, D. Mass. No. 1:25-cv-10495, order of 2025-05-28 (class: U4U, CHNV, "
            "FRP, OAW, CAM and Military PIP parolees), reported by four sources",
            verified_on=CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2025, 6, 9),
            None,
            "USCIS memo of 2025-06-09 resuming adjudication, re-parole included",
            verified_on=CHECKED,
            confidence="S",
        ),
    ),
    "USCIS hold on benefit requests of U4U, CHNV, FRP and military parole-in-place parolees",
)

# Federal Medicaid for parolees: none from 2026-10-01 (Cuban/Haitian entrants excepted).
PAROLEE_MEDICAID: Series[bool | None] = Series(
    "parolee_medicaid",
    (
        Dated(EARLIEST, None, f"{HR1} (before its Medicaid change)"),
        Dated(
            dt.date(2026, 10, 1),
            False,
            f"{HR1} §71109 (two secondary sources)",
            verified_on=CHECKED,
            confidence="S",
            note=_(
                "Federal Medicaid funding ends for parolees; Cuban/Haitian entrants are excepted."
            ),
        ),
    ),
    "Federal Medicaid for parolees",
)

# How long advance parole (Form I-131) took in USCIS's processing-times tool.
ADVANCE_PAROLE_PROCESSING_MONTHS: Series[int | None] = Series(
    "advance_parole_processing_months",
    (
        Dated(
            EARLIEST,
            None,
            "USCIS processing-times tool (no figure recorded before 2026-09)",
            verified_on=CHECKED,
            confidence="U",
        ),
        Dated(
            dt.date(2026, 9, 30),
            23,
            "USCIS processing-times tool for Form I-131 advance parole, 2026-09 (two secondary "
            "sources)",
            verified_on=CHECKED,
            confidence="S",
        ),
    ),
    "Advance parole processing time shown by USCIS (months)",
)

CONTINUED_PRESENCE = (
    "22 U.S.C. 7105(c)(3); DHS Center for Countering Human Trafficking, Continued Presence "
    "(1 year, renewable); ICE Continued Presence guidance (2021-07-30: 2-year renewable "
    "increments)"
)
