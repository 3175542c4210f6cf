"""The client's language: asked by staff in the client details, or taken from the saved
screening brought in by code (the language it was filled in). Never guessed from the language
of the staff member's pages, and never "English" when nobody recorded it."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from screening.models import Case, LanguageSource

# The languages the office meets most; "other" when it is none of these.
LANGUAGES = (
    ("en", gettext_lazy("English")),
    ("es", gettext_lazy("Spanish")),
    ("ht", gettext_lazy("Haitian Creole")),
    ("pt", gettext_lazy("Portuguese")),
    ("fr", gettext_lazy("French")),
    ("uk", gettext_lazy("Ukrainian")),
    ("ru", gettext_lazy("Russian")),
    ("ar", gettext_lazy("Arabic")),
    ("fa", gettext_lazy("Persian (Farsi or Dari)")),
    ("ps", gettext_lazy("Pashto")),
    ("other", gettext_lazy("Another language")),
)
NAMES = dict(LANGUAGES)


def from_saved(case: Case, code: str | None) -> None:
    """A saved screening brought in says which language it was filled in; what staff recorded
    by asking the client stays."""
    if code in NAMES and case.language_source != LanguageSource.STAFF:
        case.language = code
        case.language_source = LanguageSource.SAVED_SCREENING


def describe(case: Case) -> str:
    """'Spanish (the language the client's saved screening was in)', or 'Not recorded yet'."""
    name = NAMES.get(case.language)
    if not name:
        return _("Not recorded yet")
    if not case.language_source:
        return str(name)
    source = LanguageSource(case.language_source).label
    return _("%(language)s (%(source)s)") % {"language": name, "source": source}
