"""A pseudo right-to-left catalogue, generated at test time from the Spanish catalogue's
msgids: Arabic ("ar", a right-to-left language Django knows), each text wrapped in Arabic
letters and a little longer, placeholders and tags untouched, compiled with GNU msgfmt."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from parole_screen import po

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
CODE = "ar"
MARK = "عربي"
LANGUAGES = [("en", "English"), (CODE, "العربية")]

_spec = importlib.util.spec_from_file_location("messages_script", ROOT / "scripts" / "messages.py")
messages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(messages)


def quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\t", "\\t") + '"'


def pseudo(text: str) -> str:
    return f"{MARK} {text} {MARK}" if text else text


def write_catalogue(locale: Path) -> Path:
    _header, entries = po.read(SOURCE)
    lines = [
        'msgid ""',
        'msgstr ""',
        quoted("Content-Type: text/plain; charset=UTF-8\n"),
        quoted(f"Language: {CODE}\n"),
        quoted("Plural-Forms: nplurals=2; plural=(n != 1);\n"),
        "",
    ]
    for entry in entries:
        flags = sorted(entry.flags - {"fuzzy"})
        if flags:
            lines.append("#, " + ", ".join(flags))
        if entry.msgctxt is not None:
            lines.append(f"msgctxt {quoted(entry.msgctxt)}")
        lines.append(f"msgid {quoted(entry.msgid)}")
        if entry.msgid_plural:
            lines.append(f"msgid_plural {quoted(entry.msgid_plural)}")
            lines.append(f"msgstr[0] {quoted(pseudo(entry.msgid))}")
            lines.append(f"msgstr[1] {quoted(pseudo(entry.msgid_plural))}")
        else:
            lines.append(f"msgstr {quoted(pseudo(entry.msgid))}")
        lines.append("")
    path = locale / CODE / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    messages.compile_catalogues(locale)
    return path
