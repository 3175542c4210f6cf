""" "Asked when": one predicate per answer key. The wizard shows a question only when its predicate
holds, prunes answers whose predicate stops holding, and the rules list such answers as ignored.
Each predicate's docstring is how docs/answers.md says when the question is asked."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .values import CUBAN_HAITIAN

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
