"""The languages offered, each named in its own language ("Español"), never translated:
Django's `get_available_languages` would pass the names through gettext ("inglés"). Staff
pages offer only the staff's languages (parole_screen/staff_language.py)."""

from django import template
from django.conf import settings
from django.utils import translation

from parole_screen.catalogues import STAFF_LANGUAGES, UNREVIEWED_LANGUAGES
from parole_screen.staff_language import is_staff_path

register = template.Library()


@register.simple_tag(takes_context=True)
def offered_languages(context) -> list[tuple[str, str]]:
    request = context.get("request")
    if request is not None and is_staff_path(request.path_info):
        return [(code, name) for code, name in settings.LANGUAGES if code in STAFF_LANGUAGES]
    return list(settings.LANGUAGES)


@register.simple_tag
def translation_unreviewed() -> bool:
    """Whether the page's language is a translation no certified translator has reviewed yet."""
    return translation.get_language() in UNREVIEWED_LANGUAGES
