"""Immigration history that reverses routes: the permanent bar, reinstatement, 245(i), the Notice to
Appear and cancellation, expedited removal and alien registration.

Citations are short forms an attorney can check; each dated value has its source, confidence and
the day it was verified (2026-12-07, the second review of these rules).
"""

from __future__ import annotations

import datetime as dt

from ..text import _
from .base import EARLIEST, Dated, Series
from .fees import FeeAmount

HISTORY_CHECKED = dt.date(2026, 12, 7)

# The IIRIRA bars start here: only an unlawful re-entry on or after this day counts for
# INA 212(a)(9)(C) (IIRIRA, Pub. L. 104-208, effective 1997-04-01).
BARS_FROM = dt.date(1997, 4, 1)
# INA 245(i): a petition filed by 2001-04-30; one filed after 1998-01-14 needs the person it was
# filed for in the U.S. on 2000-12-21 (8 U.S.C. 1255(i)(1)).
SECTION_245I_FILED_BY = dt.date(2001, 4, 30)
SECTION_245I_PRESENCE_DAY = dt.date(2000, 12, 21)
ER_PRESENCE_YEARS = 2  # expedited removal reaches people who cannot show 2 years here

# Citations
INA_212A9C_I = "INA 212(a)(9)(C)(i), 8 U.S.C. 1182(a)(9)(C)(i)"
INA_212A9C_II = "INA 212(a)(9)(C)(ii); Form I-212"
TORRES_GARCIA = "Matter of Torres-Garcia, 23 I&N Dec. 866 (BIA 2006)"
BRIONES = "Matter of Briones, 24 I&N Dec. 355 (BIA 2007)"
MINORS_NOT_EXCEPTED = "INS memo 1997-03-31 on INA 212(a)(9)(C); State Department practice [S]"
UT_WAIVERS = "INA 212(d)(13), 212(d)(14)"
INA_241A5 = "INA 241(a)(5), 8 U.S.C. 1231(a)(5)"
CFR_241_8 = "8 CFR 241.8; USCIS reasonable-fear FAQ"
FERNANDEZ_VARGAS = "Fernandez-Vargas v. Gonzales, 548 U.S. 30 (2006)"
CFR_208_31 = "8 CFR 208.31, 241.8(e)"
INA_245I = "INA 245(i), 8 U.S.C. 1255(i); Form I-485 Supplement A"
PM_245I = "USCIS Policy Manual Vol. 7, Part C, Ch. 2; Matter of Ilic, 25 I&N Dec. 717 (BIA 2012)"
PEREIRA = "Pereira v. Sessions, 585 U.S. 198 (2018)"
NIZ_CHAVEZ = "Niz-Chavez v. Garland, 593 U.S. 155 (2021-04-29)"
CAMPOS_CHAVES = "Campos-Chaves v. Garland (2024-06-14)"
FERNANDES = (
    "Matter of Fernandes, 28 I&N Dec. 605 (BIA 2022); Matter of Larios-Gutierrez de Pablo "
    "(BIA 2024-11-19); Matter of Nchifor, 28 I&N Dec. 585 (BIA 2022)"
)
STOP_TIME_NTA = "INA 240A(d)(1), 8 U.S.C. 1229b(d)(1)"
ER_DESIGNATION = "90 FR 8139 (2025-01-24)"
ER_PAROLE_MEMO = "DHS memo 2025-01-23 (Huffman); ICE directive 2025-02-18"
MAKE_THE_ROAD = "Make the Road New York v. Noem (D.D.C. 2025-08-29); D.C. Cir. No. 25-5320"
CHIRLA = "CHIRLA v. Noem (D.D.C. 2025-08-01; D.C. Cir. 2025-09-12)"
REGISTRATION_RULE = "90 FR 11793 (2025-04-11); Form G-325R"
REGISTRATION_CRIMES = (
    "8 U.S.C. 1306(a), (c); 18 U.S.C. 3571(b)(6); 8 CFR 264.1; practitioner advisories [S]"
)
INA_264E = "INA 264(e), 8 U.S.C. 1304(e)"

SECTION_245I_FEE: Series[FeeAmount] = Series(
    "section_245i_sum",
    (Dated(EARLIEST, FeeAmount(1000), INA_245I, verified_on=HISTORY_CHECKED, confidence="C"),),
    "The $1,000 sum paid with Form I-485 Supplement A (not for an unmarried child under 17 or "
    "certain Family Unity spouses and children)",
)

# Expedited removal in the interior (anywhere in the U.S., people who cannot show 2 years here).
EXPEDITED_REMOVAL: Series[str | None] = Series(
    "expedited_removal_interior",
    (
        Dated(EARLIEST, None, "No interior designation before 2025-01-21", confidence="C"),
        Dated(
            dt.date(2025, 1, 21),
            "in_effect",
            f"{ER_DESIGNATION}; {ER_PAROLE_MEMO}",
            verified_on=HISTORY_CHECKED,
            confidence="C",
        ),
        Dated(
            dt.date(2025, 8, 29),
            "stayed",
            MAKE_THE_ROAD,
            verified_on=HISTORY_CHECKED,
            confidence="S",
            note=_("A federal court stayed the interior expansion nationwide on 2025-08-29."),
        ),
        Dated(
            dt.date(2026, 6, 23),
            "in_effect",
            MAKE_THE_ROAD,
            verified_on=HISTORY_CHECKED,
            confidence="S",
            note=_(
                "The court of appeals vacated the stay on 2026-06-23, so the expansion is back "
                "in effect; later review is not confirmed."
            ),
        ),
    ),
    "The 2025 designation of expedited removal anywhere in the U.S.",
)

# The CHIRLA v. Noem stay: people paroled at a port of entry are not put into expedited removal.
PORT_PAROLE_SHIELD: Series[bool] = Series(
    "port_parole_shield",
    (
        Dated(EARLIEST, False, ER_PAROLE_MEMO, confidence="S"),
        Dated(
            dt.date(2025, 8, 1),
            True,
            CHIRLA,
            verified_on=HISTORY_CHECKED,
            confidence="S",
            note=_(
                "Covers only people paroled at a port of entry; the appeal's outcome is not "
                "confirmed."
            ),
        ),
    ),
    "A court stay that keeps people paroled at a port of entry out of expedited removal",
)

# The alien registration rule (Form G-325R).
REGISTRATION: Series[bool] = Series(
    "alien_registration_rule",
    (
        Dated(EARLIEST, False, "No registration form for the never-registered before 2025-04-11"),
        Dated(
            dt.date(2025, 4, 11),
            True,
            f"{REGISTRATION_RULE}; {REGISTRATION_CRIMES}",
            verified_on=HISTORY_CHECKED,
            confidence="C",
            note=_(
                "In effect (a challenge was denied on 2025-04-10; the merits are not confirmed)."
            ),
        ),
    ),
    "The rule that people never registered register on Form G-325R",
)

# A release on Form I-220A is not parole (so not "inspected and admitted or paroled").
I220A_DECISIONS = (
    "Matter of Cabrera-Fernandez, 28 I&N Dec. 747 (BIA 2023-09-11); Matter of Roque-Izada, "
    "29 I&N Dec. 106 (BIA 2025)"
)
I220A_NOT_PAROLE: Series[bool] = Series(
    "i220a_not_parole",
    (
        Dated(EARLIEST, False, "Before Matter of Cabrera-Fernandez", confidence="S"),
        Dated(
            dt.date(2023, 9, 11),
            True,
            I220A_DECISIONS,
            verified_on=HISTORY_CHECKED,
            confidence="C",
            note=_("Litigation continues; the headnote was read, Roque-Izada from one source."),
        ),
    ),
    "A release from custody on Form I-220A is not parole under INA 212(d)(5)",
)
