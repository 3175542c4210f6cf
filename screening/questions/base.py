"""What a question is (its words, hint, choices and options) and the words several share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Question:
    text: Any  # a lazy translation
    hint: Any = ""
    choices: Mapping[str, Any] = field(default_factory=dict)
    # booleans: offer "I'm not sure" (leaves the answer out, the result then says it is unknown)
    unsure: bool = True
    # lists: the label of the "none of these" box (an empty list)
    none_label: Any = ""
    # dates and numbers: whether the person may leave it blank
    optional: bool = True
    # dates: "future" refuses a date that has passed, "past" one still to come
    when: str | None = None
    # dates: a birth date (the boxes then offer the browser's bday-* autofill)
    birth_date: bool = False
    # dates: the date the hint's example shows, in the page's box order (its day above 12, so
    # it cannot be read two ways); None: the date field's own example
    example: dt.date | None = None


YES_NO = {"yes": _("Yes"), "no": _("No"), "unsure": _("I'm not sure")}
NONE_OF_THESE = "none_of_these"
# a country left blank: the person would rather not say
PREFER_NOT_TO_SAY = ""
