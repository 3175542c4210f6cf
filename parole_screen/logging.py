"""Logging filters: keep personal data out of the logs."""

import logging


class DropQueryString(logging.Filter):
    """Request lines lose their query string: staff searches carry client names there."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple) and isinstance(record.args[0], str):
            first = record.args[0]
            if "?" in first:
                method, _, rest = first.partition(" ")
                path, _, tail = rest.partition("?")
                protocol = tail.rsplit(" ", 1)[-1] if " " in tail else ""
                record.args = (f"{method} {path} {protocol}".strip(), *record.args[1:])
        return True
