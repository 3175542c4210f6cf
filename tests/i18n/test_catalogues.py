"""Only complete catalogues are offered; the catalogue checks of scripts/messages.py."""

import importlib.util
import os
import subprocess
from pathlib import Path

import pytest

from parole_screen import catalogues, po

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("messages_script", ROOT / "scripts" / "messages.py")
messages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(messages)

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {code}\\n"\n\n'
)


def write_catalogue(locale: Path, code: str, body: str, *, compile_it: bool = True) -> Path:
    path = locale / code / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text(HEADER.format(code=code) + body, encoding="utf-8")
    if compile_it:
        messages.compile_catalogues(locale)
    return path


COMPLETE = 'msgid "Continue"\nmsgstr "Continuar"\n\nmsgid "Yes"\nmsgstr "Sí"\n'
UNTRANSLATED = 'msgid "Continue"\nmsgstr "Continuar"\n\nmsgid "Yes"\nmsgstr ""\n'
FUZZY = 'msgid "Continue"\nmsgstr "Continuar"\n\n#, fuzzy\nmsgid "Yes"\nmsgstr "Sí"\n'


def test_only_complete_catalogues_are_offered(tmp_path):
    write_catalogue(tmp_path, "es", COMPLETE)
    write_catalogue(tmp_path, "fr", UNTRANSLATED)
    write_catalogue(tmp_path, "de", FUZZY)
    assert catalogues.offered_languages(tmp_path) == [("en", "English"), ("es", "Español")]


def test_a_catalogue_never_compiled_or_edited_since_is_not_offered(tmp_path):
    write_catalogue(tmp_path, "es", COMPLETE, compile_it=False)
    assert catalogues.complete_languages(tmp_path) == []
    messages.compile_catalogues(tmp_path)
    assert catalogues.complete_languages(tmp_path) == ["es"]
    source = tmp_path / "es" / "LC_MESSAGES" / "django.po"
    compiled = source.with_suffix(".mo")
    os.utime(compiled, (source.stat().st_mtime - 60,) * 2)
    assert catalogues.complete_languages(tmp_path) == []


def test_no_locale_folder_offers_english_only(tmp_path):
    assert catalogues.offered_languages(tmp_path / "missing") == [("en", "English")]


@pytest.mark.parametrize(
    ("english", "translation", "ok"),
    [
        ("%(count)s days left", "Quedan %(count)s días", True),
        ("%(count)s days left", "Quedan %(cuenta)s días", False),
        ("Page {page} of {pages}", "Página {page} de {pages}", True),
        ("Page {page} of {pages}", "Página {page}", False),
        ("Read <strong>this</strong>", "Lea <strong>esto</strong>", True),
        ("Read <strong>this</strong>", "Lea esto", False),
    ],
)
def test_placeholders_and_tags_must_match(tmp_path, english, translation, ok):
    body = f'#, python-format\nmsgid "{english}"\nmsgstr "{translation}"\n'
    path = write_catalogue(tmp_path, "es", body, compile_it=False)
    found = messages.entry_problems(path)
    assert (found == []) is ok, found


def test_fuzzy_and_untranslated_entries_are_problems(tmp_path):
    fuzzy = write_catalogue(tmp_path / "a", "es", FUZZY, compile_it=False)
    untranslated = write_catalogue(tmp_path / "b", "es", UNTRANSLATED, compile_it=False)
    assert messages.entry_problems(fuzzy) == ["fuzzy: 'Yes'"]
    assert messages.entry_problems(untranslated) == ["untranslated: 'Yes'"]


def test_a_string_added_or_removed_in_the_code_is_a_difference():
    committed = HEADER.format(code="es") + COMPLETE
    assert messages.differences(committed, committed) == []
    fresh = committed + '\nmsgid "No"\nmsgstr ""\n'
    assert messages.differences(committed, fresh) == ["new string: 'No'"]
    assert messages.differences(fresh, committed) == ["string gone from the code: 'No'"]
    fuzzed = committed.replace('msgid "Yes"', '#, fuzzy\nmsgid "Yes"')
    assert messages.differences(committed, fuzzed) == ["entry would change: 'Yes'"]


def test_the_reader_joins_continued_lines_and_plurals():
    text = (
        HEADER.format(code="es")
        + 'msgctxt "menu"\nmsgid ""\n"Two "\n"lines"\nmsgstr "Dos \\"líneas\\""\n\n'
        + 'msgid "one day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "un día"\nmsgstr[1] "%(n)s días"\n'
    )
    header, entries = po.parse(text)
    assert "Language: es" in header.msgstr
    assert entries[0].key == ("menu", "Two lines", "")
    assert entries[0].msgstr == 'Dos "líneas"'
    assert entries[1].msgstr_plural == {0: "un día", 1: "%(n)s días"}


def test_the_check_command_fails_on_an_incomplete_catalogue(tmp_path, monkeypatch):
    write_catalogue(tmp_path, "es", UNTRANSLATED, compile_it=False)
    monkeypatch.setattr(messages, "LOCALE", tmp_path)
    monkeypatch.setattr(messages, "extracted", lambda codes: {"es": HEADER + UNTRANSLATED})
    assert messages.check() == 1


def _check(tmp_path, monkeypatch, catalogues: dict[str, str], promised=("es",)) -> int:
    for code, body in catalogues.items():
        if not (tmp_path / code).exists():
            write_catalogue(tmp_path, code, body, compile_it=False)
    monkeypatch.setattr(messages, "LOCALE", tmp_path)
    monkeypatch.setattr(messages, "PROMISED_LANGUAGES", promised)
    monkeypatch.setattr(
        messages, "extracted", lambda codes: {code: HEADER + catalogues[code] for code in codes}
    )
    return messages.check()


def test_a_language_in_progress_can_be_committed_and_is_not_offered(tmp_path, monkeypatch):
    assert _check(tmp_path, monkeypatch, {"es": COMPLETE, "fa": UNTRANSLATED}) == 0
    messages.compile_catalogues(tmp_path)
    assert catalogues.complete_languages(tmp_path) == ["es"]


def test_a_broken_placeholder_fails_even_in_a_language_in_progress(tmp_path, monkeypatch):
    broken = UNTRANSLATED + '\n#, python-format\nmsgid "%(n)s days"\nmsgstr "روز"\n'
    assert _check(tmp_path, monkeypatch, {"es": COMPLETE, "fa": broken}) == 1


def test_a_complete_language_must_be_promised_so_it_stays_complete(tmp_path, monkeypatch, capsys):
    """Complete means offered: the check fails until the language is promised, and from then on
    a new string left untranslated in it fails the check, as it does for Spanish."""
    assert _check(tmp_path, monkeypatch, {"es": COMPLETE, "fa": COMPLETE}) == 1
    assert "add 'fa' to PROMISED_LANGUAGES" in capsys.readouterr().err
    both = ("es", "fa")
    assert _check(tmp_path, monkeypatch, {"es": COMPLETE, "fa": COMPLETE}, promised=both) == 0
    stale = {"es": COMPLETE, "fa": UNTRANSLATED}
    assert _check(tmp_path / "later", monkeypatch, stale, promised=both) == 1


def test_the_promised_language_must_be_there(tmp_path, monkeypatch):
    assert _check(tmp_path, monkeypatch, {"fa": COMPLETE}) == 1


def test_msgfmt_is_gnu_gettext():
    out = subprocess.run(["msgfmt", "--version"], capture_output=True, text=True, check=True)
    assert "GNU gettext" in out.stdout
