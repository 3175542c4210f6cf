"""Renders the rules' messages in the reader's language.

The rules keep each text as an English message plus parameters; here the message is translated
first and filled in second, so translators see whole sentences with their {named} slots. Dates
among the parameters (a `datetime.date` or a 'YYYY-MM-DD' string) are shown the way every page
shows a date: DATE_FORMAT, in words ("January 15, 2027").
"""

import datetime as dt
import re

from django import template
from django.utils import formats
from django.utils.translation import gettext, ngettext

from parole_screen.bidi import isolate
from parole_screen.dollars import AMOUNT, reader_amount
from screening.rules.text import Plural

register = template.Library()

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _param(value):
    """A parameter the reader's way; in right-to-left text, a date, an amount or an id is
    isolated so it keeps its order (parole_screen/bidi.py)."""
    if isinstance(value, dt.date):
        return isolate(formats.date_format(value))
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
            try:
                return isolate(formats.date_format(dt.date.fromisoformat(value)))
            except ValueError:
                return value
        if AMOUNT.fullmatch(value):
            return reader_amount(value)
        # string parameters that are themselves messages (a question, a program's name) are
        # translated too; ids (form names, citations) come back unchanged from gettext
        translated = gettext(value)
        return isolate(translated) if translated == value else translated
    # numbers stay numbers: a message may format them ("{age:g}"), and digits alone keep their
    # order in right-to-left text
    return value


@register.filter
def rule_text(item) -> str:
    """`{{ reason|rule_text }}` for any rules Message (Reason, Form, Fee, Flag, Alternative)."""
    if item is None:
        return ""
    # a message that follows a number is a Plural, or a Text that keeps one as its own words
    counted = getattr(item.message, "you", item.message)
    if isinstance(counted, Plural):
        message = ngettext(counted.singular, counted.plural, counted.count)
    else:
        message = gettext(item.message)
    params = {k: _param(v) for k, v in item.params.items()}
    try:
        return message.format(**params) if params else message
    except (KeyError, IndexError, ValueError):
        return item.text  # a broken translation falls back to English, never to an error
