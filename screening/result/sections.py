"""The result's sections, in one list: the result page folds each one and lists it in its
contents, the PDF and the staff case page print them in this order.

A new section is one `Section` here (its partial opens with an `<h2>`, like the others, and reads
the context keys listed in templates/partials/README.md); `shows` says whether it has anything to
show for this result, `lead` that the PDF and the staff page print it near the top instead of
among the rest. Titles speak to the applicant: only the applicant's page shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from screening.result.sources import section_sources


def _always(context: dict[str, Any]) -> bool:
    return True


@dataclass(frozen=True)
class Section:
    id: str
    template: str
    title: Any  # a lazy translation: the contents entry and the fold's heading
    shows: Callable[[dict[str, Any]], bool] = _always
    lead: bool = False


SECTIONS: tuple[Section, ...] = (
    Section(
        "dates",
        "partials/deadlines.html",
        _("Dates that matter"),
        lambda c: bool(c["deadlines"]),
        lead=True,
    ),
    Section(
        "lead_routes",
        "partials/lead_routes.html",
        _("Look at this route first"),
        lambda c: bool(c.get("lead_alternatives")),
    ),
    Section("pathways", "partials/pathways.html", _("Parole pathways for your situation")),
    Section("flags", "partials/flags.html", _("Things to watch"), lambda c: bool(c["flags"])),
    Section("forms", "partials/forms.html", _("Forms"), lambda c: bool(c["forms"])),
    Section("fees", "partials/fees.html", _("Fees"), lambda c: bool(c["fees"])),
    Section(
        "evidence",
        "partials/evidence.html",
        _("Documents to gather"),
        lambda c: bool(c["evidence_needed"] or c["evidence_have"]),
    ),
    Section(
        "alternatives",
        "partials/alternatives.html",
        _("Other options to ask about"),
        lambda c: bool(c["alternatives"]),
    ),
    Section(
        "after_grant",
        "partials/after_grant.html",
        _("If you are paroled"),
        lambda c: bool(c.get("after_grant")),
    ),
    Section("next_steps", "partials/next_steps.html", _("What happens next")),
    Section("parole_context", "partials/parole_context.html", _("Parole is not a visa")),
    Section("legal_help", "partials/legal_help.html", _("Where to find legal help")),
)


def result_sections(context: dict[str, Any]) -> list[dict[str, Any]]:
    """The sections this result shows, in order: [{id, template, title, lead, sources}]; the
    sources are the section's one "Where this comes from" (empty when shown inline)."""
    sources = {} if context["show_sources_inline"] else section_sources(context)
    return [
        {
            "id": s.id,
            "template": s.template,
            "title": s.title,
            "lead": s.lead,
            "sources": sources.get(s.id, []),
        }
        for s in SECTIONS
        if s.shows(context)
    ]
