"""The translation catalogues: update them, check them, compile them (GNU gettext).

    python scripts/messages.py update    # `make messages`: new strings into every catalogue
    python scripts/messages.py check     # `make test`: fail when a catalogue is stale or wrong
    python scripts/messages.py compile   # `make run`/`make test`: django.po -> django.mo

A catalogue is locale/<code>/LC_MESSAGES/django.po. `check` runs makemessages on a temporary
copy of the code and fails when that would change a catalogue's entries (a string added,
changed or removed in the code; locations and the creation date do not count), when an entry
is fuzzy or untranslated (in a promised language: PROMISED_LANGUAGES), or when an entry's
placeholders or HTML tags differ from the English.
Compiled .mo files are not committed: this script builds them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parole_screen import po  # noqa: E402

LOCALE = ROOT / "locale"
# The languages the product promises complete: `check` fails while one of them is missing,
# incomplete or fuzzy. Every offered language is promised: `check` also fails on a complete
# catalogue that is not listed here, so a language joins this list the day it is offered. Any
# other catalogue may be committed part-translated; the site offers it only once it is complete
# (parole_screen/catalogues.py).
PROMISED_LANGUAGES = ("es", "ht", "uk", "fa_AF")
CODE = ("manage.py", "parole_screen", "screening", "templates")
# Every catalogue `make messages` keeps (locale directory names): Spanish, then the applicant's
# languages being translated (decision 0021: Haitian Creole, Ukrainian, Dari as fa_AF).
DEFAULT_LANGUAGES = ("es", "ht", "uk", "fa_AF")
# These carry the applicant's strings only: the staff pages, the staff login and the attorney
# memo stay English and Spanish (parole_screen/staff_language.py), so their files are left out
# of these catalogues (makemessages --ignore patterns, paths from the repository's root).
APPLICANT_ONLY = ("ht", "uk", "fa_AF")
STAFF_ONLY = (
    "screening/staff",
    "screening/admin.py",
    "screening/admin_safety.py",
    "templates/staff",
    "templates/registration",
    "templates/pdf/memo.html",
    "templates/pdf/_memo_notes.html",
)
# A new catalogue's plural rule when Django's own catalogues have none for it (uk takes Django's).
PLURAL_FORMS = {
    "ht": "nplurals=2; plural=(n != 1);",
    "fa_AF": "nplurals=2; plural=(n > 1);",
}
# %(name)s, %s, {name}, {{ name }} and HTML tags must come through a translation unchanged.
PLACEHOLDER = re.compile(
    r"%\([a-zA-Z_0-9]+\)[sdif]|%[sdif]|\{[a-zA-Z_0-9.]*\}|\{\{[^}]*\}\}|</?[a-zA-Z][^>]*>"
)


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def catalogue(locale: Path, code: str) -> Path:
    return locale / code / "LC_MESSAGES" / "django.po"


def languages(locale: Path = LOCALE) -> list[str]:
    found = {p.parent.parent.name for p in locale.glob("*/LC_MESSAGES/django.po")}
    return sorted(found | set(DEFAULT_LANGUAGES))


def scopes(codes: list[str]) -> list[tuple[list[str], list[str]]]:
    """(codes, ignore patterns) for each makemessages run: the whole code, the applicant's."""
    whole = [code for code in codes if code not in APPLICANT_ONLY]
    applicant = [code for code in codes if code in APPLICANT_ONLY]
    runs = ((whole, []), (applicant, list(STAFF_ONLY)))
    return [(group, ignore) for group, ignore in runs if group]


def extracted(codes: list[str]) -> dict[str, str]:
    """Each catalogue as makemessages would leave it, made on a copy of the code (the
    applicant's languages without the staff-only files)."""
    with tempfile.TemporaryDirectory(prefix="messages-") as tmp:
        copy = Path(tmp)
        for name in CODE:
            source = ROOT / name
            if source.is_dir():
                ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
                shutil.copytree(source, copy / name, ignore=ignore)
            else:
                shutil.copy2(source, copy / name)
        if LOCALE.is_dir():
            shutil.copytree(LOCALE, copy / "locale", ignore=shutil.ignore_patterns("*.mo"))
        # No location comments: a new string is then a few lines of diff, not every moved line.
        for group, ignore in scopes(codes):
            args = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--no-wrap"]
            args += ["--no-location"]
            args += [f"--locale={code}" for code in group]
            args += [f"--ignore={pattern}" for pattern in ignore]
            subprocess.run(args, cwd=copy, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
        return {code: catalogue(copy / "locale", code).read_text("utf-8") for code in codes}


CREATED = re.compile(r'^"POT-Creation-Date: [^"]*"$', re.M)


def settle_header(text: str, code: str, before: str = "") -> str:
    """A new catalogue's header is marked fuzzy and names no language: make it usable. An
    existing catalogue keeps its creation date, so an update changes only the entries."""
    text = re.sub(r'^#, fuzzy\n(msgid ""\nmsgstr "")', r"\1", text, count=1, flags=re.M)
    if code in PLURAL_FORMS:
        rule = PLURAL_FORMS[code]
        text = text.replace("nplurals=INTEGER; plural=EXPRESSION;", rule, 1)
    kept = CREATED.search(before)
    if kept:
        text = CREATED.sub(lambda _m: kept.group(0), text, count=1)
    return text.replace('"Language: \\n"', f'"Language: {code}\\n"', 1)


def marks(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def entry_problems(path: Path) -> list[str]:
    found = po.problems(path)
    _header, entries = po.read(path)
    for entry in entries:
        if not entry.translated:
            continue
        english = [marks(entry.msgid), marks(entry.msgid_plural or entry.msgid)]
        for text in entry.translations():
            if marks(text) not in english:
                found.append(
                    f"placeholders differ: {entry.msgid[:60]!r}: {english[-1]} != {marks(text)}"
                )
    return found


def differences(committed: str, fresh: str) -> list[str]:
    """What makemessages would change, entry by entry (locations and dates aside)."""
    _h, old = po.parse(committed)
    _h, new = po.parse(fresh)
    old_by_key = {e.key: e for e in old}
    new_by_key = {e.key: e for e in new}
    found = [f"new string: {k[1][:70]!r}" for k in new_by_key if k not in old_by_key]
    gone = [k for k in old_by_key if k not in new_by_key]
    found += [f"string gone from the code: {k[1][:70]!r}" for k in gone]
    for key, entry in new_by_key.items():
        before = old_by_key.get(key)
        if before is None:
            continue
        if entry.translations() != before.translations() or entry.flags != before.flags:
            found.append(f"entry would change: {key[1][:70]!r}")
    return found


def compile_catalogues(locale: Path = LOCALE) -> None:
    for source in sorted(locale.glob("*/LC_MESSAGES/django.po")):
        target = source.with_suffix(".mo")
        command = ["msgfmt", "--check-format", "-o", str(target), str(source)]
        subprocess.run(command, check=True)  # noqa: S603, S607 (Debian's gettext, on PATH)


def update() -> int:
    codes = languages()
    for code, text in extracted(codes).items():
        path = catalogue(LOCALE, code)
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.read_text("utf-8") if path.exists() else ""
        path.write_text(settle_header(text, code, before), encoding="utf-8")
        left = po.problems(path)
        print(f"{shown(path)}: {len(left)} entries to translate or review")
    compile_catalogues()
    return 0


def check() -> int:
    codes = [p.parent.parent.name for p in sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))]
    failed = False
    fresh = extracted(codes) if codes else {}
    for code in sorted(set(PROMISED_LANGUAGES) - set(codes)):
        print(f"locale/{code}: the promised catalogue is missing", file=sys.stderr)
        failed = True
    for code in codes:
        path = catalogue(LOCALE, code)
        found = differences(path.read_text("utf-8"), fresh[code])
        if found:
            found.insert(0, "the catalogue is out of date with the code: run `make messages`")
        if code in PROMISED_LANGUAGES:
            found += entry_problems(path)
        else:  # in progress: not offered until complete, but never a broken placeholder
            left = po.problems(path)
            if left:
                print(f"{shown(path)}: {len(left)} entries to go; not offered until complete")
            else:  # complete, so offered: from now on every change must keep it complete
                found.append(
                    f"complete, so the site offers it: add {code!r} to PROMISED_LANGUAGES in "
                    "scripts/messages.py, so that every change keeps it complete"
                )
            found += [line for line in entry_problems(path) if line not in left]
        for line in found[:40]:
            print(f"{shown(path)}: {line}", file=sys.stderr)
        if len(found) > 40:
            print(f"... and {len(found) - 40} more", file=sys.stderr)
        failed = failed or bool(found)
        print(f"{shown(path)}: {'FAILED' if found else 'ok'}")
    if failed:
        return 1
    compile_catalogues()
    return 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "check": check, "compile": lambda: compile_catalogues() or 0}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
