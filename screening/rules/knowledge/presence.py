"""Unlawful presence, TPS and asylum timing: the citations and dated rules the count uses.

Unlawful presence (INA 212(a)(9)(B)) starts the day after a parole or a TPS grant ends, or on
arrival without admission; some time does not count. The annual asylum fee and a TPS holder's
return on TPS travel authorization change with the date.
"""

from __future__ import annotations

import datetime as dt

from ..text import _
from .base import EARLIEST, Dated, Series
from .fees import FeeAmount

CHECKED = dt.date(2026, 12, 7)

# Citations
UP_EXCEPTIONS = "INA 212(a)(9)(B)(iii), 8 U.S.C. 1182(a)(9)(B)(iii)"
UP_PAROLE = (
    "USCIS Adjudicator's Field Manual 40.9 (no unlawful presence during authorized parole; "
    "an INA 236 release is not parole), as quoted by a practitioner"
)
UP_TPS = (
    "USCIS Adjudicator's Field Manual 40.9 on TPS (lawful status while TPS lasts; the grant "
    "does not cure earlier unlawful presence), as quoted by a law firm"
)
UP_I485 = "9 FAM 302.11-3(B)(1)(b)(5); USCIS Adjudicator's Field Manual 40.9.2(b)(3)(A)"
INA_244A1 = "INA 244(a)(1)(A)-(B), 8 U.S.C. 1254a(a)(1)"
ASYLUM_ONE_YEAR = "INA 208(a)(2)(B), 8 U.S.C. 1158(a)(2)(B)"
ASYLUM_CHILDREN = "INA 208(a)(2)(E), 8 U.S.C. 1158(a)(2)(E) (unaccompanied children)"
REASONABLE_PERIOD = "8 CFR 208.4(a)(5)(iv); Matter of T-M-H- & S-W-C-, 25 I&N Dec. 193 (BIA 2010)"
ASYLUM_ABANDONMENT = "8 CFR 208.8(a)-(b)"
I485_ABANDONMENT = "8 CFR 245.2(a)(4)(ii)"

# Whether coming back on a TPS travel authorization is an admission (for adjustment, INA 245(a)).
TPS_TRAVEL: Series[str] = Series(
    "tps_travel_return",
    (
        Dated(
            EARLIEST,
            "case_by_case",
            "USCIS practice before Matter of Z-R-Z-C- (advance parole for TPS holders)",
            verified_on=CHECKED,
            confidence="S",
            note=_("A return on advance parole may count as parole; a lawyer checks."),
        ),
        Dated(
            dt.date(2020, 8, 20),
            "not_admission",
            "Matter of Z-R-Z-C- (AAO), adopted by USCIS 2020-08-20",
            verified_on=CHECKED,
            confidence="S",
            note=_("USCIS treats a return on TPS travel authorization as not an admission."),
        ),
        Dated(
            dt.date(2022, 7, 1),
            "admission",
            "USCIS PM-602-0188 (2022-07-01), rescinding Matter of Z-R-Z-C-; Sanchez v. "
            "Mayorkas (U.S. 2021-06-07: a TPS grant alone is not an admission); Duarte v. "
            "Mayorkas (5th Cir. 2022)",
            verified_on=CHECKED,
            confidence="S",
            note=_(
                "A TPS holder who came back on TPS travel authorization counts as inspected and "
                "admitted; whether this changed after 2022 was not checked."
            ),
        ),
    ),
    "A TPS holder's return on TPS travel authorization, for adjustment of status",
)

# The annual asylum fee (Pub. L. 119-21): each calendar year an I-589 stays pending after its
# first year; one fee per application, family members included.
ANNUAL_ASYLUM_FEE: Series[FeeAmount] = Series(
    "annual_asylum_fee",
    (
        Dated(EARLIEST, FeeAmount(None), "No annual asylum fee before Pub. L. 119-21"),
        Dated(
            dt.date(2025, 7, 22),
            FeeAmount(100),
            "Pub. L. 119-21; 90 FR 34511 (H.R. 1 fees, FY2025)",
            verified_on=CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2026, 1, 1),
            FeeAmount(102),
            "Annual asylum fee, inflation adjustment for 2026 (two secondary sources)",
            verified_on=CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2026, 10, 16),
            FeeAmount(105),
            "Annual asylum fee, FY2027 notice (one secondary source)",
            verified_on=CHECKED,
            confidence="S",
        ),
    ),
    "Annual asylum fee (for each year an asylum application stays pending after the first)",
)

# What not paying the annual asylum fee can lead to.
ANNUAL_ASYLUM_FEE_ENFORCEMENT: Series[str] = Series(
    "annual_asylum_fee_enforcement",
    (
        Dated(EARLIEST, "payable", "Pub. L. 119-21", confidence="S"),
        Dated(
            dt.date(2026, 5, 29),
            "rejection",
            "USCIS interim final rule of April 2026 (rejection, loss of the (c)(8) work permit "
            "and removal for non-payment after 2026-05-29)",
            verified_on=CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2026, 8, 5),
            "rejection_stayed",
            "Venezuelan Ass'n of Mass. v. USCIS, D. Mass. No. 26-cv-13038 (stay of 2026-08-05); "
            "appeal 1st Cir. No. 26-1893",
            verified_on=CHECKED,
            confidence="S",
            note=_("The fee itself stays payable."),
        ),
    ),
    "What not paying the annual asylum fee can lead to",
)
