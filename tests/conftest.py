"""Shared fixtures. Feature folders keep their own conftest.py beside their tests."""

import json
from pathlib import Path

import pytest

SCENARIO_DIR = Path(__file__).parent / "scenarios"


def load_scenarios() -> list[dict]:
    return [
        json.loads(p.read_text()) | {"file": p.name} for p in sorted(SCENARIO_DIR.glob("*.json"))
    ]


@pytest.fixture
def scenarios() -> list[dict]:
    return load_scenarios()
