"""App servers in subprocesses for the production tests, and a small HTTP client for them.

`AppServer` runs gunicorn with the project's config file (or `manage.py runserver`) on a free
loopback port and waits until it answers. `Visitor` keeps cookies by hand (the production
cookies are Secure, so the standard library's cookie jar would not send them over plain HTTP) and
sends what a TLS-terminating proxy would: a fixed Host and X-Forwarded-Proto: https.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
HOST_NAME = "parole.test"
SECRET = "prod-tests-" + "k" * 50
# Encryption keys for the production settings that require them (valid Fernet and HMAC keys).
KEYS = {
    "FIELD_ENCRYPTION_KEYS": "cHJvZC10ZXN0cy1maWVsZC1rZXktMzItYnl0ZXMhISE=",
    "BLIND_INDEX_KEY": "prod-tests-blind-index-" + "b" * 40,
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(**extra: str) -> dict[str, str]:
    """The environment of a production app server: the parent's, less anything that would
    change its configuration, plus the production secrets and `extra`."""
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO", "GUNICORN", "REDIS", "TRUST", "SECURE", "EMAIL"))
        and k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "PYTEST_ADDOPTS"}
    }
    return (
        keep
        | KEYS
        | {
            "DJANGO_ENV": "production",
            "DJANGO_SETTINGS_MODULE": "parole_screen.settings",
            "SECRET_KEY": SECRET,
            "ALLOWED_HOSTS": HOST_NAME,
            "GUNICORN_WORKERS": "1",
            "GUNICORN_THREADS": "2",
        }
        | extra
    )


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


class AppServer:
    def __init__(self, env: dict[str, str], *, kind: str = "gunicorn", log: Path | None = None):
        self.port = free_port()
        self.env = env | {"HOST": "127.0.0.1", "PORT": str(self.port)}
        self.kind = kind
        self.log = log
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        if self.kind == "gunicorn":
            return [
                str(BIN / "gunicorn"),
                "-c",
                "parole_screen/gunicorn_conf.py",
                "parole_screen.wsgi",
            ]
        return [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"]

    def __enter__(self) -> AppServer:
        out = self.log.open("w") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(  # noqa: S603
            self.command(), cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                detail = self.log.read_text() if self.log else ""
                raise RuntimeError(f"{self.kind} exited with {self.process.returncode}\n{detail}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"{self.kind} did not answer on port {self.port} within 90 s")

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def location(self) -> str:
        """The redirect's path (and query), whatever host it names."""
        parts = urlsplit(self.headers.get("Location", ""))
        return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass
class Visitor:
    """One browser: its cookies go to whichever app server it is talking to."""

    cookies: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(
        default_factory=lambda: {"Host": HOST_NAME, "X-Forwarded-Proto": "https"}
    )

    def request(
        self,
        server: AppServer,
        method: str,
        path: str,
        data: dict | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        sent = dict(self.headers) | (headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Origin"] = f"https://{HOST_NAME}"
            sent["Referer"] = f"https://{HOST_NAME}{path}"
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            reply = Reply(response.status, response.headers, response.read())
        finally:
            connection.close()
        for header in reply.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if value in ('""', "") or "max-age=0" in header.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return reply

    def get(self, server: AppServer, path: str, **kw) -> Reply:
        return self.request(server, "GET", path, **kw)

    def post(self, server: AppServer, path: str, data: dict, **kw) -> Reply:
        return self.request(server, "POST", path, data=data, **kw)


CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(page: Reply) -> str:
    match = CSRF_INPUT.search(page.text)
    assert match, f"no CSRF token on the page ({page.status})"
    return match.group(1)


def show_settings(*names: str, **env: str) -> subprocess.CompletedProcess:
    """Start Django in production mode with `env` and print repr() of each setting, one a line."""
    printed = "; ".join(f"print(repr(settings.{name}))" for name in names)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); from django.conf import settings; {printed}",
        ],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
