"""Words a person types that the rules never read: the "Another reason" box.

The text is kept beside the answers (in the wizard's storage, then on the staff case), never
among them, so `assess` cannot see it: the rules decide on ids alone. It is shown on check your
answers and to staff on the case.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from screening.validators import refuse_bidi_overrides, refuse_control_characters

OTHER_REASON = "other_reason_text"
OTHER_REASON_MAX = 200
# the step whose form carries the box, and the choice it belongs to
NOTE_STEP = "reasons"
OTHER_CHOICE = "other"

OTHER_REASON_LABEL = _("If you chose “Another reason”, say what it is (optional)")
OTHER_REASON_HINT = format_lazy(
    _("A few words, {limit} characters at most."), limit=OTHER_REASON_MAX
)
NOTE_QUESTION = _("Your other reason, in your words")


class OtherReasonField(forms.CharField):
    def __init__(self):
        super().__init__(
            label=OTHER_REASON_LABEL,
            required=False,
            max_length=OTHER_REASON_MAX,
            strip=True,
            error_messages={
                "max_length": _(
                    "Say it in %(limit_value)d characters or fewer. You used %(show_value)d."
                )
            },
        )
        self.screen_kind = "line"
        self.hint = OTHER_REASON_HINT
        self.inputmode = "text"
        self.prefix_text = self.suffix_text = ""

    def validate(self, value):
        super().validate(value)
        if value:
            label = _("Your other reason")
            refuse_control_characters(value, label)
            refuse_bidi_overrides(value, label)


def check_other_reason(cleaned: dict) -> ValidationError | None:
    """Words typed while "Another reason" is not ticked: ask, rather than keep or drop them."""
    text = cleaned.get(OTHER_REASON)
    reasons = cleaned.get("reasons") or ()
    if text and OTHER_CHOICE not in reasons:
        return ValidationError(
            _("You wrote another reason. Tick “Another reason” too, or clear the box."),
            code="other_not_ticked",
        )
    return None
