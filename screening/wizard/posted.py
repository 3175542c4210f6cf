"""What a person posted on a wizard page."""

from __future__ import annotations


def typed(data, name: str) -> bool:
    """Whether the person typed or chose anything for this question (dates post name_0.._2)."""
    return any(
        value.strip()
        for key in data
        if key == name or key.startswith(f"{name}_")
        for value in data.getlist(key)
    )
