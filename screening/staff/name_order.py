"""The case list's name order, without a plaintext or order-revealing column.

Names are encrypted at rest and the database keeps nothing that reveals their order (no sort
key, no prefix, no order-preserving encryption): sorting by name means decrypting. Decrypting
10,000 names at every request took over 250 ms, so each app process keeps the sort keys it has
decrypted, and their rank, in its own memory only (never in the database, the shared cache or a
file). Every write of a name moves the case's `updated_at` (auto_now) and stores a new token
(every encryption is new), so a request reads `updated_at` of the cases written since the last
it saw, with a margin for transactions that commit late (from the column's index alone); for
the cases whose `updated_at` moved it reads the token's tail (its HMAC, no decryption), decrypts
only those whose token changed, then orders the filtered ids by rank.
(docs/decisions/0013-case-list-name-order.md)
"""

from __future__ import annotations

import datetime as dt
import threading

from django.db.models import F, QuerySet, TextField
from django.db.models.functions import Cast, Right
from django.utils import timezone

from screening.privacy.crypto import name_tokens

# The last characters of a Fernet token are its HMAC: new at every encryption of the name.
FINGERPRINT = Right(Cast(F("client_name"), output_field=TextField()), 16)
# `updated_at` as the database prints it: compared, never parsed (parsing 10,000 cost 40 ms).
STAMP = Cast(F("updated_at"), output_field=TextField())
# A save is stamped when it is made and seen when it commits: look back this far.
LATE_COMMIT = dt.timedelta(minutes=10)
_BATCH = 500


class _Memory:
    def __init__(self):
        self.lock = threading.Lock()
        self.keys: dict[int, tuple] = {}  # pk -> sort key
        self.marks: dict[int, str] = {}  # pk -> fingerprint of the token it was read from
        self.stamps: dict[int, str] = {}  # pk -> updated_at when that fingerprint was read
        self.rank: dict[int, int] = {}  # pk -> place in name order
        self.seen_until: dt.datetime | None = None  # names written before this are known


_memory = _Memory()


def sort_key(name: str) -> tuple:
    """Case- and accent-insensitive, word by word; the name itself breaks ties."""
    return (" ".join(name_tokens(name)), name)


def _learn(model, pks: list[int]) -> bool:
    """Read the token's tail of the cases given, decrypt the names whose token changed; True
    when any sort key changed."""
    stale = []
    for start in range(0, len(pks), _BATCH):
        rows = model.objects.filter(pk__in=pks[start : start + _BATCH]).order_by()
        for pk, mark, stamp in rows.values_list("pk", FINGERPRINT.copy(), STAMP.copy()):
            _memory.stamps[pk] = stamp
            if _memory.marks.get(pk) != mark:
                stale.append(pk)
    changed = False
    for start in range(0, len(stale), _BATCH):
        rows = model.objects.filter(pk__in=stale[start : start + _BATCH]).order_by()
        for pk, name, mark in rows.values_list("pk", "client_name", FINGERPRINT.copy()):
            key = sort_key(name or "")
            _memory.marks[pk] = mark
            if _memory.keys.get(pk) != key:
                _memory.keys[pk] = key
                changed = True
    return changed


def _rerank() -> None:
    ordered = sorted(_memory.keys, key=lambda pk: (_memory.keys[pk], pk))
    _memory.rank = {pk: place for place, pk in enumerate(ordered)}


def ids_in_name_order(cases: QuerySet) -> list[int]:
    """The ids of `cases` in name order (then by id)."""
    model = cases.model
    ids = list(cases.order_by().values_list("pk", flat=True))
    with _memory.lock:
        # whatever was stamped before this is committed by now, so read once it is known
        known_until = timezone.now() - LATE_COMMIT
        written = model.objects.order_by()
        if _memory.seen_until is not None:
            written = written.filter(updated_at__gte=_memory.seen_until)
        stamps = dict(written.values_list("pk", STAMP.copy()))
        changed = False
        if not stamps.items() <= _memory.stamps.items():  # some were written again
            moved = [pk for pk, stamp in stamps.items() if _memory.stamps.get(pk) != stamp]
            changed = _learn(model, moved)
        _memory.seen_until = known_until
        unknown = [pk for pk in ids if pk not in _memory.keys]  # not expected
        changed |= _learn(model, unknown)
        if changed:
            _rerank()
        rank = _memory.rank
        return sorted((pk for pk in ids if pk in rank), key=rank.__getitem__)


def forget() -> None:
    """Drop every kept sort key (tests; a process that must hold no names)."""
    with _memory.lock:
        _memory.__init__()
