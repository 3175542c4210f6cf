"""The name index one row per word: what lets a name search use a database index.

`Case.client_name_index` holds the HMACs of a name's words and of their beginnings in one text
column; finding one of them means `LIKE '% hash %'` on every row, a scan of the whole table
(over 60 ms at 10,000 cases). `CaseNameWord` keeps the same HMACs, one per row, indexed, so a
search reads only the matching rows. It holds nothing the column does not: no name, no order.
The column stays the source; these rows are rebuilt from it (no decryption needed).
(docs/decisions/0013-case-list-name-order.md)
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

_BATCH = 2000


def words_of(index: str) -> set[str]:
    return set((index or "").split())


def sync_case(case_id: int, index: str) -> None:
    """Make one case's rows match its index column."""
    from screening.models import CaseNameWord

    with transaction.atomic():
        CaseNameWord.objects.filter(case_id=case_id).delete()
        CaseNameWord.objects.bulk_create(
            CaseNameWord(case_id=case_id, word=word) for word in sorted(words_of(index))
        )


def add_words(rows: Iterable[tuple[int, str]]) -> None:
    """Rows for new cases, (case id, index) pairs: for imports that skip `save()`."""
    from screening.models import CaseNameWord

    CaseNameWord.objects.bulk_create(
        (CaseNameWord(case_id=pk, word=word) for pk, index in rows for word in words_of(index)),
        batch_size=_BATCH,
    )


def rebuild(case_model=None, word_model=None) -> int:
    """Bring every case's rows in line with its index column (after `manage.py reencrypt`
    rewrote the column, or in a migration); the number of cases whose rows changed."""
    if case_model is None or word_model is None:
        from screening.models import Case as case_model
        from screening.models import CaseNameWord as word_model

    stored: dict[int, set[str]] = {}
    for case_id, word in word_model.objects.values_list("case_id", "word").iterator(_BATCH):
        stored.setdefault(case_id, set()).add(word)
    changed = 0
    for pk, index in case_model.objects.values_list("pk", "client_name_index").iterator(_BATCH):
        wanted = words_of(index)
        if stored.get(pk, set()) == wanted:
            continue
        changed += 1
        with transaction.atomic():
            word_model.objects.filter(case_id=pk).delete()
            word_model.objects.bulk_create(word_model(case_id=pk, word=w) for w in sorted(wanted))
    return changed
