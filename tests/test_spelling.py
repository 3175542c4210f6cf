"""One spelling throughout: U.S. English in everything people read (templates, screening/)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRITISH = re.compile(
    r"\b\w*(centre|organis|favour|licence|colour|behaviour|honour|labour|neighbour|recognis"
    r"|realis|authoris|prioritis|summaris|apologis|minimis|utilis|categoris|analys[ei]"
    r"|defence|offence|programme|travell|cancell(?!ation)|judgement|whilst|amongst)\w*",
    re.IGNORECASE,
)


def test_no_british_spellings_in_templates_or_screening():
    files = [*ROOT.glob("templates/**/*.html"), *ROOT.glob("screening/**/*.py")]
    found = [
        f"{path.relative_to(ROOT)}:{number}: {match.group(0)}"
        for path in files
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in BRITISH.finditer(line)
    ]
    assert found == []


def test_the_pattern_catches_british_forms_but_not_us_words():
    assert BRITISH.search("cancelled") and BRITISH.search("favour")
    assert not BRITISH.search("cancellation of removal")  # the U.S. spelling and a legal term
