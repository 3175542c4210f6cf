"""gunicorn's settings for `make serve` (gunicorn -c parole_screen/gunicorn_conf.py).

Read from the environment like the Django settings; every variable is in the README. The access
log leaves out query strings (staff searches carry client names there) and the Referer header
(it can hold another page's query string).
"""

import os

from parole_screen.env import env_int, env_str

bind = [f"{env_str('HOST') or '127.0.0.1'}:{env_int('PORT', 8000, minimum=1)}"]
workers = env_int("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1), minimum=1)
threads = env_int("GUNICORN_THREADS", 4, minimum=1)
# Threads share a worker's process: a request waiting on the database frees it for the next.
worker_class = "gthread" if threads > 1 else "sync"
timeout = env_int("GUNICORN_TIMEOUT", 30, minimum=1)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30, minimum=1)
keepalive = env_int("GUNICORN_KEEPALIVE", 5, minimum=1)
# Workers are replaced now and then, so memory a long-lived process gathers is given back.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = max_requests // 10

# Django alone decides which forwarded headers to believe (TRUST_PROXY_HEADERS), so gunicorn is
# told to believe none: otherwise it trusts X-Forwarded-Proto from 127.0.0.1 by default.
forwarded_allow_ips = ""
secure_scheme_headers = {}

accesslog = env_str("GUNICORN_ACCESS_LOG") or "-"
errorlog = env_str("GUNICORN_ERROR_LOG") or "-"
loglevel = env_str("GUNICORN_LOG_LEVEL") or "info"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
# gunicorn 27's control socket (a file in the home folder) is not needed: signals do its job.
control_socket_disable = True
