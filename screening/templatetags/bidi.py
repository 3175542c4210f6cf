"""`{{ value|isolate }}`: a Latin-script piece (a form's id, a date, a code) kept in its order
inside right-to-left text (parole_screen/bidi.py); unchanged in left-to-right languages."""

from django import template

from parole_screen.bidi import isolate as isolate_text

register = template.Library()


@register.filter
def isolate(value):
    return isolate_text(value)
