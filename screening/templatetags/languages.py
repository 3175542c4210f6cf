"""The languages offered, each named in its own language ("Español"), never translated:
Django's `get_available_languages` would pass the names through gettext ("inglés")."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def offered_languages() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)
