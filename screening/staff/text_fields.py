"""Free-text form fields: the limit is stated beside the box and a longer text is refused.

A `maxlength` attribute would make the browser cut a pasted text silently, so the field renders
none; the server refuses a text over the limit with a message giving its length, and the form is
shown again with everything typed, so it can be shortened. Hidden control characters are refused
with a message naming the field (a NUL byte would otherwise give PostgreSQL a 500), and names
refuse bidirectional overrides too (`screening.validators`).
"""

from __future__ import annotations

from django import forms
from django.core import validators as django_validators
from django.utils.formats import number_format
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from screening.validators import refuse_bidi_overrides, refuse_control_characters

# The limits, in characters, of every free-text box staff fill in.
NAME_LIMIT = 200
CONTACT_LIMIT = 300
NOTE_LIMIT = 5000
EVIDENCE_NOTE_LIMIT = 500
SEARCH_LIMIT = 200


def limit_text(limit: int):
    """'Up to 5,000 characters.' (shown beside the box)."""
    return format_lazy(
        _("Up to {limit} characters."), limit=number_format(limit, force_grouping=True)
    )


class FreeTextField(forms.CharField):
    """A CharField with a stated limit, no `maxlength` attribute and no hidden characters."""

    def __init__(
        self, *, max_length: int, is_name: bool = False, hint=None, message_label=None, **kwargs
    ):
        self.is_name = is_name
        self.message_label = message_label  # names the field in messages, when not its label
        kwargs.setdefault("help_text", _join_hint(hint, limit_text(max_length)))
        super().__init__(max_length=max_length, **kwargs)
        # Django's own NUL check does not name the field; ours (in `validate`) does.
        self.validators = [
            v
            for v in self.validators
            if not isinstance(v, django_validators.ProhibitNullCharactersValidator)
        ]
        self.error_messages["max_length"] = _(
            "%(field)s is %(show_value)s characters long. The limit is %(limit_value)s "
            "characters: shorten it and save again. Nothing you typed was lost."
        )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs

    def validate(self, value):
        super().validate(value)
        if value:
            refuse_control_characters(value, self.named)
            if self.is_name:
                refuse_bidi_overrides(value, self.named)

    @property
    def named(self):
        return self.message_label or self.label

    def run_validators(self, value):
        try:
            super().run_validators(value)
        except forms.ValidationError as error:
            for item in error.error_list:
                if item.code == "max_length":
                    item.params = {
                        "field": self.named,
                        "show_value": number_format(len(value), force_grouping=True),
                        "limit_value": number_format(self.max_length, force_grouping=True),
                    }
            raise


def _join_hint(hint, limit):
    if not hint:
        return limit
    return format_lazy("{hint} {limit}", hint=hint, limit=limit)
