"""Django's own strings that our pages show, listed here so that makemessages puts them in our
catalogue and a page never mixes Django's translation with ours (see
tests/i18n/test_only_our_strings.py, which finds any that are missing).

Never imported: gettext_noop only marks the strings. The same msgids in our catalogue win over
Django's (LOCALE_PATHS come first).
"""

from django.utils.translation import gettext_noop, pgettext_lazy

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

# Month names as they follow a day (DATE_FORMAT "E": django.utils.dates.MONTHS_ALT), in the
# languages that decline them (Ukrainian "7 грудня"); the others write them as above.
MONTHS_ALT = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
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
