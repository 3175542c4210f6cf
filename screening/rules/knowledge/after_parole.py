"""What comes after parole: the citations, forms and fees of the routes to status in the U.S.

Fees from USCIS Form G-1055, edition 10/01/26, unless a primary text is named. A route's fee is
given only where a source gives one; otherwise it is `None` and the result says the fee is not
confirmed.
"""

from __future__ import annotations

import datetime as dt

from ..text import _
from .base import CFR_106_2, EARLIEST, G1055, Dated, Series
from .fees import FeeAmount
from .restrictions import FACTS_3_CHECKED

# Citations
INA_245A = "INA 245(a), 8 U.S.C. 1255(a); USCIS Policy Manual Vol. 7, Part B, Ch. 2"
INA_245C = "INA 245(c)(2), (4), (8); 8 CFR 245.1(b); USCIS Policy Manual Vol. 7, Part B, Ch. 6"
INA_201B = "INA 201(b)(2)(A)(i), 8 U.S.C. 1151(b)(2)(A)(i)"
PM_602_0199 = "USCIS PM-602-0199 (2026-05-21), adjustment as a matter of discretion"
PM_602_0091 = "USCIS PM-602-0091 (2013-11-15), parole in place and INA 212(a)(6)(A)(i)"
CAA = (
    "Cuban Adjustment Act, Pub. L. 89-732 (1966-11-02); CLINIC, Seven Things About Cuban Adjustment"
)
I220A_NOT_PAROLE = (
    "Matter of Cabrera-Fernandez, 28 I&N Dec. 747 (BIA 2023); Matter of Roque-Izada, "
    "29 I&N Dec. 106 (BIA 2025)"
)
INA_212A9B = "INA 212(a)(9)(B), 8 U.S.C. 1182(a)(9)(B); USCIS Policy Manual Vol. 8, Part O"
INA_212A9C = "INA 212(a)(9)(C) (the permanent bar); AILA practice pointer on unlawful presence"
I601A_RULE = "8 CFR 212.7(e); 81 FR 50244 (2016-07-29, effective 2016-08-29)"
INA_240A_B1 = "INA 240A(b)(1), 8 U.S.C. 1229b(b)(1)"
STOP_TIME = "INA 240A(d)(1)-(2); Niz-Chavez v. Garland, 593 U.S. 155 (2021)"
S_VISA = "INA 101(a)(15)(S); 8 CFR 214.2(t); Form I-854 (filed by the agency)"
INA_208 = "INA 208(a)(2)(B), (D), 8 U.S.C. 1158; INA 241(b)(3); 8 CFR 1208.16-18 (CAT)"
MILITARY_PIP_ADJUSTMENT = f"{PM_602_0091}; {INA_245A}; {INA_245C}"

# The years (or one year) a route's waiting period needs.
CAA_PRESENCE_YEARS = 1
CANCELLATION_PRESENCE_YEARS = 10
UNLAWFUL_PRESENCE_BAR_DAYS = 180  # more than 180 days, then a departure: the 3-year bar


FEE_RULE_2024 = dt.date(2024, 4, 1)


def _fee(
    fee_id: str,
    amount: FeeAmount,
    source: str,
    confidence: str,
    note: str = "",
    since: dt.date = EARLIEST,
) -> Series[FeeAmount]:
    """A fee with one known value (the facts record no earlier or later amount). Before `since`
    the amount is not recorded: `None`, marked unconfirmed."""
    before = (
        ()
        if since == EARLIEST
        else (
            Dated(
                EARLIEST, FeeAmount(None), f"{source} (earlier fee not recorded)", confidence="U"
            ),
        )
    )
    return Series(
        fee_id,
        (
            *before,
            Dated(
                since,
                amount,
                source,
                verified_on=FACTS_3_CHECKED,
                confidence=confidence,
                note=note,
            ),
        ),
    )


I130_FEE = _fee(
    "i130_filing_fee",
    FeeAmount(675, online_usd=625),
    f"{CFR_106_2}; online figure from {G1055}",
    "S",
    _("The paper fee is in the fee rule; the online figure comes from one secondary source."),
    FEE_RULE_2024,
)
I485_FEE = _fee(
    "i485_filing_fee",
    FeeAmount(1440, online_usd=1390),
    f"{G1055} (two secondary sources)",
    "S",
    _("$950 for a child under 14 filing with a parent."),
    FEE_RULE_2024,
)
I601A_FEE = _fee("i601a_filing_fee", FeeAmount(795), f"{G1055} (one secondary source)", "S")
I601_FEE = _fee("i601_filing_fee", FeeAmount(1050), f"{G1055} (one secondary source)", "S")
I212_FEE = _fee("i212_filing_fee", FeeAmount(1175), CFR_106_2, "S", since=FEE_RULE_2024)
EOIR_42B_FEE: Series[FeeAmount] = Series(
    "eoir_42b_fee",
    (
        Dated(
            EARLIEST,
            FeeAmount(None),
            "EOIR fee schedule before 2026-10-01 (not recorded in the facts)",
            verified_on=FACTS_3_CHECKED,
            confidence="U",
        ),
        Dated(
            dt.date(2026, 10, 1),
            FeeAmount(1690),
            "EOIR-42B fee: $100 EOIR fee plus $1,590 under Pub. L. 119-21 (91 FR 54211, FY2027 "
            f"adjustment), per {G1055} dataset",
            verified_on=FACTS_3_CHECKED,
            confidence="S",
            note=_("Plus the $30 DHS biometrics fee; paid only through the EOIR payment portal."),
        ),
    ),
    "Form EOIR-42B, cancellation of removal for non-permanent residents",
)
