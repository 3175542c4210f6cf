"""gunicorn's settings for `make serve` (gunicorn -c parole_screen/gunicorn_conf.py).

Read from the environment like the Django settings; every variable is in the README. The access
log leaves out query strings (staff searches carry client names there) and the Referer header
(it can hold another page's query string).
"""

import os


def _int(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name) or str(default)
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise SystemExit(f"{name} must be at least {minimum}, not {value}")
    return value


bind = [f"{os.environ.get('HOST') or '127.0.0.1'}:{_int('PORT', 8000)}"]
workers = _int("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1))
threads = _int("GUNICORN_THREADS", 4)
# Threads share a worker's process: a request waiting on the database frees it for the next.
worker_class = "gthread" if threads > 1 else "sync"
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Workers are replaced now and then, so memory a long-lived process gathers is given back.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000, minimum=0)
max_requests_jitter = max_requests // 10

# Django alone decides which forwarded headers to believe (TRUST_PROXY_HEADERS), so gunicorn is
# told to believe none: otherwise it trusts X-Forwarded-Proto from 127.0.0.1 by default.
forwarded_allow_ips = ""
secure_scheme_headers = {}

accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or "-"
errorlog = os.environ.get("GUNICORN_ERROR_LOG") or "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL") or "info"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
# gunicorn 27's control socket (a file in the home folder) is not needed: signals do its job.
control_socket_disable = True
