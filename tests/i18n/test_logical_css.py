"""Right to left ready: the stylesheets say start and end, never left and right, so a
right-to-left language needs only its catalogue (the page's dir comes from the language)."""

import re
from pathlib import Path

import pytest

CSS = sorted((Path(__file__).resolve().parents[2] / "static" / "css").glob("*.css"))
PHYSICAL = re.compile(
    r"(?<![-\w])(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right)\s*:"
    r"|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)"
)
# four different sides in a shorthand put different space on the left and the right
V = r"([^\s;{}]+)"
FOUR_SIDES = re.compile(rf"(?<![-\w])(?:margin|padding)\s*:\s*{V} {V} {V} {V}\s*[;}}]")
ALLOWED = {"@bottom-left", "@bottom-right"}  # PDF page boxes are physical (screening/result/pdf.py)


def declarations(path: Path) -> list[str]:
    text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    for name in ALLOWED:
        text = text.replace(name, "")
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("path", CSS, ids=lambda p: p.name)
def test_no_physical_sides(path):
    found = [line for line in declarations(path) if PHYSICAL.search(line)]
    found += [
        line
        for line in declarations(path)
        for m in FOUR_SIDES.finditer(line)
        if m.group(2) != m.group(4)
    ]
    assert found == [], found


def test_the_check_catches_a_physical_side(tmp_path):
    sample = tmp_path / "x.css"
    sample.write_text(".a { margin-left: 1rem; }\n.b { padding: 0 1rem 0 0; }\n.c { right: 0; }\n")
    lines = declarations(sample)
    assert [bool(PHYSICAL.search(line) or FOUR_SIDES.search(line)) for line in lines] == [
        True,
        True,
        True,
    ]
