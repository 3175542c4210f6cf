"""The pathway rules, one module per family. Each rule takes the `Context` and returns a `Pathway`,
or `None` when it does not apply at all; `PATHWAY_RULES` is the order they are shown in."""

from __future__ import annotations

from collections.abc import Callable

from ..assessment import Pathway
from ..context import Context
from .advance_parole import advance_parole
from .custody import custody_parole
from .entrepreneur import international_entrepreneur_parole
from .hearing import hearing_parole
from .humanitarian import humanitarian_parole, significant_public_benefit_parole
from .immvi import immvi_parole
from .law_enforcement import law_enforcement_parole
from .military import military_parole_in_place
from .parole_in_place import parole_in_place
from .programs import (
    central_american_minors,
    chnv_parole,
    family_reunification_parole,
    keeping_families_together,
    uniting_for_ukraine,
)
from .re_parole import afghan_re_parole, re_parole

PATHWAY_RULES: tuple[Callable[[Context], Pathway | None], ...] = (
    custody_parole,  # first: held by ICE, release comes before anything else
    hearing_parole,
    humanitarian_parole,
    immvi_parole,
    significant_public_benefit_parole,
    law_enforcement_parole,
    military_parole_in_place,
    parole_in_place,
    re_parole,
    afghan_re_parole,
    international_entrepreneur_parole,
    uniting_for_ukraine,
    chnv_parole,
    family_reunification_parole,
    central_american_minors,
    keeping_families_together,
    advance_parole,
)
