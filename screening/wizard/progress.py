"""Where she is and what still counts: the progress sections, and documents set aside.

`progress(step)` is the USWDS step indicator's model: the four named sections of
`screening.questions.SECTIONS` (never more, never fewer) and which one this page is in.
`set_aside_evidence(values, aside, relevant)` keeps only the documents that still count.
"""

from __future__ import annotations

import functools
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import get_language

from screening.questions import SECTION_OF_STEP, SECTIONS


def progress(step: str | None) -> dict[str, Any]:
    """The sections, each complete, current or to come; None (or check) is the last one."""
    current = SECTION_OF_STEP.get(step or "", SECTIONS[-1].name)
    index = next(i for i, section in enumerate(SECTIONS) if section.name == current)
    return {
        "number": index + 1,
        "total": len(SECTIONS),
        "title": SECTIONS[index].title,
        "sections": _sections(index),
        "html": _indicator_html(index, get_language() or ""),
    }


def _sections(index: int) -> list[dict[str, Any]]:
    return [
        {
            "title": section.title,
            "state": "complete" if i < index else "current" if i == index else "",
        }
        for i, section in enumerate(SECTIONS)
    ]


@functools.lru_cache(maxsize=32)
def _indicator_html(index: int, language: str) -> str:
    """The step indicator drawn once per section and language (it is the same on every page
    of a section): a template loop on every page cost the steps about a tenth of their time."""
    context = {"number": index + 1, "total": len(SECTIONS), "title": SECTIONS[index].title}
    return render_to_string(
        "includes/step_indicator.html", {"progress": context | {"sections": _sections(index)}}
    )


def set_aside_evidence(values: dict, aside: dict, relevant: list[str]) -> bool:
    """Documents held that no longer count (their reason was unticked) move to `aside`; set
    aside ones that count again come back. False when she held some and none is left."""
    held = values["evidence_on_hand"]
    earlier = aside.pop("evidence_on_hand", [])
    kept = [i for i in held if i in relevant]
    kept += [i for i in earlier if i in relevant and i not in kept]
    stale = [i for i in dict.fromkeys([*held, *earlier]) if i not in relevant]
    if stale:
        aside["evidence_on_hand"] = stale
    values["evidence_on_hand"] = kept
    return bool(kept) or not held
