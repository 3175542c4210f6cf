"""Renders the rules' messages in the reader's language.

The rules keep each text as an English message plus parameters; here the message is translated
first and filled in second, so translators see whole sentences with their {named} slots.
"""

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def rule_text(item) -> str:
    """`{{ reason|rule_text }}` for any rules Message (Reason, Form, Fee, Flag, Alternative)."""
    if item is None:
        return ""
    message = gettext(item.message)
    # String parameters that are themselves messages (a question, a program's name) are
    # translated too; dates, amounts and ids come back unchanged from gettext.
    params = {k: gettext(v) if isinstance(v, str) else v for k, v in item.params.items()}
    try:
        return message.format(**params) if params else message
    except (KeyError, IndexError, ValueError):
        return item.text  # a broken translation falls back to English, never to an error
