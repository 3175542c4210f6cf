"""manage.py reencrypt: every encrypted value under the newest key, and the name index rebuilt,
safe to run while the app serves (see `screening.privacy.rotation` for how).

Put a new key first in FIELD_ENCRYPTION_KEYS (keep the old ones after it), restart the app
servers, run this, then drop the old keys and restart again. It refuses to run, changing
nothing, when the keys cannot open the key canary or any stored value, and it never deletes.
"""

from __future__ import annotations

from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError

from screening.models import AuditAction, AuditEvent
from screening.privacy import rotation


class Command(BaseCommand):
    help = "Re-encrypt every stored value under the newest key and rebuild the name index."
    requires_system_checks = []  # the key check would stop the very command that fixes it

    def handle(self, *args, **options):
        try:
            report = rotation.reencrypt()
        except rotation.KeysDoNotFit as error:
            raise CommandError(f"{error}; nothing was changed") from None
        if report.canary == "none":
            self.stdout.write("Nothing is stored yet: there is nothing to re-encrypt.")
            return
        counts = {label: asdict(c) for label, c in report.tables.items()}
        AuditEvent.objects.create(
            action=AuditAction.KEYS_ROTATED,
            username="manage.py reencrypt",
            detail={"tables": counts, "second_pass": report.second_pass},
        )
        for label, c in report.tables.items():
            line = f"{label}: {c.rotated} re-encrypted"
            if c.retried:
                line += f" ({c.retried} read again: they changed while this ran)"
            self.stdout.write(line)
            if c.unreadable:
                self.stdout.write(
                    f"  {c.unreadable} could not be decrypted with these keys and were left as "
                    "they are (nothing is deleted; purge removes expired sessions)"
                )
        if report.name_words:
            self.stdout.write(f"Cases whose name-search rows were rebuilt: {report.name_words}.")
        self.stdout.write(
            f"Longest transaction: {report.longest_transaction_s * 1000:.0f} ms "
            f"(the longest a request could have waited on this command)."
        )
        busy = sum(c.busy for c in report.tables.values())
        if report.second_pass or busy:
            self.stdout.write(
                f"A second pass re-encrypted {report.second_pass} more (written meanwhile); "
                f"{busy} kept changing. If this repeats, an app server still has an older key "
                "first: restart it with the new key first, then run this again."
            )
