"""The Content-Security-Policy allows no inline script or style, so none may be written: every
template a browser renders and every script in static/ is scanned here. (The PDF templates are
read by WeasyPrint only, never by a browser, and are left out.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIRS = [ROOT / "templates", ROOT / "screening" / "templates"]

INLINE = {
    "inline <script> (give it a src= and put the code in static/js/)": re.compile(
        r"<script\b(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE
    ),
    "<style> block (put the rules in static/css/)": re.compile(r"<style\b", re.IGNORECASE),
    # Attributes are looked for inside HTML tags only, so {% blocktranslate online=... %} is fine.
    "style= attribute (use a class)": re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE),
    "on...= event handler (attach it in static/js/)": re.compile(
        r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE
    ),
    "javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}
SCRIPT_RISKS = {
    "setAttribute('style', ...) is an inline style": re.compile(r"setAttribute\(\s*[\"']style"),
    "innerHTML can carry inline script or style": re.compile(r"\.innerHTML\b"),
    "eval() needs 'unsafe-eval'": re.compile(r"\beval\("),
    "new Function() needs 'unsafe-eval'": re.compile(r"\bnew Function\("),
}


def browser_templates() -> list[Path]:
    found = []
    for folder in TEMPLATE_DIRS:
        if folder.exists():
            found += [p for p in folder.rglob("*.html") if "pdf" not in p.relative_to(folder).parts]
    return sorted(found)


def offences(text: str, patterns: dict[str, re.Pattern]) -> list[str]:
    return [
        f"line {text.count(chr(10), 0, match.start()) + 1}: {problem}"
        for problem, pattern in patterns.items()
        for match in pattern.finditer(text)
    ]


def test_there_are_templates_to_scan():
    assert len(browser_templates()) > 20


@pytest.mark.parametrize("path", browser_templates(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_templates_have_no_inline_script_or_style(path):
    assert offences(path.read_text(encoding="utf-8"), INLINE) == []


@pytest.mark.parametrize(
    "path", sorted((ROOT / "static").rglob("*.js")), ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_scripts_add_no_inline_style_or_code(path):
    assert offences(path.read_text(encoding="utf-8"), SCRIPT_RISKS) == []


@pytest.mark.parametrize(
    ("html", "caught"),
    [
        ("<script>alert(1)</script>", True),
        ('<script src="/static/js/site.js" defer></script>', False),
        ("<style>p{}</style>", True),
        ('<p style="color: red">', True),
        ('<p class="styled">', False),
        ('<button onclick="go()">', True),
        ('<a href="javascript:go()">', True),
        ("<p>Click on the button</p>", False),
        ('<p>{% blocktranslate with online="x" %}{{ online }}{% endblocktranslate %}</p>', False),
        ('<input type="text"\n  onchange="go()">', True),
    ],
)
def test_the_scan_catches_what_the_policy_would_block(html, caught):
    assert bool(offences(html, INLINE)) is caught
