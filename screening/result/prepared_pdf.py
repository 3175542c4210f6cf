"""The summary PDF, prepared while the person reads their result (issue 21, decision 0022).

Writing a long summary costs about a second of CPU however its HTML is written (decision 0022),
and a person waited for all of it after pressing "Download". Now the result page starts it at
once, in the render thread at lower priority (`pdf.submit`), and the download, seconds later,
finds it ready.

Where it waits: the shared cache (the database table, or Redis), so that any app server can hand
it over; encrypted with the newest field key (`FIELD_ENCRYPTION_KEYS`), for `KEPT_SECONDS`, under
a key only this session with exactly this document can compute (a keyed hash of the session key
and of the document's HTML, so new answers, another language or another day make another key).
`manage.py purge` deletes expired entries that a database cache would otherwise keep.

A download that finds nothing renders as before; one that comes while the render is still
running waits for it instead of rendering a second copy. Off with `PDF_PREPARE_AHEAD=false`
(and in the tests, apart from this module's own).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from concurrent.futures import Future

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, close_old_connections

from parole_screen.cache import CacheUnavailable
from screening.privacy import crypto
from screening.result import pdf
from screening.rules import Answers, Assessment

logger = logging.getLogger(__name__)

KEPT_SECONDS = 10 * 60
# How long "being written" stands: a render takes seconds; a process that died mid-render
# leaves the mark for this long at most.
PENDING_SECONDS = 60
# A render started by another app server is waited for this long before rendering here.
WAIT_FOR_OTHER_SECONDS = 8.0
# Renders queued ahead in one process at most: past that, a busy server stops working ahead and
# the downloads render as they come.
MAX_QUEUED = 3

_lock = threading.Lock()
_in_flight: dict[str, Future] = {}


def _key(session_key: str, html: str) -> str:
    document = hashlib.sha256(html.encode()).hexdigest()
    return "summary-pdf:" + crypto.keyed_hash("summary-pdf", f"{session_key}\x00{document}")


def _pending(key: str) -> str:
    return key + ":rendering"


def _keep(key: str, body: bytes) -> None:
    """Store the written PDF, encrypted (runs in the render thread). Best effort: a cache that
    fails costs the next download a render, never the PDF already written."""
    try:
        cache.set(key, crypto.fernet().encrypt(body), KEPT_SECONDS)
        cache.delete(_pending(key))
    except (CacheUnavailable, DatabaseError) as error:
        logger.warning("a prepared summary PDF was not kept: %s", type(error).__name__)
    finally:
        close_old_connections()  # the render thread's own database connection


def _kept(key: str) -> bytes | None:
    try:
        token = cache.get(key)
    except (CacheUnavailable, DatabaseError):
        return None
    if token is None:
        return None
    try:
        return crypto.fernet().decrypt(token)
    except InvalidToken:  # kept under a key since retired: render again
        return None


def prepare(
    session_key: str | None, answers: Answers, assessment: Assessment, *, generated_on: dt.date
) -> None:
    """Start writing this session's summary PDF in the background, unless it is kept already,
    being written, or this process has enough renders queued."""
    if not settings.PDF_PREPARE_AHEAD or not session_key:
        return
    html = pdf.summary_html(answers, assessment, generated_on=generated_on)
    key = _key(session_key, html)
    with _lock:
        if key in _in_flight or len(_in_flight) >= MAX_QUEUED:
            return
        try:
            if cache.get(key) is not None or not cache.add(_pending(key), 1, PENDING_SECONDS):
                return  # written already, or being written by another server
        except (CacheUnavailable, DatabaseError):
            return  # the result page never fails for this: the download renders
        future = pdf.submit(html, pdf.active_language(), then=lambda body: _keep(key, body))
        _in_flight[key] = future
    future.add_done_callback(lambda done: _forget(key, done))


def _forget(key: str, done: Future) -> None:
    with _lock:
        _in_flight.pop(key, None)
    if done.exception() is not None:
        logger.error("a summary PDF prepared ahead failed: %s", type(done.exception()).__name__)
        try:
            cache.delete(_pending(key))  # the download renders it instead, without waiting
        except (CacheUnavailable, DatabaseError):
            pass
        finally:
            close_old_connections()


def summary_pdf(
    session_key: str | None, answers: Answers, assessment: Assessment, *, generated_on: dt.date
) -> bytes:
    """The summary PDF for a download: the one prepared for this session when it is ready or
    being written, else written now."""
    html = pdf.summary_html(answers, assessment, generated_on=generated_on)
    if not settings.PDF_PREPARE_AHEAD or not session_key:
        return pdf.submit(html, pdf.active_language()).result()
    key = _key(session_key, html)
    with _lock:
        running = _in_flight.get(key)
    if running is not None:
        return running.result()
    body = _kept(key) or _written_elsewhere(key)
    if body is not None:
        return body
    return pdf.submit(html, pdf.active_language(), then=lambda done: _keep(key, done)).result()


def _written_elsewhere(key: str) -> bytes | None:
    """Wait a little for a render another app server started for this document."""
    deadline = time.monotonic() + WAIT_FOR_OTHER_SECONDS
    try:
        while cache.get(_pending(key)) is not None and time.monotonic() < deadline:
            time.sleep(0.1)
            body = _kept(key)
            if body is not None:
                return body
    except (CacheUnavailable, DatabaseError):
        pass
    return None
