"""The shared cache with Redis as a helper, not a single point of failure.

With REDIS_URL set, the `default` cache is this: every call goes to Redis (the `redis` cache)
and, when Redis cannot be reached, to the database cache table (the `database` cache) instead,
which every app server shares too. After a failure Redis is left alone for `RETRY_AFTER`
seconds, so a request never waits on a dead server more than once per that time per process.

What uses the cache: the resume-code limits and the password-reset limits (django-ratelimit).
Sign-in lockouts are rows in the database (`screening.staff.lockout`) and never depend on it.
What is lost when Redis goes away: the counts it held (a person gets fresh tries, counted in the
table from then on), and the table's counts are not carried back when Redis returns.

When the table cannot be used either, a call raises `CacheUnavailable`; the resume-code page
then refuses to check codes, with a message, rather than check them without a limit.
"""

from __future__ import annotations

import logging
import time

from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.db import DatabaseError

logger = logging.getLogger(__name__)
RETRY_AFTER = 30.0  # seconds


class CacheUnavailable(Exception):
    """Neither Redis nor the database cache table answered."""


def _connection_errors() -> tuple[type[BaseException], ...]:
    import redis

    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)


class FailoverCache(BaseCache):
    """OPTIONS: PRIMARY (an alias, Redis) and FALLBACK (an alias, the database table)."""

    _down_until = 0.0  # per process: when to try the primary again

    def __init__(self, location, params):
        options = dict(params.get("OPTIONS") or {})
        self.primary = options.pop("PRIMARY")
        self.fallback = options.pop("FALLBACK")
        super().__init__({**params, "OPTIONS": options})

    def _call(self, method: str, *args, **kwargs):
        if time.monotonic() >= FailoverCache._down_until:
            try:
                return getattr(caches[self.primary], method)(*args, **kwargs)
            except _connection_errors() as error:
                FailoverCache._down_until = time.monotonic() + RETRY_AFTER
                logger.warning(
                    "The cache (Redis) cannot be reached (%s): using the database table for "
                    "the next %d seconds.",
                    type(error).__name__,
                    RETRY_AFTER,
                )
        try:
            return getattr(caches[self.fallback], method)(*args, **kwargs)
        except DatabaseError as error:
            raise CacheUnavailable(str(error)) from error

    # Keys are made by the cache that stores them (each has its own prefix), so every call
    # passes them through as given.
    def add(self, key, value, timeout=None, version=None):
        return self._call("add", key, value, timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version)

    def set(self, key, value, timeout=None, version=None):
        return self._call("set", key, value, timeout, version=version)

    def touch(self, key, timeout=None, version=None):
        return self._call("touch", key, timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta, version=version)

    def set_many(self, data, timeout=None, version=None):
        return self._call("set_many", data, timeout, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version)

    def clear(self):
        return self._call("clear")

    def close(self, **kwargs):
        for alias in (self.primary, self.fallback):
            caches[alias].close(**kwargs)
