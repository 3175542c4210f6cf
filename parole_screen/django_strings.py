"""Django's own strings that our pages show, listed here so that makemessages puts them in our
catalogue and a page never mixes Django's translation with ours (see
tests/i18n/test_only_our_strings.py, which finds any that are missing).

Never imported: gettext_noop only marks the strings. The same msgids in our catalogue win over
Django's (LOCALE_PATHS come first).
"""

from django.utils.translation import gettext_noop

# Month names, as the dates in words show them (DATE_FORMAT "F": django.utils.dates.MONTHS).
MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

# The staff login form's refusal (django.contrib.auth.forms.AuthenticationForm).
LOGIN = (
    gettext_noop(
        "Please enter a correct %(username)s and password. Note that both fields may be "
        "case-sensitive."
    ),
    gettext_noop("This account is inactive."),
    gettext_noop("username"),  # the %(username)s above: the user model's field name
)

# A choice that is not on the list (a filter link typed by hand, a stale form).
CHOICES = (
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
)
