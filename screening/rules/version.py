"""`RULES_VERSION`: the date the facts were last verified plus a digest of the rules' code and data.

Any change to a rule or a dated value changes the digest, so a saved screening always says which
rule set produced it and can be re-screened when the law moves.
"""

import hashlib
from pathlib import Path

from .knowledge import VERIFIED

_HERE = Path(__file__).resolve().parent
# Every module the rules are made of, the pathways/ subpackage included (paths relative to _HERE);
# not this file, nor the docs renderer.
_SOURCES = tuple(
    sorted(
        path.relative_to(_HERE).as_posix()
        for path in _HERE.rglob("*.py")
        if path.name not in ("version.py", "schema_doc.py")
    )
)


def _digest() -> str:
    sha = hashlib.sha256()
    for name in _SOURCES:
        sha.update(name.encode())
        sha.update((_HERE / name).read_bytes())
    return sha.hexdigest()[:12]


RULES_VERSION = f"{VERIFIED.isoformat()}+{_digest()}"
