"""The session engine: Django's database sessions with the session data Fernet-encrypted.

Django's own engine only signs and compresses the data (base64 + zlib), so anyone reading the
`django_session` table could read an applicant's answers. Here the column holds ciphertext under
FIELD_ENCRYPTION_KEYS, re-encrypted by `manage.py reencrypt` like every other field.
"""

from __future__ import annotations

import json
import logging

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.serializers.json import DjangoJSONEncoder
from django.db import InterfaceError, OperationalError

from .crypto import DecryptionError, decrypt, encrypt

logger = logging.getLogger("django.security.SuspiciousSession")


class SessionStore(DatabaseSessionStore):
    def save(self, must_create=False):
        """Django reads any database error while saving as "the session was deleted meanwhile"
        (UpdateError, answered 400 "something went wrong with that page"); when it is the
        database being out of reach (a restart), say so: a server error, which the person or
        their browser can simply try again, their answers still in the session."""
        try:
            return super().save(must_create)
        except UpdateError as error:
            if isinstance(error.__context__, OperationalError | InterfaceError):
                raise error.__context__ from None
            raise

    def encode(self, session_dict):
        return encrypt(json.dumps(session_dict, cls=DjangoJSONEncoder, separators=(",", ":")))

    def decode(self, session_data):
        try:
            return json.loads(decrypt(session_data))
        except (DecryptionError, ValueError):
            # A session from before encryption, or forged: start a fresh one (as Django does).
            logger.warning("Session data could not be decrypted; a new session was started.")
            return {}
