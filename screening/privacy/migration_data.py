"""Encrypting rows written before encryption at rest (used by migration 0004_privacy_*).

Kept here rather than in the migration so that the migration can be regenerated on top of other
branches' migrations by adding one line: `migrations.RunPython(encrypt_existing, noop)`.
"""

import json

# Columns that held plaintext before this migration: (table, column, holds JSON).
ENCRYPTED_COLUMNS = [
    ("screening_case", "client_name", False),
    ("screening_case", "client_contact", False),
    ("screening_case", "a_number", False),
    ("screening_case", "answers", True),
    ("screening_case", "draft_answers", True),
    ("screening_case", "assessment", True),
    ("screening_case", "verdict_summary", True),
    ("screening_casesnapshot", "answers", True),
    ("screening_casesnapshot", "assessment", True),
    ("screening_note", "body", False),
    ("screening_evidenceitem", "note", False),
]


def encrypt_existing(apps, schema_editor):
    """Encrypt every plaintext value left by earlier versions (ciphertext is left alone, so
    running it again, or on a database already encrypted, changes nothing)."""
    from screening.privacy.crypto import encrypt, is_ciphertext, name_index

    connection = schema_editor.connection
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table, column, holds_json in ENCRYPTED_COLUMNS:
            cursor.execute(f"SELECT id, {quote(column)} FROM {quote(table)}")  # noqa: S608
            for pk, value in cursor.fetchall():
                if value is None or is_ciphertext(value):
                    continue
                text = json.dumps(json.loads(value), ensure_ascii=False) if holds_json else value
                cursor.execute(
                    f"UPDATE {quote(table)} SET {quote(column)} = %s WHERE id = %s",  # noqa: S608
                    [encrypt(text), pk],
                )
    Case = apps.get_model("screening", "Case")
    for case in Case.objects.only("pk", "client_name"):
        Case.objects.filter(pk=case.pk).update(client_name_index=name_index(case.client_name))
