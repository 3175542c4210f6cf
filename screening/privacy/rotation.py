"""Re-encrypting stored values under the newest key while the app serves (`manage.py reencrypt`).

- **Checks first, changes nothing unless they pass**: the configured keys must open the key
  canary and at least one of the values sampled from every encrypted column and the sessions.
  A wrong key on a database with nothing stored yet is refused by the canary; with no canary
  and nothing stored there is nothing to do, and nothing is written (not even a canary).
- **Small batches, each its own short transaction.** Values are read and re-encrypted outside
  any transaction; each batch of `BATCH` rows is then written in one, so a request that wants
  one of those rows waits a few milliseconds at most, never for the whole run.
- **Never over a row that changed after it was read.** Each row is written with a conditional
  UPDATE (every encrypted column still holding what was read); a row an applicant or staff
  member saved meanwhile is read again and re-encrypted from what they saved.
- **Never deletes anything.** A value no key opens (a session from before encryption) is left
  as it is and counted; `manage.py purge` deletes expired sessions.
- Rows already under the newest key are left alone, so running it again writes nothing, and a
  second pass after the first catches rows written meanwhile by a server still encrypting under
  an older key. The name index is rebuilt in the same writes (a new BLIND_INDEX_KEY).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.fernet import Fernet, InvalidToken
from django.apps import apps
from django.conf import settings
from django.db import connection, transaction

from . import crypto, name_words
from .canary import CANARY_TEXT, new_canary_values
from .fields import EncryptedJSONField, EncryptedTextField

BATCH = 20
RETRIES = 5
SAMPLE = 5  # values per column checked before anything is written
# SQLite has one write lock for the whole file, and a request waiting for it looks again every
# 100 ms at most: a longer pause after each batch lets it in, so batches cannot starve it.
SQLITE_PAUSE_S = 0.12


class KeysDoNotFit(Exception):
    """The keys cannot open what is stored: nothing was changed."""


@dataclass
class Table:
    label: str
    db_table: str
    pk: str
    columns: list[str]
    # extra plain columns computed from the decrypted values (the name index)
    derived: dict[str, Callable[[dict[str, str | None]], str]] = field(default_factory=dict)


@dataclass
class Counts:
    rotated: int = 0
    unreadable: int = 0
    retried: int = 0
    busy: int = 0


@dataclass
class Report:
    tables: dict[str, Counts] = field(default_factory=dict)
    longest_transaction_s: float = 0.0
    second_pass: int = 0
    canary: str = ""
    name_words: int = 0  # cases whose indexed name-word rows were rebuilt


def _name_index(values: dict[str, str | None]) -> str:
    name = values.get("client_name")
    return crypto.name_index(crypto.decrypt(name) if name else "")


def tables() -> list[Table]:
    """Every table with encrypted columns, and the sessions."""
    found = []
    for model in apps.get_models():
        columns = [
            f.column
            for f in model._meta.concrete_fields
            if isinstance(f, EncryptedTextField | EncryptedJSONField)
        ]
        if not columns:
            continue
        derived = {}
        if model._meta.label == "screening.Case":
            derived["client_name_index"] = _name_index
        found.append(
            Table(model._meta.label, model._meta.db_table, model._meta.pk.column, columns, derived)
        )
    found.append(Table("sessions", "django_session", "session_key", ["session_data"]))
    return found


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def _newest() -> Fernet:
    return Fernet(settings.FIELD_ENCRYPTION_KEYS[0])


def _under_newest(token: str) -> bool:
    try:
        _newest().decrypt(token.encode("ascii"))
    except (InvalidToken, UnicodeEncodeError):
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Checks before anything is written


def check_keys(all_tables: list[Table]) -> str:
    """Raise KeysDoNotFit unless the keys open the canary and a stored value; return what the
    canary needs: "keep", "rotate", "create" or "none" (nothing stored, no canary)."""
    from screening.models import KeyCanary

    canary = KeyCanary.objects.filter(pk=1).first()
    if canary is not None:
        try:
            opened = crypto.decrypt(canary.token)
        except crypto.DecryptionError:
            opened = None
        if opened != CANARY_TEXT:
            raise KeysDoNotFit(
                "FIELD_ENCRYPTION_KEYS cannot decrypt this database's key canary: they are not "
                "the keys its data was encrypted with (put the new key first and keep the old "
                "ones after it)"
            )
    sampled = opened_any = 0
    with connection.cursor() as cursor:
        for table in all_tables:
            for column in table.columns:
                cursor.execute(
                    f"SELECT {_q(column)} FROM {_q(table.db_table)} "  # noqa: S608
                    f"WHERE {_q(column)} IS NOT NULL LIMIT {SAMPLE}"
                )
                for (value,) in cursor.fetchall():
                    sampled += 1
                    opened_any += crypto.is_ciphertext(value)
    if sampled and not opened_any:
        raise KeysDoNotFit(
            f"FIELD_ENCRYPTION_KEYS open none of the {sampled} stored values checked: they are "
            "not the keys the data was encrypted with"
        )
    if canary is None:
        return "create" if sampled else "none"
    values = new_canary_values()
    if _under_newest(canary.token) and canary.index_hash == values["index_hash"]:
        return "keep"
    return "rotate"


# ---------------------------------------------------------------------------------------------
# Rewriting rows


def _new_values(table: Table, row: dict[str, str | None]) -> dict[str, str | None] | None:
    """What to write for one row (only what changes), {} when nothing does, None when a value
    cannot be decrypted (the row is left as it is)."""
    changes: dict[str, str | None] = {}
    try:
        for column in table.columns:
            value = row[column]
            if value is not None and not _under_newest(value):
                changes[column] = crypto.rotate(value)
        for column, make in table.derived.items():
            value = make(row)
            if value != row[column]:
                changes[column] = value
    except crypto.DecryptionError:
        return None
    return changes


def _select(table: Table) -> str:
    names = [table.pk, *table.columns, *table.derived]
    return f"SELECT {', '.join(_q(n) for n in names)} FROM {_q(table.db_table)}"  # noqa: S608


def _as_row(table: Table, values: tuple) -> dict:
    names = [table.pk, *table.columns, *table.derived]
    return dict(zip(names, values, strict=True))


def _write(cursor, table: Table, row: dict, changes: dict) -> bool:
    """One conditional UPDATE: only if every column still holds what was read."""
    sets = ", ".join(f"{_q(c)} = %s" for c in changes)
    conditions, params = [f"{_q(table.pk)} = %s"], [*changes.values(), row[table.pk]]
    for column in [*table.columns, *table.derived]:
        if row[column] is None:
            conditions.append(f"{_q(column)} IS NULL")
        else:
            conditions.append(f"{_q(column)} = %s")
            params.append(row[column])
    cursor.execute(
        f"UPDATE {_q(table.db_table)} SET {sets} WHERE {' AND '.join(conditions)}",  # noqa: S608
        params,
    )
    return cursor.rowcount == 1


def _retry(table: Table, pk, counts: Counts, report: Report) -> None:
    """A row that changed after it was read: read it again and re-encrypt what is there now."""
    for _ in range(RETRIES):
        counts.retried += 1
        with connection.cursor() as cursor:
            cursor.execute(f"{_select(table)} WHERE {_q(table.pk)} = %s", [pk])  # noqa: S608
            found = cursor.fetchone()
        if found is None:
            return  # deleted meanwhile (a session that ended): nothing to keep
        row = _as_row(table, found)
        changes = _new_values(table, row)
        if changes is None:
            counts.unreadable += 1
            return
        if not changes:
            return  # saved meanwhile under the newest key already
        with transaction.atomic(), connection.cursor() as cursor:
            started = time.monotonic()  # the write lock is held from here (not while waiting)
            written = _write(cursor, table, row, changes)
        report.longest_transaction_s = max(report.longest_transaction_s, time.monotonic() - started)
        if written:
            counts.rotated += 1
            return
    counts.busy += 1  # changing all the time: the second pass (or the next run) takes it


def rotate_table(table: Table, report: Report) -> Counts:
    counts = Counts()
    last = None
    while True:
        with connection.cursor() as cursor:
            where = f" WHERE {_q(table.pk)} > %s" if last is not None else ""
            cursor.execute(
                f"{_select(table)}{where} ORDER BY {_q(table.pk)} LIMIT {BATCH}",  # noqa: S608
                [last] if last is not None else [],
            )
            rows = [_as_row(table, values) for values in cursor.fetchall()]
        if not rows:
            return counts
        last = rows[-1][table.pk]
        planned = []
        for row in rows:  # decrypt and encrypt before the transaction, not inside it
            changes = _new_values(table, row)
            if changes is None:
                counts.unreadable += 1
            elif changes:
                planned.append((row, changes))
        if not planned:
            continue
        changed_meanwhile = []
        with transaction.atomic(), connection.cursor() as cursor:
            started = time.monotonic()  # the write lock is held from here (not while waiting)
            for row, changes in planned:
                if _write(cursor, table, row, changes):
                    counts.rotated += 1
                else:
                    changed_meanwhile.append(row[table.pk])
        report.longest_transaction_s = max(report.longest_transaction_s, time.monotonic() - started)
        for pk in changed_meanwhile:
            _retry(table, pk, counts, report)
        if connection.vendor == "sqlite":
            time.sleep(SQLITE_PAUSE_S)


def reencrypt() -> Report:
    """Check the keys, rewrite every table (twice: the second pass normally writes nothing),
    then move the canary to the newest key. Raises KeysDoNotFit before writing anything."""
    from screening.models import KeyCanary

    all_tables = tables()
    canary = check_keys(all_tables)
    report = Report()
    for table in all_tables:
        report.tables[table.label] = rotate_table(table, report)
    for table in all_tables:
        again = rotate_table(table, report)
        report.second_pass += again.rotated
        report.tables[table.label].busy = again.busy
    # the raw UPDATEs above rewrote `client_name_index` (a new BLIND_INDEX_KEY changes every
    # HMAC): its one-row-per-word copy follows
    report.name_words = name_words.rebuild()
    if canary in ("rotate", "create"):
        KeyCanary.objects.update_or_create(pk=1, defaults=new_canary_values())
    report.canary = canary
    return report
