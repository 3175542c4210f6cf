"""Nothing personal reaches the request log: query strings (staff searches by name) are dropped."""

import logging

from parole_screen.logging import DropQueryString


def test_request_lines_lose_their_query_string():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /staff/?q=Maria+Lopez&status=draft HTTP/1.1", "200", "512"),
        None,
    )
    assert DropQueryString().filter(record)
    assert record.getMessage() == '"GET /staff/ HTTP/1.1" 200 512'


def test_other_records_are_untouched():
    record = logging.LogRecord("django.server", logging.INFO, __file__, 1, "plain %s", (3,), None)
    assert DropQueryString().filter(record)
    assert record.getMessage() == "plain 3"
