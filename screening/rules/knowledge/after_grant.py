"""Life after a grant of parole: the work-permit fees, the annual asylum fee and the dated changes
the after-grant items rest on (work incident to parole, H.R. 1 benefits, supervision).

Amounts are picked by filing date: the entry in force on the day the screening is run is what a
filing that day would pay. A switch (`Series[bool]`) says from which day a sentence is true.
"""

from __future__ import annotations

import datetime as dt

from ..text import _
from .base import CFR_106_2, EARLIEST, G1055, Dated, Series
from .fees import FeeAmount

HR1 = "Pub. L. 119-21 (H.R. 1, 2025-07-04)"
USC_1803B = "8 U.S.C. 1803(b) (Pub. L. 119-21)"
USC_1809 = "8 U.S.C. 1809(a)-(b) (Pub. L. 119-21)"
FR_HR1_FEES = "90 FR 34511 (FR Doc. 2025-13738)"
FR_FY2026 = "90 FR 52693 (FR Doc. 2025-20622, 2025-11-21)"
FR_FY2027 = "FY2027 H.R. 1 fee adjustments (FR Doc. 2026-20187)"
CFR_274A_C11 = "8 CFR 274a.12(c)(11)"
EAD_PROPOSED_RULE = (
    "Clarification of Discretionary Employment Authorization for Certain Aliens, "
    "91 FR 34352 (FR Doc. 2026-11285, 2026-06-05), proposed"
)
POMS_SSN = "SSA POMS RM 10211.195; SSA EM-22038 REV 3"
INA_265 = "INA 265(a), 8 U.S.C. 1305(a); Form AR-11; 8 U.S.C. 1306(b); 18 U.S.C. 3571(b)(6)"
EOIR_33 = "8 CFR 1003.15(d)(2); EOIR, Form EOIR-33/IC (change of address)"
REGISTRATION = "8 CFR 264.1 (90 FR 11793, 2025-04-11); INA 264(e)"
TRAVEL = "8 CFR 212.5(e)(1); Form I-131 Part 1 item 5; 8 U.S.C. 1804(b)(7)"
EMERGENCY_AP = "USCIS Contact Center, emergency advance parole at a field office"
RE_PAROLE = "8 CFR 212.5(e)(1); Form I-131 instructions (re-parole from inside the U.S.)"
ARRIVAL_CONSULAR = "USCIS approval notices and consular processing of parole (practitioner sources)"
BOARDING_FOIL = "9 FAM 202.4 (boarding foil; Form DS-232)"
PORT_DECISION = "9 FAM 202.3-2(A) (CT:VISA-1990)"
ARRIVAL_I94 = "CBP, electronic I-94 (i94.cbp.dhs.gov); 8 CFR 264.1"
PAROLE_FEE_AT_PORT = "8 U.S.C. 1804 (Pub. L. 119-21); CBP and USCIS practice reported by firms"
ICE_SUPERVISION = "ICE memo of 2025-06-09 on Alternatives to Detention, reported"
BENEFITS = (
    "Pub. L. 119-21 sections 10108 (SNAP), 71109 (Medicaid, CHIP), 71301 (premium tax credits), "
    "71201 (Medicare, 42 U.S.C. 1395mmm)"
)
ORR_UKRAINE_AFGHAN = "Pub. L. 117-128; Pub. L. 117-43 section 2502; ORR PL 22-13, DCL 24-01"
ANNUAL_ASYLUM = f"{HR1}, annual asylum fee; {FR_HR1_FEES}"

I765_FILING_FEE: Series[FeeAmount] = Series(
    "i765_filing_fee",
    (
        Dated(
            EARLIEST,
            FeeAmount(None),
            "USCIS fee schedule before the 2024 fee rule",
            confidence="U",
            note=_("The Form I-765 fee before 2024-04-01 is not recorded here."),
        ),
        Dated(
            dt.date(2024, 4, 1),
            FeeAmount(520, online_usd=470),
            f"{CFR_106_2}; {G1055}, as copied by secondary sources",
            confidence="S",
            note=_(
                "The general Form I-765 fee; the fee schedule's line for category (c)(11) "
                "itself was not read."
            ),
        ),
    ),
    "USCIS filing fee for Form I-765 (work permit), paid on top of the H.R. 1 parole fee",
)

PAROLE_EAD_INITIAL: Series[int | None] = Series(
    "parole_ead_initial",
    (
        Dated(
            EARLIEST,
            None,
            USC_1803B,
            note=_("No H.R. 1 work-permit fee for parolees before 2025-07-22."),
        ),
        Dated(dt.date(2025, 7, 22), 550, f"{USC_1803B}; {FR_HR1_FEES}", confidence="C"),
        Dated(
            dt.date(2026, 1, 1),
            560,
            f"{USC_1803B}; {FR_FY2026}",
            confidence="S",
            note=_("FY2026 inflation adjustment, reported by two secondary sources."),
        ),
        Dated(
            dt.date(2026, 10, 16),
            560,
            f"{USC_1803B}; {FR_FY2027} (no parole figure found)",
            confidence="U",
            note=_("About $560; the amount from 2026-10-16 (FY2027) is not confirmed."),
        ),
    ),
    "H.R. 1 fee for a first work permit based on parole (no fee waiver), by postmark date",
)

PAROLE_EAD_RENEWAL: Series[int | None] = Series(
    "parole_ead_renewal",
    (
        Dated(
            EARLIEST,
            None,
            USC_1809,
            note=_("No H.R. 1 work-permit renewal fee for parolees before 2025-07-22."),
        ),
        Dated(dt.date(2025, 7, 22), 275, f"{USC_1809}; {FR_HR1_FEES}", confidence="C"),
        Dated(
            dt.date(2026, 1, 1),
            280,
            f"{USC_1809}; {FR_FY2026}",
            confidence="S",
            note=_("FY2026 inflation adjustment, reported by two secondary sources."),
        ),
        Dated(
            dt.date(2026, 10, 16),
            280,
            f"{USC_1809}; {FR_FY2027} (no parole figure found)",
            confidence="U",
            note=_("About $280; the amount from 2026-10-16 (FY2027) is not confirmed."),
        ),
    ),
    "H.R. 1 fee to renew a work permit based on parole (also with a re-parole request)",
)

ANNUAL_ASYLUM_FEE: Series[int | None] = Series(
    "annual_asylum_fee",
    (
        Dated(EARLIEST, None, ANNUAL_ASYLUM, note=_("No annual asylum fee before 2025-07-22.")),
        Dated(dt.date(2025, 7, 22), 100, ANNUAL_ASYLUM, confidence="S"),
        Dated(dt.date(2026, 1, 1), 102, f"{ANNUAL_ASYLUM}; {FR_FY2026}", confidence="S"),
        Dated(
            dt.date(2026, 10, 16),
            105,
            f"{ANNUAL_ASYLUM}; {FR_FY2027}",
            confidence="S",
            note=_("Reported by a single secondary source."),
        ),
    ),
    "Annual fee for each calendar year an asylum application stays pending after its first year",
)


def _since(
    series_id: str,
    day: dt.date,
    source: str,
    description: str,
    confidence: str = "C",
    note: str = "",
) -> Series[bool]:
    """A sentence that is true from `day` on (False before it, from the same source)."""
    return Series(
        series_id,
        (
            Dated(EARLIEST, False, source, confidence=confidence),
            Dated(day, True, source, confidence=confidence, note=note),
        ),
        description,
    )


# When each dated sentence of the items becomes true (the register lists them all).
AFTER_GRANT_SINCE: dict[str, Series[bool]] = {
    "work_incident_oar_uhp": _since(
        "work_incident_oar_uhp",
        dt.date(2022, 11, 21),
        "USCIS I-9 Central, SAVE and E-Verify notices",
        "Parolees with I-94 class OAR or UHP may work on the unexpired I-94",
    ),
    "work_incident_afghan_par": _since(
        "work_incident_afghan_par",
        dt.date(2023, 6, 8),
        "USCIS I-9 Central, SAVE and E-Verify notices",
        "Afghan parolees with I-94 class PAR may work on the unexpired I-94",
    ),
    "work_incident_u4u_ended": _since(
        "work_incident_u4u_ended",
        dt.date(2024, 10, 1),
        "SSA EM-22038 REV 3",
        "Uniting for Ukraine parolees no longer work incident to parole: they need a work permit",
    ),
    "hr1_ead_fee_rejection": _since(
        "hr1_ead_fee_rejection",
        dt.date(2025, 8, 21),
        FR_HR1_FEES,
        "Work-permit filings without the H.R. 1 fee are rejected",
        confidence="S",
    ),
    "ead_auto_extension_ended": _since(
        "ead_auto_extension_ended",
        dt.date(2025, 10, 30),
        "90 FR 48799 (automatic extension of work permits ended)",
        "Work-permit renewals filed from this day are no longer extended automatically",
        confidence="S",
    ),
    "ead_rule_proposed": _since(
        "ead_rule_proposed",
        dt.date(2026, 6, 5),
        EAD_PROPOSED_RULE,
        "A proposed rule would make parole work permits discretionary (not final)",
        confidence="S",
    ),
    "hr1_benefits": _since(
        "hr1_benefits",
        dt.date(2025, 7, 4),
        BENEFITS,
        "H.R. 1 limits SNAP, Medicaid, CHIP, tax credits and Medicare for parolees",
        confidence="S",
    ),
    "snap_states_suit": _since(
        "snap_states_suit",
        dt.date(2025, 11, 26),
        "21 states and D.C. v. USDA (D. Or., 2025-11-26), reported",
        "States sued over the SNAP guidance for humanitarian entrants; outcome not confirmed",
        confidence="S",
    ),
    "ice_supervision_memo": _since(
        "ice_supervision_memo",
        dt.date(2025, 6, 9),
        ICE_SUPERVISION,
        "ICE expands ankle monitors and SmartLINK check-ins for people released",
        confidence="S",
    ),
    "asylum_fee_consequences": _since(
        "asylum_fee_consequences",
        dt.date(2026, 5, 30),
        "H.R. 1 fee interim final rule (2026), consequences after 2026-05-29, reported",
        "Not paying the annual asylum fee can lead to rejection and removal",
        confidence="S",
    ),
    "asylum_fee_stay": _since(
        "asylum_fee_stay",
        dt.date(2026, 8, 5),
        "Venezuelan Ass'n of Mass. v. USCIS, D. Mass. No. 26-cv-13038 (2026-08-05), reported",
        "A court stayed rejection and removal for the annual asylum fee; the fee stays payable",
        confidence="S",
    ),
}
