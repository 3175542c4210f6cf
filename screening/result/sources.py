"""Every source a result rests on, with what it backs: grouped by the section it belongs to (the
result page's one "Where this comes from" per section) and once each, in page order (the PDF's
sources section)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from screening.result.labels import FLAGS, name


def section_sources(context: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """{section id: [{source, about [names], confidence, verified}]}, each source once per
    section, in page order."""
    found: dict[str, dict[str, dict[str, Any]]] = {}

    def add(section: str, about: Any, source: str, confidence: Any = "", verified=None) -> None:
        if not source:
            return
        entry = found.setdefault(section, {}).setdefault(
            source, {"source": source, "about": [], "confidence": confidence, "verified": verified}
        )
        if about not in entry["about"]:
            entry["about"].append(about)

    for d in context["deadlines"]:
        add("dates", d["name"], d["deadline"].source, "", d["deadline"].verified_on)
    for p in context["pathways"]:
        for r in p["reasons"]:
            add("pathways", p["name"], r["source"])
    if context["urgency"]["expedite"]:
        expedite = name(FLAGS, "expedite_request", context["about_client"])
        add("flags", expedite, context["urgency"]["expedite"].source)
    for f in context["flags"]:
        add("flags", f["heading"], f["flag"].source)
    for f in context["forms"]:
        form = _("Form %(id)s") % {"id": f["form"].id}
        add("forms", form, f["form"].source, "", f["form"].verified_on)
    for f in context["fees"]:
        add("fees", f["name"], f["fee"].source, f["confidence_label"], f["fee"].verified_on)
    for a in context["alternatives"]:
        add("alternatives", a["name"], a["alternative"].source)
    for a in context.get("lead_alternatives", ()):
        add("lead_routes", a["name"], a["alternative"].source)
    for i in context.get("after_grant", ()):
        add(
            "after_grant", i["name"], i["item"].source, i["confidence_label"], i["item"].verified_on
        )
    return {section: list(entries.values()) for section, entries in found.items()}


def result_sources(context: dict[str, Any]) -> list[dict[str, Any]]:
    """Every source the result rests on, once, in page order, with what it backs: the PDF's
    "Where this comes from" section."""
    merged: dict[str, dict[str, Any]] = {}
    for entries in section_sources(context).values():
        for e in entries:
            entry = merged.setdefault(e["source"], {**e, "about": []})
            entry["about"] += [a for a in e["about"] if a not in entry["about"]]
    return list(merged.values())
