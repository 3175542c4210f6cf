"""The 2025-26 country restrictions: the travel-ban proclamations and the USCIS processing holds.

Country lists are ISO 3166-1 alpha-2
codes; "PS" stands for holders of Palestinian Authority travel documents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..text import _
from .base import EARLIEST, Dated, Series

FACTS_3_CHECKED = dt.date(2026, 12, 1)  # the day these restrictions were last checked


@dataclass(frozen=True)
class TravelBan:
    proclamation: str
    full: frozenset[str]  # immigrants and nonimmigrants suspended
    partial: frozenset[str]  # immigrants and B, F, M, J visas suspended (Turkmenistan: immigrants)

    def covers(self, country: str | None) -> bool:
        return country in self.full or country in self.partial


PP_10949_SOURCE = "Proclamation 10949, 90 FR 24497 (2025-06-10), effective 2025-06-09"
PP_10998_SOURCE = "Proclamation 10998 (signed 2025-12-16), effective 2026-01-01"

PP_10949_FULL = frozenset({"AF", "MM", "TD", "CG", "GQ", "ER", "HT", "IR", "LY", "SO", "SD", "YE"})
PP_10949_PARTIAL = frozenset({"BI", "CU", "LA", "SL", "TG", "TM", "VE"})
# 10998 keeps the original 12, adds 5, moves Laos and Sierra Leone up, and adds PA documents.
PP_10998_FULL = PP_10949_FULL | {"BF", "LA", "ML", "NE", "SL", "SS", "SY", "PS"}
PP_10998_PARTIAL = frozenset(
    {
        "AO",
        "AG",
        "BJ",
        "BI",
        "CI",
        "CU",
        "DM",
        "GA",
        "GM",
        "MW",
        "MR",
        "NG",
        "SN",
        "TZ",
        "TG",
        "TO",
        "VE",
        "ZM",
        "ZW",
        "TM",
    }
)

PP_10949 = PP_10949_FULL | PP_10949_PARTIAL  # the 19 countries of PM-602-0192
PP_10998 = PP_10998_FULL | PP_10998_PARTIAL  # the 39 (and PA documents) of PM-602-0194

TRAVEL_BANS: Series[TravelBan | None] = Series(
    "travel_ban",
    (
        Dated(EARLIEST, None, "No entry proclamation before 2025-06-09"),
        Dated(
            dt.date(2025, 6, 9),
            TravelBan("10949", PP_10949_FULL, PP_10949_PARTIAL),
            f"{PP_10949_SOURCE}; country lists per CRS Insight IN12561 (2025-06-09)",
            verified_on=FACTS_3_CHECKED,
            confidence="S",
            note=_(
                "Immediate-relative immigrant visas were excepted when the relationship is shown "
                "by clear and convincing evidence."
            ),
        ),
        Dated(
            dt.date(2026, 1, 1),
            TravelBan("10998", PP_10998_FULL, PP_10998_PARTIAL),
            f"{PP_10998_SOURCE}; number per USCIS PM-602-0194; lists per CRS Insight IN12631 "
            "(2025-12-19); Federal Register citation not confirmed",
            verified_on=FACTS_3_CHECKED,
            confidence="S",
            note=_(
                "The general exception for immediate relatives of U.S. citizens was removed or "
                "narrowed; no amendment after the 180-day review was found."
            ),
        ),
    ),
    "Presidential proclamations suspending entry of nationals of listed countries",
)


@dataclass(frozen=True)
class Hold:
    """What USCIS was holding on a day. `afghan` None: the Afghan halt's status is unconfirmed."""

    memo: str
    countries: frozenset[str]  # people born in or citizens of these countries
    all_asylum: bool  # every pending asylum application (Form I-589), any nationality
    afghan: bool | None
    # people from these countries who entered on or after 2021-01-20: approvals may be re-reviewed
    re_review: frozenset[str] = frozenset()


PM_602_0192 = "USCIS PM-602-0192 (2025-12-02)"
PM_602_0194 = "USCIS PM-602-0194 (2026-01-01)"
DORCAS = "Dorcas Int'l Inst. of R.I. v. USCIS, D.R.I. No. 1:26-cv-00132, final judgment 2026-06-11"
AFGHAN_HALT = "USCIS halt of all Afghan requests (2025-11-27)"

HOLDS: Series[Hold | None] = Series(
    "processing_hold",
    (
        Dated(EARLIEST, None, "USCIS processing before 2025-11-27", confidence="S"),
        Dated(
            dt.date(2025, 11, 27),
            Hold(_("the halt of requests from Afghan nationals"), frozenset(), False, True),
            f"{AFGHAN_HALT}; reported by visahq, cedarnews",
            confidence="S",
        ),
        Dated(
            dt.date(2025, 12, 2),
            Hold(_("USCIS memo PM-602-0192"), PP_10949, True, True, PP_10949),
            f"{PM_602_0192}, reported by five law firms; {AFGHAN_HALT}",
            verified_on=FACTS_3_CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2026, 1, 1),
            Hold(
                _("USCIS memos PM-602-0192 and PM-602-0194"),
                PP_10998,
                True,
                True,
                PP_10998,
            ),
            f"{PM_602_0194} (verbatim copy); {PM_602_0192}; {AFGHAN_HALT}",
            verified_on=FACTS_3_CHECKED,
            confidence="S",
        ),
        Dated(
            dt.date(2026, 6, 11),
            Hold(_("the halt of requests from Afghan nationals"), frozenset(), False, None),
            f"{DORCAS}; USCIS alert 2026-06-12 (PM-602-0192, PM-602-0194 and PA-2025-26 "
            "treated as not in effect); whether the Afghan halt ended is not confirmed",
            verified_on=FACTS_3_CHECKED,
            confidence="U",
        ),
        Dated(
            dt.date(2026, 8, 14),
            Hold(
                _("the halt of requests from Afghan nationals"), frozenset(), False, None, PP_10998
            ),
            f"{DORCAS}; 1st Cir. No. 26-1703, partial stay 2026-08-14 (re-review of approvals "
            "may resume; the holds stay vacated); Red Eagle Law v. Edlow, N.D. Cal. "
            "26-cv-04850, injunction 2026-08-24",
            verified_on=FACTS_3_CHECKED,
            confidence="U",
        ),
    ),
    "USCIS holds on pending requests, by memo, country and date",
)
