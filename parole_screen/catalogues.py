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

from parole_screen import po

SOURCE_LANGUAGE = "en"


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
    return sorted(
        path.name
        for path in locale_dir.iterdir()
        if path.name != SOURCE_LANGUAGE and path.name in LANG_INFO and is_complete(path)
    )


def offered_languages(locale_dir: Path) -> list[tuple[str, str]]:
    """settings.LANGUAGES: English first, then the complete languages, each by its own name."""
    codes = [SOURCE_LANGUAGE, *complete_languages(locale_dir)]
    return [(code, native_name(code)) for code in codes]
