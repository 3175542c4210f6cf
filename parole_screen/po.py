"""A small reader of gettext .po files (standard library only).

Used at start-up (which languages are complete, `parole_screen.catalogues`) and by
`scripts/messages.py` (the catalogue checks), so neither needs a third-party package.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str = ""
    msgctxt: str | None = None
    msgstr: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str | None, str, str]:
        return (self.msgctxt, self.msgid, self.msgid_plural)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translated(self) -> bool:
        if self.msgid_plural:
            return bool(self.msgstr_plural) and all(self.msgstr_plural.values())
        return bool(self.msgstr)

    def translations(self) -> list[str]:
        return list(self.msgstr_plural.values()) if self.msgid_plural else [self.msgstr]


_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")\s*$')


def _string(quoted: str) -> str:
    return ast.literal_eval(quoted)  # a C-style quoted string is a valid Python literal


def parse(text: str) -> tuple[Entry | None, list[Entry]]:
    """The header entry (msgid "") and the other entries; obsolete (#~) entries are left out."""
    entries: list[Entry] = []
    current = Entry()
    started = False
    target: tuple[str, int | None] | None = None

    def finish() -> None:
        nonlocal current, started, target
        if started:
            entries.append(current)
        current, started, target = Entry(), False, None

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#,"):
            if started and target and target[0].startswith("msgstr"):
                finish()
            current.flags |= {flag.strip() for flag in line[2:].split(",") if flag.strip()}
            continue
        if line.startswith("#"):
            continue
        match = _KEYWORD.match(line)
        if match:
            word, index, quoted = match.groups()
            if word in ("msgctxt", "msgid") and started and target and target[0] == "msgstr":
                finish()
            started = True
            target = ("msgstr", int(index)) if index is not None else (word, None)
            _append(current, target, _string(quoted))
        elif line.startswith('"') and target:
            _append(current, target, _string(line))
    finish()
    header = next((e for e in entries if e.msgid == "" and e.msgctxt is None), None)
    return header, [e for e in entries if e is not header]


def _append(entry: Entry, target: tuple[str, int | None], text: str) -> None:
    word, index = target
    if word == "msgstr" and index is not None:
        entry.msgstr_plural[index] = entry.msgstr_plural.get(index, "") + text
    elif word == "msgctxt":
        entry.msgctxt = (entry.msgctxt or "") + text
    else:
        setattr(entry, word, getattr(entry, word) + text)


def read(path: Path) -> tuple[Entry | None, list[Entry]]:
    return parse(path.read_text(encoding="utf-8"))


def problems(path: Path) -> list[str]:
    """Why this catalogue is not complete: a fuzzy header or entry, an untranslated entry."""
    header, entries = read(path)
    found = []
    if header is None or header.fuzzy:
        found.append("the header is missing or fuzzy")
    for entry in entries:
        if entry.fuzzy:
            found.append(f"fuzzy: {entry.msgid[:70]!r}")
        elif not entry.translated:
            found.append(f"untranslated: {entry.msgid[:70]!r}")
    return found
