"""Pseudo catalogues, generated at test time, so the machinery of a language is tested before
its translation is complete: every entry of a real catalogue (its msgids: for Dari and Haitian
Creole the applicant's strings only) translated by wrapping the English in marks, its %(name)s
and {name} slots and tags untouched, compiled with GNU msgfmt.

- Right to left: Dari ("fa-af", catalogue locale/fa_AF), each text wrapped in Arabic letters.
- Left to right: Haitian Creole ("ht"), each text bracketed with accented letters.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import to_locale

from parole_screen import po

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Pseudo:
    code: str  # the language code (settings.LANGUAGES)
    name: str
    mark: str
    plural_forms: str

    @property
    def source(self) -> Path:
        return ROOT / "locale" / to_locale(self.code) / "LC_MESSAGES" / "django.po"

    @property
    def languages(self) -> list[tuple[str, str]]:
        return [("en", "English"), ("es", "Español"), (self.code, self.name)]

    def text(self, english: str) -> str:
        return f"{self.mark} {english} {self.mark}" if english else english


RTL = Pseudo("fa-af", "دری", "دری", "nplurals=2; plural=(n > 1);")
LTR = Pseudo("ht", "Kreyòl ayisyen", "[ĥ]", "nplurals=2; plural=(n != 1);")
# The names the older tests use: the right-to-left pseudo language.
CODE, MARK, LANGUAGES = RTL.code, RTL.mark, RTL.languages

_spec = importlib.util.spec_from_file_location("messages_script", ROOT / "scripts" / "messages.py")
messages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(messages)


def quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\t", "\\t") + '"'


def write_catalogue(locale: Path, language: Pseudo = RTL, *, leave_out: int = 0) -> Path:
    """The pseudo catalogue into locale/<dir>/LC_MESSAGES; `leave_out` entries untranslated
    (an incomplete catalogue)."""
    _header, entries = po.read(language.source)
    lines = [
        'msgid ""',
        'msgstr ""',
        quoted("Content-Type: text/plain; charset=UTF-8\n"),
        quoted(f"Language: {to_locale(language.code)}\n"),
        quoted(f"Plural-Forms: {language.plural_forms}\n"),
        "",
    ]
    for number, entry in enumerate(entries):
        blank = number < leave_out
        flags = sorted(entry.flags - {"fuzzy"})
        if flags:
            lines.append("#, " + ", ".join(flags))
        if entry.msgctxt is not None:
            lines.append(f"msgctxt {quoted(entry.msgctxt)}")
        lines.append(f"msgid {quoted(entry.msgid)}")
        if entry.msgid_plural:
            lines.append(f"msgid_plural {quoted(entry.msgid_plural)}")
            lines.append(f"msgstr[0] {quoted('' if blank else language.text(entry.msgid))}")
            plural = "" if blank else language.text(entry.msgid_plural)
            lines.append(f"msgstr[1] {quoted(plural)}")
        else:
            lines.append(f"msgstr {quoted('' if blank else language.text(entry.msgid))}")
        lines.append("")
    path = locale / to_locale(language.code) / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    messages.compile_catalogues(locale)
    return path
