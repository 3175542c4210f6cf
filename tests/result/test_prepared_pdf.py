"""The summary PDF is written while the person reads the result, and the download hands that
copy over: kept encrypted in the shared cache, for this session and this document only."""

from __future__ import annotations

import io
import threading

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.db import DatabaseError
from django.test import Client
from django.utils import translation

from screening import clock
from screening.result import pdf, prepared_pdf
from screening.rules import Answers
from tests.result.conftest import assessment_for, pdf_text, put_result, scenario


@pytest.fixture
def ahead(settings, transactional_db):
    settings.PDF_PREPARE_AHEAD = True
    cache.clear()
    with translation.override("en"):  # the functions called directly read the active language
        yield
    wait_for_renders()


@pytest.fixture
def writes(monkeypatch):
    """Every PDF actually written (laid out by WeasyPrint), in order."""
    written = []
    real = pdf._write

    def counted(html, lang, *args):
        written.append(lang)
        return real(html, lang, *args)

    monkeypatch.setattr(pdf, "_write", counted)
    return written


def wait_for_renders() -> None:
    pdf._renderer.submit(lambda: None).result()  # one render thread: this waits for the queue


def finished(client: Client, prefix: str = "01") -> dict:
    s = scenario(prefix)
    put_result(client, s["answers"], s["as_of"])
    return s


def test_the_download_after_the_result_page_is_the_pdf_written_meanwhile(client, ahead, writes):
    finished(client)
    assert client.get("/result/").status_code == 200
    wait_for_renders()
    assert writes == ["en"]  # written once, while the page was being read
    response = client.get("/result/pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert writes == ["en"]  # and not again for the download
    assert "Parole screening summary" in pdf_text(response.content)
    assert client.get("/result/pdf/").content == response.content  # a second download too


def test_the_kept_pdf_is_encrypted_and_only_this_session_finds_it(client, ahead, writes):
    s = finished(client)
    client.get("/result/")
    wait_for_renders()
    html = _summary_html(s)
    kept = cache.get(prepared_pdf._key(client.session.session_key, html))
    assert kept is not None and b"%PDF" not in kept
    assert pdf_text(prepared_pdf.crypto.fernet().decrypt(kept)).startswith("ParoleScreen")
    stranger = Client()
    finished(stranger)  # the same answers in another session
    stranger.get("/result/pdf/")
    assert writes == ["en", "en"]  # written for the stranger, not handed the other one's


def test_another_language_is_another_document(client, ahead, writes):
    finished(client)
    client.get("/result/")
    wait_for_renders()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    response = client.get("/result/pdf/")
    assert writes == ["en", "es"]
    with translation.override("es"):
        assert translation.gettext("Parole screening summary") in pdf_text(response.content)


def test_a_download_during_the_render_waits_for_it_instead_of_writing_twice(ahead, writes):
    s = scenario("01")
    answers = Answers.from_dict(s["answers"])
    assessment = assessment_for(s)
    today = clock.today()
    hold = threading.Event()
    pdf._renderer.submit(hold.wait, 10)  # the render thread is busy with another person's PDF
    prepared_pdf.prepare("session-1", answers, assessment, generated_on=today)
    threading.Timer(0.3, hold.set).start()
    body = prepared_pdf.summary_pdf("session-1", answers, assessment, generated_on=today)
    assert writes == ["en"]
    assert pdf_text(body).startswith("ParoleScreen")


def test_a_pdf_kept_under_a_retired_key_is_written_again(ahead, writes, settings):
    s = scenario("01")
    answers, assessment = Answers.from_dict(s["answers"]), assessment_for(s)
    today = clock.today()
    prepared_pdf.prepare("session-2", answers, assessment, generated_on=today)
    wait_for_renders()
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    body = prepared_pdf.summary_pdf("session-2", answers, assessment, generated_on=today)
    assert writes == ["en", "en"]
    assert pdf_text(body).startswith("ParoleScreen")


def test_off_the_download_writes_the_pdf_as_before(client, db, writes):
    finished(client)
    client.get("/result/")
    wait_for_renders()
    assert writes == []
    assert client.get("/result/pdf/")["Content-Type"] == "application/pdf"
    assert writes == ["en"]


def test_purge_deletes_expired_cache_entries(db):
    table = DatabaseCache(settings.DATABASE_CACHE["LOCATION"], {})
    table.set("summary-pdf:expired", b"token", 0)  # expired at once, still a row
    table.set("summary-pdf:current", b"token", 600)
    out = io.StringIO()
    call_command("purge", stdout=out)
    assert "Deleted 1 expired cache entry(ies)." in out.getvalue()
    assert table.get("summary-pdf:current") == b"token"


def _summary_html(s: dict) -> str:
    return pdf.summary_html(
        Answers.from_dict(s["answers"]), assessment_for(s), generated_on=clock.today()
    )


def test_a_cache_that_fails_costs_a_render_never_the_page_or_the_pdf(
    client, ahead, writes, monkeypatch
):
    def broken(*args, **kwargs):
        raise DatabaseError("the cache table is gone")

    for method in ("get", "add", "set"):
        monkeypatch.setattr(cache, method, broken)
    finished(client)
    assert client.get("/result/").status_code == 200
    wait_for_renders()
    response = client.get("/result/pdf/")
    assert pdf_text(response.content).startswith("ParoleScreen")
    assert writes == ["en"]  # not prepared (the cache refused), written for the download
