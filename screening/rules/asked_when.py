""" "Asked when": one predicate per answer key. The wizard shows a question only when its predicate
holds, prunes answers whose predicate stops holding, and the rules list such answers as ignored.
Each predicate's docstring is how docs/answers.md says when the question is asked."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .values import CUBAN_HAITIAN, PORT_PROGRAMS

Raw = Mapping[str, Any]


def _always(a: Raw) -> bool:
    return True


def _inside(a: Raw) -> bool:
    return a.get("location") == "inside_us"


def _paroled(a: Raw) -> bool:
    return _inside(a) and a.get("entry") == "paroled"


def _seeking_parole(a: Raw) -> bool:
    return a.get("goal") in ("come_to_us", "stay_in_us")


def _coming(a: Raw) -> bool:
    return a.get("goal") == "come_to_us"


def _reason(*names: str) -> Callable[[Raw], bool]:
    wanted = frozenset(names)

    def predicate(a: Raw) -> bool:
        reasons = a.get("reasons") or ()
        return (
            _seeking_parole(a) and isinstance(reasons, list | tuple) and bool(wanted & set(reasons))
        )

    predicate.__doc__ = " or ".join(f"`{name}` in `reasons`" for name in names)
    return predicate


def _medical_minor(a: Raw) -> bool:
    return _reason("medical_treatment")(a) and a.get("beneficiary_is_minor") is True


def _court_outside(a: Raw) -> bool:
    return _reason("court_proceeding")(a) and a.get("location") == "outside_us"


def _cuban_or_haitian(a: Raw) -> bool:
    return a.get("citizenship") in CUBAN_HAITIAN


def _listed(key: str, value: str) -> Callable[[Raw], bool]:
    def predicate(a: Raw) -> bool:
        items = a.get(key) or ()
        return isinstance(items, list | tuple) and value in items

    predicate.__doc__ = f"`{value}` in `{key}`"
    return predicate


def _medical_not_life_threatening(a: Raw) -> bool:
    return _reason("medical_treatment")(a) and a.get("medical_life_threatening") is False


# The refugee-referral question is for people abroad: refugee processing happens outside the U.S.
def _protection_abroad(a: Raw) -> bool:
    return _reason("protection")(a) and a.get("location") == "outside_us"


def _cuban_or_haitian_not_paroled(a: Raw) -> bool:
    # a Cuban or Haitian who was paroled is inferred an entrant by the rules (paroled at a port)
    # (`entry` counts only where it is asked: inside the U.S.)
    return _cuban_or_haitian(a) and not _paroled(a)


def _is_true(key: str) -> Callable[[Raw], bool]:
    def predicate(a: Raw) -> bool:
        return a.get(key) is True

    predicate.__doc__ = f"`{key}` is true"
    return predicate


def _pending_inside(value: str) -> Callable[[Raw], bool]:
    def predicate(a: Raw) -> bool:
        return _inside(a) and _listed("pending_applications", value)(a)

    predicate.__doc__ = f"`{value}` in `pending_applications` and `location` is `inside_us`"
    return predicate


_NOT_ADMITTED = ("without_inspection", "released_from_custody", "unknown")


def _reentry_asked(a: Raw) -> bool:
    return _listed("risk_factors", "prior_removal")(a) or (
        _inside(a) and a.get("entry") in _NOT_ADMITTED
    )


def _petition_245i_asked(a: Raw) -> bool:
    return _inside(a) and (
        a.get("entry") in _NOT_ADMITTED or _listed("risk_factors", "prior_overstay")(a)
    )


def _present_on_2000_12_21_asked(a: Raw) -> bool:
    since = a.get("in_us_since")
    return a.get("petition_245i") == "filed_1998_01_15_to_2001_04_30" and (
        since is None or str(since) > "2000-12-21"
    )


def _tps_holder_inside(a: Raw) -> bool:
    return a.get("tps_granted") is True and _inside(a)


def _minor_coming(a: Raw) -> bool:
    return a.get("beneficiary_is_minor") is True and _coming(a)


def _paroled_where_asked(a: Raw) -> bool:
    return _paroled(a) and a.get("parole_program") not in (*PORT_PROGRAMS, "military_pip")


_always.__doc__ = "always"
_inside.__doc__ = "`location` is `inside_us`"
_paroled.__doc__ = "`entry` is `paroled`"
_seeking_parole.__doc__ = "`goal` is `come_to_us` or `stay_in_us`"
_coming.__doc__ = "`goal` is `come_to_us`"
_medical_minor.__doc__ = "`medical_treatment` in `reasons` and `beneficiary_is_minor`"
_court_outside.__doc__ = "`court_proceeding` in `reasons` and `location` is `outside_us`"
_cuban_or_haitian.__doc__ = "`citizenship` is `CU` or `HT`"
_medical_not_life_threatening.__doc__ = (
    "`medical_treatment` in `reasons` and `medical_life_threatening` is false"
)
_protection_abroad.__doc__ = "`protection` in `reasons` and `location` is `outside_us`"
_cuban_or_haitian_not_paroled.__doc__ = "`citizenship` is `CU` or `HT` and `entry` is not `paroled`"
_reentry_asked.__doc__ = (
    "`prior_removal` in `risk_factors`, or `location` is `inside_us` and `entry` is "
    "`without_inspection`, `released_from_custody` or `unknown`"
)
_petition_245i_asked.__doc__ = (
    "`location` is `inside_us` and (`entry` is `without_inspection`, `released_from_custody` or "
    "`unknown`, or `prior_overstay` in `risk_factors`)"
)
_present_on_2000_12_21_asked.__doc__ = (
    "`petition_245i` is `filed_1998_01_15_to_2001_04_30` and `in_us_since` is unanswered or after "
    "2000-12-21"
)
_tps_holder_inside.__doc__ = "`tps_granted` is true and `location` is `inside_us`"
_minor_coming.__doc__ = "`beneficiary_is_minor` is true and `goal` is `come_to_us`"
_paroled_where_asked.__doc__ = (
    "`entry` is `paroled` and `parole_program` is not `u4u`, `chnv`, `frp` or `military_pip`"
)
