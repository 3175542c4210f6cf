"""manage.py reencrypt: every encrypted value under the newest key, and the name index rebuilt.

Put a new key first in FIELD_ENCRYPTION_KEYS (keep the old ones after it), run this, then drop
the old keys. Every encrypted field of every model, the sessions and the key canary are
rewritten; the blind index is rebuilt from the decrypted names (so a new BLIND_INDEX_KEY can be
brought in the same way). Safe to run again: it only rewrites ciphertext as ciphertext.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from screening.models import AuditAction, AuditEvent, Case, KeyCanary
from screening.privacy import crypto
from screening.privacy.canary import new_canary_values
from screening.privacy.fields import EncryptedJSONField, EncryptedTextField

BATCH = 500


def encrypted_columns():
    """(model, [field names]) for every model with encrypted fields."""
    for model in apps.get_models():
        names = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, EncryptedTextField | EncryptedJSONField)
        ]
        if names:
            yield model, names


def rotate_rows(model, columns: list[str]) -> int:
    """Rewrite the raw ciphertext of `columns` under the newest key; return the rows changed.

    Raw SQL: MultiFernet.rotate works on the token itself, so no model code (save(), auto_now
    dates, signals) runs and `updated_at` keeps meaning "changed by a person"."""
    from django.db import connection

    table = connection.ops.quote_name(model._meta.db_table)
    pk = connection.ops.quote_name(model._meta.pk.column)
    quoted = [connection.ops.quote_name(model._meta.get_field(c).column) for c in columns]
    changed = 0
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {pk}, {', '.join(quoted)} FROM {table}")  # noqa: S608
        rows = cursor.fetchall()
        for row in rows:
            values = [None if v is None else crypto.rotate(v) for v in row[1:]]
            sets = ", ".join(f"{column} = %s" for column in quoted)
            cursor.execute(
                f"UPDATE {table} SET {sets} WHERE {pk} = %s",  # noqa: S608
                [*values, row[0]],
            )
            changed += 1
    return changed


class Command(BaseCommand):
    help = "Re-encrypt every stored value under the newest key and rebuild the name index."
    requires_system_checks = []  # the key check would stop the very command that fixes it

    def handle(self, *args, **options):
        counts = {}
        try:
            with transaction.atomic():
                for model, columns in encrypted_columns():
                    counts[model._meta.label] = rotate_rows(model, columns)
                counts["sessions"] = self.rotate_sessions()
                for case in Case.objects.only("pk", "client_name").iterator(chunk_size=BATCH):
                    Case.objects.filter(pk=case.pk).update(
                        client_name_index=crypto.name_index(case.client_name)
                    )
                KeyCanary.objects.update_or_create(pk=1, defaults=new_canary_values())
                AuditEvent.objects.create(
                    action=AuditAction.KEYS_ROTATED, username="manage.py reencrypt", detail=counts
                )
        except crypto.DecryptionError as error:
            raise CommandError(f"{error}; nothing was changed") from None
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count} re-encrypted")

    def rotate_sessions(self) -> int:
        count = 0
        for session in Session.objects.all().iterator(chunk_size=BATCH):
            try:
                token = crypto.rotate(session.session_data)
            except crypto.DecryptionError:
                session.delete()  # from before encryption: unreadable by design, dropped
                continue
            Session.objects.filter(pk=session.pk).update(session_data=token)
            count += 1
        return count
