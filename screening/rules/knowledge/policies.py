"""Policies whose effect depends on the date."""

from __future__ import annotations

import datetime as dt

from ..text import _
from .base import ARRABALLY, DELCARMEN_LARA, EARLIEST, NO_RFE, PM_602_0187, Dated, Series

POLICIES: dict[str, Series[bool]] = {
    # Leaving on advance parole counts as a departure for the unlawful-presence bars (reported).
    "advance_parole_is_departure": Series(
        "advance_parole_is_departure",
        (
            Dated(EARLIEST, False, ARRABALLY, confidence="C"),
            Dated(
                dt.date(2026, 8, 13),
                True,
                f"{DELCARMEN_LARA}, reported by a litigation tracker (citing "
                "justice.gov/eoir/media/1457741) and one test fixture; EOIR text not seen",
                verified_on=dt.date(2026, 12, 1),
                confidence="S",
                # two weak secondary sources, the primary text not seen; the
                # holding is reported for the 10-year bar, its reach to the 3-year bar unconfirmed.
                note=_(
                    "Reported by two weak secondary sources only; the decision's text was not "
                    "seen. It is reported for the 10-year bar; whether it reaches the 3-year bar "
                    "is not confirmed."
                ),
            ),
        ),
    ),
    # A denial can lead straight to a Notice to Appear for a removable person.
    "nta_on_denial": Series(
        "nta_on_denial",
        (
            Dated(EARLIEST, False, "USCIS NTA policy before PM-602-0187"),
            Dated(dt.date(2025, 2, 28), True, PM_602_0187, confidence="S"),
        ),
    ),
    # USCIS may deny without first asking for more evidence.
    "denial_without_rfe": Series(
        "denial_without_rfe",
        (
            Dated(EARLIEST, False, "USCIS RFE/NOID policy before 2026-08-05", confidence="S"),
            Dated(dt.date(2026, 8, 5), True, NO_RFE, confidence="S"),
        ),
    ),
}
