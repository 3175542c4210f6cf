"""The conflict page's facts: what was saved since a form was opened, and the form again with
this person's changes put on top of the case as it is now.

Forms that edit stored values (client details, the evidence tracker) render each field with its
hidden initial value (Django's `show_hidden_initial`), so a post says both what the person saw
and what they typed: their changes are the fields that differ from what they saw, the other
person's are the fields where the case now differs from it.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from screening.models import AuditAction, AuditEvent, Case, Status
from screening.questions import describe_answers

from .versions import VERSION_FIELD

# Audit actions of saves that move a case's version (`record_change` writes the version).
CHANGE_ACTIONS = (
    AuditAction.CASE_EDITED,
    AuditAction.DRAFT_SAVED,
    AuditAction.ANSWERS_SAVED,
    AuditAction.STATUS_CHANGED,
    AuditAction.EVIDENCE_UPDATED,
    AuditAction.RESCREEN_ACCEPTED,
    AuditAction.REVIEWED,
    AuditAction.SAVED_SCREENING_IMPORTED,
)
DETAIL_FIELD_LABELS = {
    "client_name": gettext_lazy("Client's name"),
    "client_contact": gettext_lazy("Client's contact details"),
    "a_number": gettext_lazy("A-number"),
    "assigned_to": gettext_lazy("Assigned to"),
}


def _status(value: str | None) -> str:
    return str(dict(Status.choices).get(value, value or ""))


def _what(event: AuditEvent) -> str:
    """One change in words (ids and staff choices only, as the audit log holds)."""
    detail = event.detail or {}
    if event.action == AuditAction.STATUS_CHANGED:
        return _("%(what)s: from %(old)s to %(new)s") % {
            "what": event.get_action_display(),
            "old": _status(detail.get("old")),
            "new": _status(detail.get("new")),
        }
    if event.action == AuditAction.CASE_EDITED and detail.get("fields"):
        names = [str(DETAIL_FIELD_LABELS.get(f, f)) for f in detail["fields"]]
        return _("%(what)s: %(fields)s") % {
            "what": event.get_action_display(),
            "fields": ", ".join(names),
        }
    if event.action == AuditAction.EVIDENCE_UPDATED and detail.get("items"):
        count = len(detail["items"])
        return ngettext("%(what)s: %(count)d document", "%(what)s: %(count)d documents", count) % {
            "what": event.get_action_display(),
            "count": count,
        }
    return str(event.get_action_display())


def changes_since(case: Case, opened_at: int | None) -> list[dict]:
    """The saves that moved the case past `opened_at`, oldest first: {at, who, what} (none
    when the page did not say which version it was opened at)."""
    if opened_at is None:
        return []
    since = opened_at
    events = AuditEvent.objects.filter(case_reference=case.reference, action__in=CHANGE_ACTIONS)
    rows = []
    for event in events[:50]:  # newest first; a form is rarely more than a few saves behind
        version = (event.detail or {}).get("version")
        if isinstance(version, int) and version > since:
            rows.append({"at": event.at, "who": event.username, "what": _what(event)})
    return rows[::-1]


def conflict_context(case: Case, opened_at: int | None, **extra) -> dict:
    return {
        "conflict": {
            "changes": changes_since(case, opened_at),
            "version": case.version,
            "last_by": case.updated_by.get_username() if case.updated_by else "",
            "last_at": case.updated_at,
        }
        | extra
    }


# ---------------------------------------------------------------------------------------------
# Forms whose fields carry what the person saw (show_hidden_initial)


def _shown(form, name: str, raw) -> str:
    """A field's value as a person reads it (a user's name for a user's id)."""
    field = form.fields[name]
    if raw in (None, ""):
        return ""
    queryset = getattr(field, "queryset", None)
    if queryset is not None:
        chosen = queryset.filter(pk=raw).first() if str(raw).isdigit() else None
        return field.label_from_instance(chosen) if chosen else ""
    choices = dict(getattr(field, "choices", ()) or ())
    return str(choices.get(raw, raw))


def rebase(posted_form, fresh_form, version: int, label_of=None) -> tuple[dict, list[dict]]:
    """Form data for the case as it is now with this person's changes on top, and one row per
    field the other person changed: {name, label, seen, now, mine} (display strings; `mine` is
    None when this person left the field as they found it).

    `posted_form` is the refused post (it holds what the person saw, as hidden initial values);
    `fresh_form` is the same form, unbound, on the case as it is now (its fields decide).
    """
    data, rows = {VERSION_FIELD: str(version)}, []
    for name in fresh_form.fields:
        if name not in posted_form.fields:
            continue
        posted, fresh = posted_form[name], fresh_form[name]
        field = posted_form.fields[name]
        seen_raw = posted_form.data.get(posted.html_initial_name, "")
        mine_raw = posted_form.data.get(posted.html_name, "")
        now = fresh.value()
        now = "" if now is None else now
        theirs_changed = field.has_changed(now, seen_raw)
        mine_changed = name in posted_form.changed_data
        data[fresh.html_initial_name] = now
        data[fresh.html_name] = mine_raw if mine_changed else now
        if theirs_changed:
            rows.append(
                {
                    "name": name,
                    "label": label_of(name) if label_of else field.label,
                    "seen": _shown(fresh_form, name, seen_raw),
                    "now": _shown(fresh_form, name, now),
                    "mine": _shown(fresh_form, name, mine_raw) if mine_changed else None,
                }
            )
    return data, rows


# ---------------------------------------------------------------------------------------------
# The intake: answers (the base the intake was opened from is kept in the session)


NOT_ANSWERED = _("not answered")


def answer_changes(before: dict, after: dict) -> list[dict]:
    """{question, before, after} for each answer that differs, in the wizard's order."""
    old = {row.key: row for row in describe_answers(before)}
    new = {row.key: row for row in describe_answers(after)}
    keys = [row.key for row in describe_answers(before | after)]
    rows = []
    for key in keys:
        if before.get(key, "absent") == after.get(key, "absent"):
            continue
        row = new.get(key) or old.get(key)
        rows.append(
            {
                "question": row.question,
                "before": old[key].answer if key in old else str(NOT_ANSWERED),
                "after": new[key].answer if key in new else str(NOT_ANSWERED),
            }
        )
    return rows


def reapply(base: dict, mine: dict, now: dict) -> dict:
    """The case's answers now, with every answer this person changed (from `base`, what the
    intake was opened with) set as they gave it, and the ones they removed removed."""
    merged = dict(now)
    for key in base.keys() | mine.keys():
        if key in mine and (key not in base or base[key] != mine[key]):
            merged[key] = mine[key]
        elif key not in mine and key in base:
            merged.pop(key, None)
    return merged
