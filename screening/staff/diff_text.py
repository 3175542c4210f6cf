"""The re-screen comparison in words: what staff read on the re-screen page and in a case's
history. `diff.py` finds what changed (ids and values); this names every id and value, in the
words about the client (`labels.name(..., about_client=True)`)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from screening.result import labels, timeline

from .diff import AssessmentDiff, Row, compare


def client_words(table: dict, key: str | None) -> str:
    """An id's words about the client: staff read the re-screen, never the applicant."""
    return str(labels.name(table, key, about_client=True))


def _usd(amount: int) -> str:
    return f"${amount:,}"


def fee_text(value: dict | None, fee_id: str) -> str:
    if value is None:
        return ""
    parts = []
    if value.get("exempt"):
        reason = labels.fee_exception_label(fee_id, value.get("exception"), about_client=True)
        parts.append(_("not charged: %(exception)s") % {"exception": reason})
    elif value.get("amount_usd") is not None:
        parts.append(_usd(value["amount_usd"]))
        if value.get("online_amount_usd") is not None:
            parts.append(_("%(amount)s online") % {"amount": _usd(value["online_amount_usd"])})
    else:
        parts.append(_("amount not confirmed"))
    parts.append(client_words(labels.FEE_DUE, value.get("due")))
    if value.get("waivable"):
        parts.append(_("can be waived"))
    return "; ".join(str(p) for p in parts)


def form_text(value: dict | None, _form_id: str) -> str:
    if value is None:
        return ""
    bits = [b for b in (value.get("part"), value.get("edition")) if b]
    return ", ".join(bits) if bits else _("needed")


def flag_text(value: str | None, _flag_id: str) -> str:
    return "" if value is None else client_words(labels.SEVERITIES, value)


def have_text(value: bool | None, _evidence_id: str) -> str:
    if value is None:
        return ""
    return _("already on hand") if value else _("still needed")


def verdict_text(value: str | None, _pathway_id: str) -> str:
    return client_words(labels.VERDICTS, value)


def form_name(form_id: str) -> str:
    return _("Form %(id)s") % {"id": form_id}


def grant_text(value: dict | None, _item_id: str) -> str:
    """An after-grant item's amounts in words ("given" when it names none)."""
    if value is None:
        return ""
    if not value:
        return _("given")
    return "; ".join(
        f"{client_words(labels.AFTER_GRANT_AMOUNTS, amount_id)}: "
        f"{_usd(amount) if amount is not None else _('amount not confirmed')}"
        for amount_id, amount in value.items()
    )


SPECS = (
    ("pathways", _("Pathways"), lambda i: client_words(labels.PATHWAYS, i), verdict_text),
    ("forms", _("Forms"), form_name, form_text),
    ("fees", _("Fees"), lambda i: client_words(labels.FEES, i), fee_text),
    ("flags", _("Warnings"), lambda i: client_words(labels.FLAGS, i), flag_text),
    ("evidence", _("Evidence"), lambda i: client_words(labels.EVIDENCE, i), have_text),
    (
        "deadlines",
        _("Deadlines"),
        lambda i: client_words(labels.DEADLINES, i),
        lambda day, _id: timeline.day_text(day),
    ),
    (
        "after_grant",
        _("Once the client is paroled"),
        lambda i: client_words(labels.AFTER_GRANT, i),
        grant_text,
    ),
)


def _row(row: Row, name, text) -> dict:
    return {
        "id": row.id,
        "name": str(name(row.id)),
        "old": text(row.old, row.id),
        "new": text(row.new, row.id),
        "change": row.change,
    }


def urgency_row(diff: AssessmentDiff) -> dict:
    def urgency_text(value, _id):
        return client_words(labels.URGENCIES, value)

    return _row(diff.urgency, lambda _id: _("Urgency"), urgency_text)


def diff_sections(diff: AssessmentDiff) -> list[dict]:
    """The diff's rows with plain names and values, ready for the side-by-side table."""
    return [
        {
            "key": key,
            "title": title,
            "rows": [
                _row(row, name, text)
                | {"words": timeline.moved_words(row.old, row.new) if key == "deadlines" else ""}
                for row in diff.sections[key]
            ],
        }
        for key, title, name, text in SPECS
    ]


def changed_rows(diff: AssessmentDiff) -> list[dict]:
    """Only what changed, urgency first, in words."""
    rows = [urgency_row(diff)] + [r for s in diff_sections(diff) for r in s["rows"]]
    return [row for row in rows if row["change"] != "same"]


def changed_ids(diff: AssessmentDiff) -> dict[str, list[str]]:
    """What changed as ids, for the audit entry (ids only, never answers)."""
    ids = {key: [row.id for row in diff.changed(key)] for key in diff.sections}
    if diff.urgency.change != "same":
        ids["urgency"] = [f"{diff.urgency.old}->{diff.urgency.new}"]
    return {key: value for key, value in ids.items() if value}


def history_rows(snapshots, current: dict | None) -> list[dict]:
    """Each earlier result (newest first) with what changed when the next result replaced it."""
    rows = []
    successor = current or {}
    for snapshot in snapshots:
        diff = compare(snapshot.assessment, successor)
        rows.append(
            {
                "snapshot": snapshot,
                "changes": changed_rows(diff),
                "rules_changed": diff.old_rules_version != diff.new_rules_version,
            }
        )
        successor = snapshot.assessment
    return rows
