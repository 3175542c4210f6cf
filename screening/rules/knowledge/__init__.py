"""What the rules know, as dated values with their sources, one module per concern.

- `base`: `Dated`, `Series`, `VERIFIED` and the short citations every module uses;
- `fees`: the I-131, parole and I-941 fees and the ten parole-fee exceptions;
- `programs`: program statuses over time and the countries each program covered;
- `policies`: date-dependent policies (advance parole as departure, NTA on denial, ...);
- `forms`: form editions;
- `restrictions`: the travel-ban proclamations and the USCIS processing holds;
- `tps`: TPS designations and terminations;
- `after_parole`: forms, fees and sources of the routes that come after parole.

The facts come from `parole-facts.md`, `parole-facts-followup.md` and `parole-facts-3.md` (the
newest wins). Everything is re-exported here, so `from screening.rules import knowledge as K`
and `K.PAROLE_FEE` keep working. To change a fact, read docs/rules.md.
"""

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
