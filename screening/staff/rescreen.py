"""Re-screen a case under today's rules: show the difference, and let an attorney accept it."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from screening import labels
from screening.audit import record
from screening.models import AuditAction, SnapshotReason
from screening.rules import Answers, AnswersError, assess

from .diff import compare
from .permissions import REVIEW_CASE, VIEW_CASE, staff_required
from .views import _case, replace_result, today


@staff_required(VIEW_CASE)
@require_http_methods(["GET", "POST"])
def rescreen(request, reference):
    case = _case(request, reference)
    if request.method == "POST" and not request.user.has_perm(REVIEW_CASE):
        return HttpResponse(_("Only attorneys can accept a re-screen."), status=403)
    if not case.assessment:
        messages.error(request, _("A draft has no result to re-screen: finish the intake first."))
        return redirect("staff:case_detail", reference=case.reference)
    try:
        answers = Answers.from_dict(case.answers)
    except AnswersError as error:
        return render(
            request,
            "staff/rescreen.html",
            {"case": case, "answer_problems": sorted(error.problems)},
            status=409,
        )
    new = assess(answers, today())
    if request.method == "POST":
        with transaction.atomic():
            old_version, old_as_of = case.rules_version, case.as_of.isoformat()
            replace_result(case, case.answers, new, request.user, SnapshotReason.RESCREEN_ACCEPTED)
            record(
                request,
                AuditAction.RESCREEN_ACCEPTED,
                case,
                old_as_of=old_as_of,
                old_rules_version=old_version,
                new_as_of=new.as_of.isoformat(),
                new_rules_version=new.rules_version,
            )
        messages.success(request, _("The re-screen under today's rules is now the case's result."))
        return redirect("staff:case_detail", reference=case.reference)
    diff = compare(case.assessment, new.to_dict())
    record(
        request,
        AuditAction.RESCREEN_VIEWED,
        case,
        as_of=new.as_of.isoformat(),
        changed=diff.has_changes,
    )
    return render(
        request,
        "staff/rescreen.html",
        {
            "case": case,
            "diff": diff,
            "sections": diff_sections(diff),
            "urgency_old": labels.name(labels.URGENCIES, diff.urgency.old),
            "urgency_new": labels.name(labels.URGENCIES, diff.urgency.new),
            "can_review": request.user.has_perm(REVIEW_CASE),
        },
    )


def diff_sections(diff) -> list[dict]:
    """The diff's rows with plain names, ready for the side-by-side table."""

    def fee_text(value):
        if value is None:
            return ""
        parts = []
        if value.get("exempt"):
            exception = labels.name(labels.PAROLE_FEE_EXCEPTIONS, value.get("exception"))
            parts.append(_("exempt (%(exception)s)") % {"exception": exception})
        elif value.get("amount_usd") is not None:
            parts.append(f"${value['amount_usd']:,}")
            if value.get("online_amount_usd") is not None:
                parts.append(
                    _("%(amount)s online") % {"amount": f"${value['online_amount_usd']:,}"}
                )
        else:
            parts.append(_("amount not confirmed"))
        parts.append(str(labels.name(labels.FEE_DUE, value.get("due"))))
        if value.get("waivable"):
            parts.append(_("can be waived"))
        return "; ".join(str(p) for p in parts)

    def form_text(value):
        if value is None:
            return ""
        bits = [b for b in (value.get("part"), value.get("edition")) if b]
        return ", ".join(bits) if bits else _("needed")

    def present(value):
        return "" if value is None else _("shown")

    def have_text(value):
        if value is None:
            return ""
        return _("already on hand") if value else _("still needed")

    specs = [
        ("pathways", _("Pathways"), labels.PATHWAYS, lambda v: labels.name(labels.VERDICTS, v)),
        ("forms", _("Forms"), {}, form_text),
        ("fees", _("Fees"), labels.FEES, fee_text),
        ("flags", _("Warnings"), labels.FLAGS, present),
        ("evidence", _("Evidence"), labels.EVIDENCE, have_text),
    ]
    return [
        {
            "key": key,
            "title": title,
            "rows": [
                {
                    "id": row.id,
                    "name": labels.name(names, row.id) if names else row.id,
                    "old": render_value(row.old),
                    "new": render_value(row.new),
                    "change": row.change,
                }
                for row in diff.sections[key]
            ],
        }
        for key, title, names, render_value in specs
    ]
