"""Staff pages in English or Spanish only (decision 0021).

The staff workspace, its login and the admin are written for an office that works in English
and Spanish, and the catalogues of the applicant's other languages (Haitian Creole, Ukrainian,
Dari) carry only the applicant's strings. A staff page asked for in one of those languages is
shown in English: after LocaleMiddleware, this activates English for those paths, and the
switcher there offers English and Spanish only (screening/templatetags/languages.py).
"""

from __future__ import annotations

from django.utils import translation

from parole_screen.catalogues import SOURCE_LANGUAGE, STAFF_LANGUAGES

STAFF_PREFIXES = ("/staff/", "/accounts/", "/admin/")


def is_staff_path(path: str) -> bool:
    return path.startswith(STAFF_PREFIXES)


class StaffLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_staff_path(request.path_info) and request.LANGUAGE_CODE not in STAFF_LANGUAGES:
            translation.activate(SOURCE_LANGUAGE)
            request.LANGUAGE_CODE = SOURCE_LANGUAGE
        return self.get_response(request)
