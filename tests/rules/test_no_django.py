"""screening/rules is plain Python: no Django, nothing outside the stdlib and the package."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "screening" / "rules"
PACKAGE_NAME = "screening.rules"
MODULES = sorted(PACKAGE.rglob("*.py"))  # the pathways/ subpackage too


def module_name(path: Path) -> str:
    # a file elsewhere (the walker's own test) is read as a top-level module of the package
    where = path.relative_to(PACKAGE) if path.is_relative_to(PACKAGE) else Path(path.name)
    parts = [PACKAGE_NAME, *where.with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(path: Path) -> str:
    """The package a module's relative imports start from."""
    name = module_name(path)
    return name if path.stem == "__init__" else name.rpartition(".")[0]


def imported_names(path: Path) -> set[str]:
    """Absolute names of every module `path` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = package_of(path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                if node.module:
                    names.add(f"{prefix}.{node.module}")
                else:  # from . import x: x may be a submodule
                    names.update(f"{prefix}.{alias.name}" for alias in node.names)
            else:
                names.add(node.module or "")
    return names


def allowed(name: str) -> bool:
    top = name.split(".")[0]
    if name == PACKAGE_NAME or name.startswith(PACKAGE_NAME + "."):
        return True
    return top in sys.stdlib_module_names and top != "django"


def test_the_package_has_modules_to_check():
    assert {p.name for p in MODULES} >= {
        "__init__.py",
        "answers.py",
        "engine.py",
        "assessment.py",
        "version.py",
        "context.py",
    }
    assert PACKAGE / "pathways" / "__init__.py" in MODULES
    assert PACKAGE / "pathways" / "military.py" in MODULES
    assert PACKAGE / "knowledge" / "fees.py" in MODULES
    assert PACKAGE / "after_parole" / "adjustment.py" in MODULES


@pytest.mark.parametrize("path", MODULES, ids=[p.relative_to(PACKAGE).as_posix() for p in MODULES])
def test_rules_module_imports_only_the_stdlib_and_the_package(path):
    outside = sorted(name for name in imported_names(path) if not allowed(name))
    assert outside == [], f"{path.name} imports {outside}"


def test_every_relative_import_resolves_to_a_module_of_the_package():
    """Following the relative imports must land on files we checked, so nothing escapes."""
    known = {module_name(p) for p in MODULES}
    for path in MODULES:
        for name in imported_names(path):
            if name.startswith(PACKAGE_NAME + "."):
                # `from .x import y` names module x; `from . import x` names x itself
                assert name in known, f"{path.name}: {name}"


def test_relative_imports_in_the_subpackage_resolve_from_it():
    military = PACKAGE / "pathways" / "military.py"
    assert module_name(military) == "screening.rules.pathways.military"
    assert module_name(PACKAGE / "pathways" / "__init__.py") == "screening.rules.pathways"
    names = imported_names(military)
    assert {"screening.rules.knowledge", "screening.rules.pathways.common_reasons"} <= names


def test_the_walker_would_catch_a_django_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import json\nfrom django.conf import settings\nimport requests\n")
    assert sorted(n for n in imported_names(bad) if not allowed(n)) == ["django.conf", "requests"]


def test_importing_the_rules_loads_no_django():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    code = (
        "import screening.rules, sys; "
        "assert not any(m.startswith('django') for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('django'))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
