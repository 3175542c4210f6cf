"""Every source a result rests on, once, in page order, with what it backs (the PDF's "Where
this comes from" section)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from screening.result.labels import FLAGS, name


def result_sources(context: dict[str, Any]) -> list[dict[str, Any]]:
    """Every source the result rests on, once, in page order, with what it backs: the PDF's
    "Where this comes from" section (the page folds each one under its statement)."""
    found: dict[str, dict[str, Any]] = {}

    def add(about: Any, source: str, confidence: Any = "", verified: Any = None) -> None:
        if not source:
            return
        entry = found.setdefault(
            source, {"source": source, "about": [], "confidence": confidence, "verified": verified}
        )
        if about not in entry["about"]:
            entry["about"].append(about)

    if context["urgency"]["expedite"]:
        expedite = name(FLAGS, "expedite_request", context["about_client"])
        add(expedite, context["urgency"]["expedite"].source)
    for p in context["pathways"]:
        for r in p["reasons"]:
            add(p["name"], r["source"])
    for f in context["flags"]:
        add(f["heading"], f["flag"].source)
    for f in context["forms"]:
        add(_("Form %(id)s") % {"id": f["form"].id}, f["form"].source, "", f["form"].verified_on)
    for f in context["fees"]:
        add(f["name"], f["fee"].source, f["confidence_label"], f["fee"].verified_on)
    for a in context["alternatives"]:
        add(a["name"], a["alternative"].source)
    for i in context.get("after_grant", ()):
        add(i["name"], i["item"].source, i["confidence_label"], i["item"].verified_on)
    return list(found.values())
