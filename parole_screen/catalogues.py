"""Which languages the site offers: English, and each language whose catalogue is complete.

A visitor must never get a page half in one language and half in another, so a language is
offered (and so can be negotiated from Accept-Language or chosen) only when its catalogue,
locale/<code>/LC_MESSAGES/django.po, has every entry translated and none fuzzy, and its compiled
django.mo is at least as new. Read once at start-up by settings.py. Adding a language is adding
its catalogue (README, "Adding a language").
"""

from __future__ import annotations

from pathlib import Path

from django.conf.locale import LANG_INFO
from django.utils.translation import to_language

from parole_screen import po

SOURCE_LANGUAGE = "en"
# Languages Django does not describe (decision 0021): Haitian Creole, and Dari as the Afghan
# variant of Persian ("fa-af": its catalogue is locale/fa_AF; browsers set to Persian or Dari
# reach it, and Django's Persian formats and right-to-left flag apply through "fa").
EXTRA_LANG_INFO = {
    "ht": {"bidi": False, "code": "ht", "name": "Haitian Creole", "name_local": "Kreyòl ayisyen"},
    "fa-af": {"bidi": True, "code": "fa-af", "name": "Dari", "name_local": "دری"},
}
for _code, _info in EXTRA_LANG_INFO.items():
    LANG_INFO.setdefault(_code, _info)
# Staff pages and the attorney memo exist in these languages only; the applicant's languages
# beyond them carry only the applicant's strings (scripts/messages.py, APPLICANT_ONLY).
STAFF_LANGUAGES = ("en", "es")
# Translations no certified translator has reviewed yet: each page in them says so, in its own
# language, with a link to the same page in English, the reference (templates/includes/
# translation_notice.html).
UNREVIEWED_LANGUAGES = ("ht", "uk", "fa-af")


def native_name(code: str) -> str:
    """The language's name in the language itself ("Español"), as a switcher shows it."""
    name = LANG_INFO.get(code, {}).get("name_local", code)
    return name[:1].upper() + name[1:]


def is_complete(catalogue_dir: Path) -> bool:
    source = catalogue_dir / "LC_MESSAGES" / "django.po"
    compiled = source.with_suffix(".mo")
    if not (source.is_file() and compiled.is_file()):
        return False
    if compiled.stat().st_mtime < source.stat().st_mtime:
        return False  # compiled before the last edit: it would lack the newest strings
    return not po.problems(source)


def complete_languages(locale_dir: Path) -> list[str]:
    if not locale_dir.is_dir():
        return []
    codes = ((to_language(path.name), path) for path in locale_dir.iterdir())
    return sorted(
        code
        for code, path in codes
        if code != SOURCE_LANGUAGE and code in LANG_INFO and is_complete(path)
    )


def offered_languages(locale_dir: Path) -> list[tuple[str, str]]:
    """settings.LANGUAGES: English first, then the complete languages, each by its own name."""
    codes = [SOURCE_LANGUAGE, *complete_languages(locale_dir)]
    return [(code, native_name(code)) for code in codes]
