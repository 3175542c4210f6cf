"""Checks on free text that people type: names, notes, the intake note box, "another reason".

Control characters (a NUL byte gives PostgreSQL a 500) and bidirectional overrides (they make a
name read differently from what is stored) are refused with a message naming the field, so the
form is shown again with everything else the person typed.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# C0 and C1 control characters except tab, line feed and carriage return, plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def refuse_control_characters(value: str, field_label: str) -> None:
    if _CONTROL.search(value):
        raise ValidationError(
            _("%(field)s contains a hidden control character. Remove it and try again."),
            code="control_character",
            params={"field": field_label},
        )


def refuse_bidi_overrides(value: str, field_label: str) -> None:
    if _BIDI.search(value):
        raise ValidationError(
            _(
                "%(field)s contains a hidden character that changes the direction of the text. "
                "Remove it and try again."
            ),
            code="bidi_override",
            params={"field": field_label},
        )
