"""Program statuses over time. `open` programs are screened on their conditions; the others are
reported as unavailable with the date and the source."""

from __future__ import annotations

import datetime as dt

from ..text import _
from .base import CFR_212_19, EARLIEST, MILITARY_PIP, Dated, Series

OPEN, PAUSED, TERMINATED, SUSPENDED, VACATED, ON_HOLD, NOT_YET = (
    "open",
    "paused",
    "terminated",
    "suspended",
    "vacated",
    "on_hold",
    "not_yet_created",
)
CLOSED_STATUSES = frozenset({PAUSED, TERMINATED, SUSPENDED, VACATED, ON_HOLD, NOT_YET})

PROGRAMS: dict[str, Series[str]] = {
    "u4u": Series(
        "u4u",
        (
            Dated(EARLIEST, OPEN, "USCIS Uniting for Ukraine FAQ", confidence="S"),
            Dated(
                dt.date(2025, 1, 28),
                PAUSED,
                "USCIS statement of 2025-01-28 pausing Form I-134A "
                "(Ukraine Immigration Task Force; Kyiv Post)",
                confidence="C",
                note=_(
                    "New supporter requests (Form I-134A) paused since 2025-01-28; no "
                    "termination notice found."
                ),
            ),
        ),
        "Uniting for Ukraine: new parole through a U.S. supporter's Form I-134A",
    ),
    "u4u_re_parole": Series(
        "u4u_re_parole",
        (
            Dated(
                EARLIEST,
                NOT_YET,
                "USCIS Ukraine re-parole process (opened 2024-02-27; Mondaq 2024-04-19)",
                confidence="S",
                note=_("The re-parole process for Ukrainians opened only on 2024-02-27."),
            ),
            Dated(
                dt.date(2024, 2, 27),
                OPEN,
                "USCIS Ukraine re-parole process (opened 2024-02-27)",
                confidence="S",
            ),
            Dated(
                dt.date(2025, 2, 14),
                PAUSED,
                "Adjudication freeze for categorical parolees (2025-02-14)",
                confidence="S",
            ),
            Dated(
                dt.date(2025, 6, 9),
                OPEN,
                "Doe v. Noem order (D. Mass. 2025-05-28); USCIS memo 2025-06-09 resuming re-parole",
                confidence="S",
            ),
        ),
        "Re-parole for Ukrainians paroled on or after 2022-02-11",
    ),
    "chnv": Series(
        "chnv",
        (
            Dated(EARLIEST, OPEN, "CHNV parole processes (historical)", confidence="S"),
            Dated(
                dt.date(2025, 1, 28),
                PAUSED,
                "USCIS announcement of 2025-01-27 stopping Form I-134A under EO 14165 (no requests "
                "accepted after 2025-01-28), reported by three sources",
                verified_on=dt.date(2026, 12, 7),
                confidence="S",
                note=_("New requests paused: USCIS stopped taking Form I-134A on 2025-01-28."),
            ),
            Dated(
                dt.date(2025, 3, 25),
                TERMINATED,
                "90 FR 13611 (2025-03-25)",
                confidence="C",
                note=_("Terminated 2025-03-25; parole not yet expired ended 2025-04-24."),
            ),
            Dated(
                dt.date(2025, 5, 30),
                TERMINATED,
                "90 FR 13611 (2025-03-25); Noem v. Doe, No. 24A1079 (U.S. 2025-05-30)",
                confidence="C",
                note=_(
                    "Terminated 2025-03-25; parole not yet expired ended 2025-04-24. The "
                    "Supreme Court let the terminations take effect on 2025-05-30."
                ),
            ),
        ),
        "Parole processes for Cubans, Haitians, Nicaraguans and Venezuelans",
    ),
    "frp": Series(
        "frp",
        (
            Dated(EARLIEST, OPEN, "79 FR 75579 (2014); 88 FR 54639 (2023-08-11)", confidence="C"),
            Dated(
                dt.date(2025, 1, 28),
                PAUSED,
                "USCIS announcement of 2025-01-27 stopping Form I-134A under EO 14165 (no requests "
                "accepted after 2025-01-28), reported by three sources",
                verified_on=dt.date(2026, 12, 7),
                confidence="S",
                note=_("New requests paused: USCIS stopped taking Form I-134A on 2025-01-28."),
            ),
            Dated(
                dt.date(2025, 12, 15),
                TERMINATED,
                "90 FR 58032 (2025-12-15)",
                confidence="C",
                note=_(
                    "Terminated 2025-12-15 for new applicants. Existing FRP parole is set to "
                    "end 2026-01-14 unless an I-485 was filed by 2025-12-15 or an exception is "
                    "made case by case."
                ),
            ),
            Dated(
                dt.date(2026, 1, 10),
                TERMINATED,
                "90 FR 58032 (2025-12-15); temporary restraining order 2026-01-10 (D. Mass.), "
                "reported by three sources",
                verified_on=dt.date(2026, 12, 7),
                confidence="S",
                note=_(
                    "Terminated 2025-12-15 for new applicants. A court order of 2026-01-10 "
                    "temporarily blocks the end of existing FRP parole: existing FRP parolees "
                    "should have an attorney review their case."
                ),
            ),
            Dated(
                dt.date(2026, 1, 24),
                TERMINATED,
                "90 FR 58032 (2025-12-15); preliminary injunction 2026-01-24 (D. Mass., "
                "reported by OwlBrief and The Hindu); litigation tracker (2026-07-27)",
                confidence="S",
                note=_(
                    "Terminated 2025-12-15 for new applicants. Terminations of existing FRP "
                    "parole were enjoined on 2026-01-24 (D. Mass.): existing FRP parolees should "
                    "have an attorney review their case."
                ),
            ),
            Dated(
                dt.date(2026, 7, 27),
                TERMINATED,
                "90 FR 58032 (2025-12-15); preliminary injunction 2026-01-24 (D. Mass.); "
                "litigation tracker (2026-07-27: terminations enjoined); nothing later found",
                verified_on=dt.date(2026, 12, 7),
                confidence="S",
                note=_(
                    "Terminated 2025-12-15 for new applicants. Terminations of existing FRP "
                    "parole were still enjoined on 2026-07-27; whether that has changed since "
                    "is not confirmed: existing FRP parolees should have an attorney review "
                    "their case."
                ),
            ),
        ),
        "Family Reunification Parole processes",
    ),
    "cam": Series(
        "cam",
        (
            Dated(EARLIEST, OPEN, "88 FR 21694 (2023-04-11)", confidence="C"),
            Dated(
                dt.date(2025, 1, 27),
                SUSPENDED,
                "EO 14163 (effective 2025-01-27); IRAP CAM updates (2025)",
                confidence="S",
                note=_(
                    "Unavailable to new applicants since the refugee program was suspended; "
                    "no Federal Register termination of CAM parole was found."
                ),
            ),
        ),
        "Central American Minors refugee and parole program",
    ),
    "afghan_re_parole": Series(
        "afghan_re_parole",
        (
            Dated(EARLIEST, OPEN, "USCIS Re-Parole Process for Certain Afghans", confidence="C"),
            Dated(
                dt.date(2025, 11, 27),
                ON_HOLD,
                "USCIS halt of all Afghan requests (2025-11-27; reported by visahq, cedarnews)",
                confidence="S",
                note=_("USCIS halted all requests from Afghan nationals on 2025-11-27."),
            ),
            Dated(
                dt.date(2026, 8, 14),
                ON_HOLD,
                "USCIS halt of all Afghan requests (2025-11-27); Dorcas Int'l Inst. of R.I. v. "
                "USCIS (D.R.I. 2026) and 1st Cir. partial stay 2026-08-14 (litigation tracker)",
                confidence="U",
                note=_(
                    "USCIS halted Afghan requests on 2025-11-27. Court orders in 2026 vacated "
                    "related holds, but whether Afghan re-parole is being decided now is not "
                    "confirmed."
                ),
            ),
        ),
        "Re-parole for Afghans with OAR or PAR parole (Operation Allies Welcome)",
    ),
    "kft": Series(
        "kft",
        (
            Dated(EARLIEST, NOT_YET, "AILA, Keeping Families Together", confidence="C"),
            Dated(
                dt.date(2024, 8, 19),
                OPEN,
                "USCIS Keeping Families Together (filing opened 2024-08-19)",
                confidence="C",
            ),
            Dated(
                dt.date(2024, 8, 26),
                PAUSED,
                "Texas v. DHS, No. 24-cv-306 (E.D. Tex.), administrative stay 2024-08-26",
                confidence="C",
            ),
            Dated(
                dt.date(2024, 11, 7),
                VACATED,
                "Texas v. DHS, No. 24-cv-306 (E.D. Tex.), final "
                "judgment 2024-11-07; USCIS alert 2024-11-13",
                confidence="C",
                note=_("Vacated by a court on 2024-11-07; USCIS stopped taking Form I-131F."),
            ),
        ),
        "Keeping Families Together parole in place for spouses of U.S. citizens",
    ),
    "international_entrepreneur": Series(
        "international_entrepreneur",
        (
            Dated(
                EARLIEST,
                OPEN,
                f"{CFR_212_19}; rescission proposal withdrawn 2021-05-10",
                confidence="U",
                note=_("No termination was found; the 2025-26 status is not confirmed."),
            ),
        ),
        "International Entrepreneur Parole",
    ),
    "military_pip": Series(
        "military_pip",
        (
            Dated(EARLIEST, OPEN, MILITARY_PIP, confidence="C"),
            Dated(
                dt.date(2025, 2, 14),
                PAUSED,
                "Adjudication pause for parolees (Feb 2025)",
                confidence="S",
            ),
            Dated(
                dt.date(2025, 6, 9),
                OPEN,
                "Doe v. Noem order (D. Mass. 2025-05-28); USCIS memo 2025-06-09",
                confidence="S",
            ),
        ),
        "Military Parole in Place",
    ),
    "refugee_admissions": Series(
        "refugee_admissions",
        (
            Dated(EARLIEST, OPEN, "U.S. Refugee Admissions Program", confidence="C"),
            Dated(
                dt.date(2025, 1, 27),
                SUSPENDED,
                "EO 14163 (effective 2025-01-27); Pacito v. Trump (partial injunction)",
                confidence="C",
                note=_("Suspended since 2025-01-27 except case-by-case admissions."),
            ),
        ),
        "U.S. Refugee Admissions Program",
    ),
    "afghan_siv_issuance": Series(
        "afghan_siv_issuance",
        (
            Dated(EARLIEST, OPEN, "Afghan Special Immigrant Visa program", confidence="S"),
            Dated(
                dt.date(2025, 11, 27),
                PAUSED,
                "State Department pause of visas for Afghan passports (Nov 2025; visahq, dlgvisa)",
                confidence="S",
                note=_(
                    "Visa issuance for Afghan passports paused in November 2025; current "
                    "status not confirmed."
                ),
            ),
        ),
        "Special Immigrant Visa issuance for Afghans",
    ),
}

# Countries whose nationals the programs covered.
CHNV_COUNTRIES = frozenset({"CU", "HT", "NI", "VE"})
FRP_COUNTRIES = frozenset({"CO", "CU", "EC", "SV", "GT", "HT", "HN"})
CAM_COUNTRIES = frozenset({"SV", "GT", "HN"})
SIV_COUNTRIES = frozenset({"AF", "IQ"})
