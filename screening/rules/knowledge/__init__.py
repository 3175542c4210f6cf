"""What the rules know, as dated values with their sources, one module per concern.

- `base`: `Dated`, `Series`, `VERIFIED` and the short citations every module uses;
- `fees`: the I-131, parole and I-941 fees and the ten parole-fee exceptions;
- `programs`: program statuses over time and the countries each program covered;
- `policies`: date-dependent policies (advance parole as departure, NTA on denial, ...);
- `forms`: form editions;
- `restrictions`: the travel-ban proclamations and the USCIS processing holds;
- `tps`: TPS designations and terminations;
- `after_parole`: forms, fees and sources of the routes that come after parole;
- `re_parole`: when to ask for re-parole (the filing window and the last sensible filing day);
- `history`: the IIRIRA and 245(i) dates, expedited removal, registration, the I-220A decisions
  (imported as `from .knowledge import history as H`);
- `detention`: who decides release from custody and each no-bond decision from its day.
- `after_grant`: life after a grant of parole (work-permit fees, the annual asylum fee, dated
  changes); read as `knowledge.after_grant`.

Each value carries its source, confidence and the day it was verified; `docs/facts.md` (made by
`make docs`) lists them all. Everything is re-exported here, so `from screening.rules import
knowledge as K` and `K.PAROLE_FEE` keep working. To change a fact, read docs/rules.md.
"""

from .after_parole import (  # noqa: F401
    CAA,
    CAA_PRESENCE_YEARS,
    CANCELLATION_PRESENCE_YEARS,
    EOIR_42B_FEE,
    FEE_RULE_2024,
    I130_FEE,
    I212_FEE,
    I220A_NOT_PAROLE,
    I485_FEE,
    I601_FEE,
    I601A_FEE,
    I601A_RULE,
    INA_201B,
    INA_208,
    INA_212A9B,
    INA_212A9C,
    INA_240A_B1,
    INA_245A,
    INA_245C,
    MILITARY_PIP_ADJUSTMENT,
    PM_602_0091,
    PM_602_0199,
    S_VISA,
    STOP_TIME,
    UNLAWFUL_PRESENCE_BAR_DAYS,
)
from .base import (  # noqa: F401
    ARRABALLY,
    CFR_106_2,
    CFR_212_5E1,
    CFR_212_5E2,
    CFR_212_19,
    DELCARMEN_LARA,
    EARLIEST,
    EXPEDITE,
    G1055,
    I131_PART1,
    I134_INSTRUCTIONS,
    ICE_PLEPU,
    INA_212D5A,
    INA_212D5B,
    MILITARY_PIP,
    NO_RFE,
    PM_602_0187,
    PM_VOL3_PF,
    USC_1804,
    USCIS_ADDRESSES_URL,
    USCIS_EVIDENCE,
    USCIS_EXPEDITE_URL,
    USCIS_FEES_URL,
    USCIS_HP_PAGE,
    USCIS_I131_URL,
    VERIFIED,
    Dated,
    Series,
)
from .fees import (  # noqa: F401
    AFGHAN_RE_PAROLE_FEE_EXEMPT,
    ENTREPRENEUR_THRESHOLDS,
    I131_FEE_EXEMPT_SOURCE,
    I131_FILING_FEE,
    I941_FILING_FEE,
    PAROLE_FEE,
    PAROLE_FEE_EXCEPTION_SOURCE,
    PAROLE_FEE_EXCEPTIONS,
    EntrepreneurThresholds,
    FeeAmount,
)
from .forms import (  # noqa: F401
    FORMS,
    FormInfo,
)
from .policies import (  # noqa: F401
    POLICIES,
)
from .programs import (  # noqa: F401
    CAM_COUNTRIES,
    CHNV_COUNTRIES,
    CLOSED_STATUSES,
    FRP_COUNTRIES,
    NOT_YET,
    ON_HOLD,
    OPEN,
    PAUSED,
    PROGRAMS,
    SIV_COUNTRIES,
    SUSPENDED,
    TERMINATED,
    VACATED,
)
from .re_parole import RE_PAROLE_TIMING, ReParoleTiming  # noqa: F401
from .restrictions import (  # noqa: F401
    AFGHAN_HALT,
    DORCAS,
    FACTS_3_CHECKED,
    HOLDS,
    PM_602_0192,
    PM_602_0194,
    PP_10949,
    PP_10949_FULL,
    PP_10949_PARTIAL,
    PP_10949_SOURCE,
    PP_10998,
    PP_10998_FULL,
    PP_10998_PARTIAL,
    PP_10998_SOURCE,
    TRAVEL_BANS,
    Hold,
    TravelBan,
)
from .tps import (  # noqa: F401
    I821_FEE,
    NEVER_DESIGNATED,
    TPS,
    TPS_SOURCE,
    USCIS_TPS_URL,
    TpsStatus,
)
