"""What the rules know, as dated values with their sources.

Every amount, threshold, program status and form detail is a `Dated` value: the value in force from
`effective_from`, the `source` it rests on, the day it was last `verified_on` and how sure we are
(`confidence`: C confirmed from a primary text, S secondary sources only, U unconfirmed). The facts
come from `parole-facts.md` and `parole-facts-followup.md` (the newer one wins); each source string
names the citation an attorney can check. To change a fact, read docs/rules.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .assessment import Text, _

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
# Citations (short forms; the source list is in parole-facts.md §8 and the follow-up §10)

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


# ---------------------------------------------------------------------------------------------
# Fees


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
        Dated(EARLIEST, None, USC_1804, note=_("No immigration parole fee before 2025-10-16.")),
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
# exemption is not confirmed (parole-facts.md, Afghan re-parole, S26).
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
                "The Afghan fee exemption ran through 2025-01-31; whether it continues is "
                "not confirmed."
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

# ---------------------------------------------------------------------------------------------
# Re-parole timing (parole-facts.md §2.5): how many days before parole ends the filing window
# opens, and the last day to file that leaves time for a decision. None: no such rule or guidance
# is published, and the rules then say so instead of guessing.


@dataclass(frozen=True)
class ReParoleTiming:
    opens_days_before: int | None
    file_by_days_before: int | None


RE_PAROLE_TIMING: dict[str, Series[ReParoleTiming]] = {
    "u4u": Series(
        "u4u_re_parole_timing",
        (
            Dated(
                EARLIEST,
                ReParoleTiming(opens_days_before=180, file_by_days_before=60),
                "USCIS U4U re-parole FAQ, quoted Jan 2025 (Ukraine Immigration Task Force): no "
                "earlier than 180 days before parole expires; USCIS recommendation of 2024 to "
                "file at least 60 days before (Mondaq, 2024-04-19)",
                confidence="S",
            ),
        ),
        "Ukrainian re-parole: filing window and recommended last filing day",
    ),
    "general": Series(
        "re_parole_timing",
        (
            Dated(
                EARLIEST,
                ReParoleTiming(opens_days_before=None, file_by_days_before=None),
                f"{CFR_212_5E1}; USCIS Parole Operations publishes no standard processing time",
                confidence="U",
                note=Text(
                    _(
                        "USCIS publishes no processing time for re-parole, so how early to file "
                        "is not known: file as early as you can and check uscis.gov."
                    ),
                    client=_(
                        "USCIS publishes no processing time for re-parole, so how early to file "
                        "is not known: file as early as possible and check uscis.gov."
                    ),
                ),
            ),
        ),
        "Re-parole outside the Ukrainian process: no published window or processing time",
    ),
}


# ---------------------------------------------------------------------------------------------
# Program statuses. `open` programs are screened on their conditions; the others are reported
# as unavailable with the date and the source.

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

# ---------------------------------------------------------------------------------------------
# Policies whose effect depends on the date


POLICIES: dict[str, Series[bool]] = {
    # Leaving on advance parole counts as a departure for the 3- and 10-year bars.
    "advance_parole_is_departure": Series(
        "advance_parole_is_departure",
        (
            Dated(EARLIEST, False, ARRABALLY, confidence="C"),
            Dated(
                dt.date(2026, 8, 13),
                True,
                DELCARMEN_LARA,
                confidence="S",
                note=_("Reported from the EOIR decision by a dated litigation tracker."),
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
    # The Afghan processing halt.
    "afghan_processing_hold": Series(
        "afghan_processing_hold",
        (
            Dated(EARLIEST, False, "USCIS processing before 2025-11-27", confidence="S"),
            Dated(
                dt.date(2025, 11, 27),
                True,
                "USCIS halt of Afghan requests (2025-11-27); PM-602-0192 (2025-12-02)",
                confidence="S",
            ),
            Dated(
                dt.date(2026, 8, 14),
                True,
                "USCIS halt of Afghan requests (2025-11-27); Dorcas Int'l Inst. of R.I. v. "
                "USCIS (D.R.I. 2026), 1st Cir. partial stay 2026-08-14 (litigation tracker)",
                confidence="U",
                note=_("Court orders have since vacated related holds."),
            ),
        ),
    ),
}

# ---------------------------------------------------------------------------------------------
# Forms


@dataclass(frozen=True)
class FormInfo:
    id: str
    title: str
    editions: Series[str | None]
    url: str
    notes: tuple[str, ...] = field(default_factory=tuple)


FORMS: dict[str, FormInfo] = {
    "I-131": FormInfo(
        "I-131",
        "Application for Travel Documents, Parole Documents, and Arrival/Departure Records",
        Series(
            "I-131 edition",
            (
                Dated(
                    EARLIEST,
                    None,
                    "I-131 edition notes (wasden.law; OMB copydeck Feb 2025)",
                    confidence="U",
                    note=_(
                        "The edition in use before 04/01/24 is not recorded here: use the one "
                        "on uscis.gov."
                    ),
                ),
                Dated(
                    dt.date(2024, 4, 1),  # an edition is not in use before its own date
                    "04/01/24",
                    "I-131 edition notes (wasden.law)",
                    confidence="S",
                ),
                Dated(
                    dt.date(2024, 10, 11),
                    "06/17/24",
                    "I-131 edition 06/17/24 mandatory from "
                    "2024-10-11 (wasden.law; OMB copydeck Feb 2025)",
                    confidence="S",
                ),
                Dated(
                    dt.date(2025, 1, 20),
                    "01/20/25",
                    "uscis.gov/i-131 as recorded 2026-10-02, "
                    "2026-10-08 and 2026-05-11 by three independent sources",
                    verified_on=dt.date(2026, 10, 8),
                    confidence="S",
                    note=_(
                        "The day USCIS began requiring this edition, and whether it still "
                        "accepts older ones, is not confirmed."
                    ),
                ),
            ),
        ),
        USCIS_I131_URL,
    ),
    "I-134": FormInfo(
        "I-134",
        "Declaration of Financial Support",
        Series(
            "I-134 edition",
            (
                Dated(EARLIEST, None, I134_INSTRUCTIONS, confidence="U"),
                Dated(
                    dt.date(2025, 1, 20),
                    "01/20/25",
                    "uscis.gov/i-134 (updated 2026-06-03) as recorded 2026-10-02 and 2026-10-08",
                    verified_on=dt.date(2026, 10, 8),
                    confidence="S",
                ),
            ),
        ),
        "https://www.uscis.gov/i-134",
    ),
    "I-134A": FormInfo(
        "I-134A",
        "Online Request to be a Supporter and Declaration of Financial Support",
        Series(
            "I-134A edition", (Dated(EARLIEST, None, "USCIS Form I-134A page", confidence="U"),)
        ),
        "https://www.uscis.gov/i-134a",
    ),
    "I-912": FormInfo(
        "I-912",
        "Request for Fee Waiver",
        Series(
            "I-912 edition",
            (
                Dated(EARLIEST, None, "USCIS Form I-912", confidence="U"),
                Dated(
                    dt.date(2025, 7, 22),
                    "07/22/25",
                    "uscis.gov/i-912 (updated 2026-06-05)",
                    confidence="S",
                ),
            ),
        ),
        "https://www.uscis.gov/i-912",
    ),
    "I-941": FormInfo(
        "I-941",
        "Application for Entrepreneur Parole",
        Series(
            "I-941 edition",
            (
                Dated(
                    EARLIEST,
                    None,
                    "USCIS Form I-941 page; a new edition "
                    "was issued in early 2025 (dworskylaw.com)",
                    confidence="U",
                ),
            ),
        ),
        "https://www.uscis.gov/i-941",
    ),
}
