"""What to do, in time order: the first screen of the result page and the PDF's first page lead
with it. Everything before filing comes first (what stops the request, legal help when nothing
can be filed, the documents, the forms); asking USCIS to expedite comes once it is filed."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy


def first_steps(context: dict[str, Any]) -> list[dict[str, Any]]:
    """[{text, target (the section id it leads to), after_filing}] in the order to do them."""
    steps: list[dict[str, Any]] = []
    for f in context["flags"]:
        if f["severity"] == "stop":
            text = _("Read this before anything else: %(heading)s.") % {"heading": f["heading"]}
            steps.append({"text": text, "target": "flags", "after_filing": False})
    forms = context["forms"]
    if not forms:
        text = _(
            "Talk to an immigration lawyer or accredited representative before you apply for "
            "anything."
        )
        steps.append({"text": text, "target": "legal_help", "after_filing": False})
    else:
        needed = len(context["evidence_needed"])
        if needed:
            text = ngettext_lazy(
                "Gather the document still needed.",
                "Gather the %(count)s documents still needed.",
                "count",
            ) % {"count": needed}
            steps.append({"text": text, "target": "evidence", "after_filing": False})
        ids = ", ".join(f["form"].id for f in forms)
        text = ngettext_lazy(
            "Fill in Form %(forms)s and send it.",
            "Fill in Forms %(forms)s and send them.",
            "count",
        ) % {"forms": ids, "count": len(forms)}
        steps.append({"text": text, "target": "forms", "after_filing": False})
    if any(f["id"] == "expedite_request" for f in context["flags"]) and forms:
        text = _("Once it is filed, ask USCIS to speed it up (an expedite request).")
        steps.append({"text": text, "target": "flags", "after_filing": True})
    return steps


def next_date(context: dict[str, Any]) -> dict[str, Any] | None:
    """The first date still ahead (a timeline item), or None."""
    return next((d for d in context["deadlines"] if not d["passed"]), None)
