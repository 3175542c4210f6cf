"""Model fields whose column holds only Fernet ciphertext (see `crypto`).

The column is text. Values are encrypted on the way in and decrypted on the way out; the
database can neither search nor sort them, so lookups other than `isnull` are refused (use the
blind index for names). A value no configured key opens raises `DecryptionError`: never garbage.
"""

from __future__ import annotations

import json

from django import forms
from django.core.exceptions import FieldError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models.lookups import IsNull
from django.utils.functional import cached_property

from .crypto import decrypt, encrypt


class _Encrypted:
    def get_lookup(self, lookup_name):
        if lookup_name != "isnull":
            raise FieldError(
                f"{type(self).__name__} {self.name!r} is encrypted: it cannot be searched"
            )
        return IsNull

    def get_transform(self, lookup_name):
        return None


class EncryptedTextField(_Encrypted, models.TextField):
    """Free text (a note): a textarea in forms."""

    def from_db_value(self, value, expression, connection):
        return None if value is None else decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return None if value is None else encrypt(str(value))


class EncryptedCharField(EncryptedTextField):
    """A short text (a name, an A-number): a one-line input in forms, `max_length` enforced."""

    @cached_property
    def validators(self):
        if self.max_length is None:
            return super().validators
        return [*super().validators, MaxLengthValidator(self.max_length)]

    def formfield(self, **kwargs):
        return models.Field.formfield(self, **{"max_length": self.max_length, **kwargs})


class EncryptedJSONField(_Encrypted, models.TextField):
    """JSON (answers, an assessment): stored as the ciphertext of its JSON text."""

    def from_db_value(self, value, expression, connection):
        return None if value is None else json.loads(decrypt(value))

    def to_python(self, value):
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value

    def get_prep_value(self, value):
        if value is None:
            return None
        return encrypt(json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False))

    def value_to_string(self, obj):
        return json.dumps(self.value_from_object(obj), cls=DjangoJSONEncoder)

    def formfield(self, **kwargs):
        return models.Field.formfield(self, **{"form_class": forms.JSONField, **kwargs})
