"""The answer keys about the person's past with immigration and the papers they hold now:
custody, returns after a removal, an old 245(i) petition, the dates of pending applications, TPS,
where parole was given, who travels with a child, the treatment day, the work permit and the last
move.

Part of the one schema (`schema.SCHEMA` = the core keys, then these), kept apart so each module
stays one readable table.
"""

from __future__ import annotations

from .asked_when import (
    _inside,
    _is_true,
    _listed,
    _minor_coming,
    _paroled_where_asked,
    _pending_inside,
    _petition_245i_asked,
    _present_on_2000_12_21_asked,
    _reason,
    _reentry_asked,
    _tps_holder_inside,
)
from .field import Field
from .values import MINOR_TRAVELS_WITH, PETITION_245I, UNLAWFUL_REENTRY

HISTORY_FIELDS: tuple[Field, ...] = (
    Field("detained", "bool", "held now in immigration custody (ICE or CBP)", _inside),
    Field(
        "paroled_at_port",
        "bool",
        "the current parole was given by CBP at a port of entry (not inside the U.S., on release "
        "from custody, or by the Border Patrol after crossing)",
        _paroled_where_asked,
    ),
    Field(
        "treatment_date",
        "date",
        "the day the U.S. provider has set for the treatment to begin",
        _reason("medical_treatment"),
    ),
    Field(
        "asylum_filed_on",
        "date",
        "the day the pending asylum application (I-589) was filed",
        _listed("pending_applications", "i589"),
    ),
    Field(
        "i485_filed_on",
        "date",
        "the day the pending green-card application (I-485) was filed",
        _pending_inside("i485"),
    ),
    Field(
        "tps_granted",
        "bool",
        "TPS was granted to the person (not only applied for)",
        _listed("pending_applications", "tps"),
    ),
    Field(
        "tps_ends_on",
        "date",
        "the last day of the person's TPS, past or future (approval notice or work permit)",
        _is_true("tps_granted"),
    ),
    Field(
        "tps_travel_returned",
        "bool",
        "the person left and came back on a travel authorization given to TPS holders",
        _tps_holder_inside,
    ),
    Field(
        "minor_travels_with",
        "enum",
        "who travels with the child to the U.S.",
        _minor_coming,
        MINOR_TRAVELS_WITH,
    ),
    Field(
        "nta_gave_date_time",
        "bool",
        "the Notice to Appear itself, as one document, gave the date and time of the first hearing",
        _listed("risk_factors", "removal_proceedings"),
    ),
    Field(
        "unlawful_reentry",
        "enum_list",
        "on or after 1997-04-01 and before the last arrival, the person entered or tried to enter "
        "without being admitted after a removal order (`after_removal_order`) or after more than "
        "a year of unlawful presence in all (`after_year_unlawful`); [] = neither",
        _reentry_asked,
        UNLAWFUL_REENTRY,
    ),
    Field(
        "petition_245i",
        "enum",
        "an immigrant petition or labor certification filed for the person (or for the parent or "
        "spouse whose petition included them) by 1998-01-14, or from 1998-01-15 to 2001-04-30",
        _petition_245i_asked,
        PETITION_245I,
    ),
    Field(
        "present_on_2000_12_21",
        "bool",
        "the person the 245(i) petition was filed for was in the U.S. on 2000-12-21",
        _present_on_2000_12_21_asked,
    ),
    Field(
        "ead_expires_on",
        "date",
        'the "card expires" day of the person\'s current work permit (EAD)',
        _inside,
    ),
    Field("moved_on", "date", "the day the person last moved to a new U.S. address", _inside),
)
