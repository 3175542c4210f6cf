"""manage.py unlock_login NAME: lift a staff sign-in lockout early.

A lockout holds the account and, separately, every address its failed tries came from (so the
person would still be refused at their own desk if only the account were unlocked, as
`axes_reset_username` does). This lifts both and records it in the audit log.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from screening.audit import record
from screening.models import AuditAction
from screening.staff.lockout import unlock


class Command(BaseCommand):
    help = "Lift the sign-in lock on a staff user name and on the addresses its tries came from."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="+")

    def handle(self, *args, **options):
        for username in options["username"]:
            addresses = unlock(username)
            record(
                None,
                AuditAction.UNLOCKED,
                actor="manage.py unlock_login",
                user=username,
                addresses=addresses,
            )
            where = ", ".join(addresses) if addresses else "no address"
            self.stdout.write(f"Unlocked {username} ({where}).")
