"""Proof at start-up that the configured keys fit the database: never garbage on a page.

One row (`KeyCanary`) holds a known text encrypted under FIELD_ENCRYPTION_KEYS and its HMAC
under BLIND_INDEX_KEY. `verify_keys()` runs as a system check (runserver, migrate, check) and in
the WSGI entry point (gunicorn workers); a key that cannot open it, or a different index key,
stops the process with a message naming the variable.
"""

from __future__ import annotations

from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError

from . import crypto

CANARY_TEXT = "parolescreen-key-canary"


def verify_keys() -> None:
    """Raise ImproperlyConfigured when the keys do not fit; write the canary on first use."""
    from screening.models import KeyCanary

    try:
        canary = KeyCanary.objects.filter(pk=1).first()
    except DatabaseError:  # not migrated yet: nothing stored, nothing to check
        return
    if canary is None:
        KeyCanary.objects.get_or_create(pk=1, defaults=new_canary_values())
        return
    try:
        opened = crypto.decrypt(canary.token)
    except crypto.DecryptionError:
        opened = None
    if opened != CANARY_TEXT:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS cannot decrypt the data already in this database: "
            "set the key it was encrypted with (old keys may follow the newest, comma-separated)."
        )
    if canary.index_hash != crypto.keyed_hash("canary", CANARY_TEXT):
        raise ImproperlyConfigured(
            "BLIND_INDEX_KEY is not the key this database's search index was built with: "
            "set the original key (or rebuild the index with manage.py reencrypt)."
        )


def new_canary_values() -> dict:
    return {
        "token": crypto.encrypt(CANARY_TEXT),
        "index_hash": crypto.keyed_hash("canary", CANARY_TEXT),
    }


@register()
def keys_fit_the_database(app_configs, **kwargs):
    try:
        verify_keys()
    except ImproperlyConfigured as error:
        return [Error(str(error), id="screening.E001")]
    return []
