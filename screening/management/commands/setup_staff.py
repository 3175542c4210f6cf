"""Create the staff groups and, optionally, one staff user.

    python manage.py setup_staff
    STAFF_PASSWORD=... python manage.py setup_staff --username maria --role paralegal

The password comes from the STAFF_PASSWORD environment variable or a prompt, never from the
command line (where other users and shell history could see it).
"""

import getpass
import os

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from screening.staff.permissions import ATTORNEY, PARALEGAL, ensure_groups

ROLES = (PARALEGAL, ATTORNEY, "admin")


class Command(BaseCommand):
    help = "Create the paralegal and attorney groups and, with --username, a staff user."

    def add_arguments(self, parser):
        parser.add_argument("--username", help="create or update this user")
        parser.add_argument("--role", choices=ROLES, help="the user's role")
        parser.add_argument("--email", default="", help="the user's email address")

    def handle(self, *args, username=None, role=None, email="", **options):
        if bool(username) != bool(role):
            raise CommandError("--username and --role go together")
        with transaction.atomic():
            groups = ensure_groups()
        self.stdout.write(f"Groups ready: {', '.join(sorted(groups))}.")
        if not username:
            return
        password = os.environ.get("STAFF_PASSWORD") or self._prompt_password()
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first() or user_model(username=username)
        try:
            password_validation.validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        with transaction.atomic():
            user.email = email or user.email
            user.set_password(password)
            user.is_staff = role == "admin"
            user.is_superuser = role == "admin"
            user.save()
            user.groups.remove(*groups.values())
            if role in groups:
                user.groups.add(groups[role])
        self.stdout.write(f"User {username} is ready with the role {role}.")

    def _prompt_password(self) -> str:
        try:
            first = getpass.getpass("Password: ")
            second = getpass.getpass("Password (again): ")
        except EOFError:
            raise CommandError("set STAFF_PASSWORD or run the command in a terminal") from None
        if not first or first != second:
            raise CommandError("the two passwords are empty or differ")
        return first
