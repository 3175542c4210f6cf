"""A case's earlier drafts: a draft replaced by a newer one is kept (`DraftSnapshot`), as an
earlier result is, and the case page lists them with what the newer draft changed."""

from __future__ import annotations

from screening.models import Case

from .conflicts import answer_changes


def draft_history_rows(case: Case) -> list[dict]:
    """Newest first: {snapshot, count (answers it held), changes (what replaced it changed)}."""
    snapshots = list(case.draft_snapshots.select_related("replaced_by")[:50])
    following = case.current_draft() or case.answers or {}
    rows = []
    for snapshot in snapshots:  # newest first: each was replaced by the one before it here
        rows.append(
            {
                "snapshot": snapshot,
                "count": len(snapshot.answers),
                "changes": answer_changes(snapshot.answers, following),
            }
        )
        following = snapshot.answers
    return rows
