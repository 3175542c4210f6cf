"""`make bench`: prints the figures for every benchmark module (benchmarks/bench_*.py).

Each module has `run() -> list[str]`, lines to print. Targets are printed beside the figures;
nothing here fails a build: speed is measured, not asserted.
"""

import importlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parole_screen.settings")


def main() -> None:
    import django

    django.setup()
    names = sys.argv[1:] or sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}")
        for line in module.run():
            print(f"   {line}")


if __name__ == "__main__":
    main()
