"""Wizard steps under gunicorn, alone and while PDFs are rendered, beside a bare formtools step.

The app runs as `make serve` runs it (parole_screen/gunicorn_conf.py, DJANGO_ENV=production,
collected static files) on a throw-away SQLite file, on a free port of 127.0.0.1, with the bare
wizard of bench_wizard added at /bare/. One visitor walks whole screenings over HTTP (a step =
GET the page + POST the answer) and answers the bare step between screenings: first with nothing
else running, then while PDF_LOADERS other visitors download their PDF summary again and again.
Every loop is bounded in count and time and talks to 127.0.0.1 only. Target: step p95 under PDF
load within 2x of idle. Printed, never asserted.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_wizard import MANAGEMENT, PATH, _post_data  # noqa: E402
from tests.prod.servers import AppServer, Visitor, csrf_token, manage, production_env  # noqa: E402

SCREENINGS = 12  # measured screenings per phase (9 steps each)
PDF_LOADERS = 2
PDF_CAP = 400  # most PDFs a loader asks for
PHASE_CAP_S = 240


def _timed(call):
    start = time.perf_counter()
    reply = call()
    return time.perf_counter() - start, reply


def _step(visitor: Visitor, server: AppServer, path: str, data: dict) -> float:
    got, page = _timed(lambda: visitor.get(server, path))
    assert page.status == 200, (path, page.status)
    data = data | {"csrfmiddlewaretoken": csrf_token(page)}
    posted, reply = _timed(lambda: visitor.post(server, path, data))
    assert reply.status == 302, (path, reply.status)
    return got + posted


def _screening(server: AppServer, visitor: Visitor | None = None) -> tuple[list[float], Visitor]:
    visitor = visitor or Visitor()
    assert visitor.get(server, "/screen/").status == 302
    times = [
        _step(visitor, server, f"/screen/{step}/", _post_data(step, values))
        for step, values in PATH
    ]
    check = visitor.get(server, "/screen/check/")
    confirm = {MANAGEMENT: "check", "confirm": "1", "csrfmiddlewaretoken": csrf_token(check)}
    assert visitor.post(server, "/screen/check/", confirm).location == "/result/"
    return times, visitor


def _bare(server: AppServer) -> float:
    return _step(Visitor(), server, "/bare/", {"bare_wizard-current_step": "0", "0-name": "x"})


def _phase(server: AppServer) -> tuple[list[float], list[float]]:
    steps: list[float] = []
    bare: list[float] = []
    deadline = time.monotonic() + PHASE_CAP_S
    for _ in range(SCREENINGS):
        if time.monotonic() > deadline:
            break
        steps += _screening(server)[0]
        bare.append(_bare(server))
    return steps, bare


def _pdf_loader(server: AppServer, stop: threading.Event, seconds: list[float]) -> None:
    _, visitor = _screening(server)
    for _ in range(PDF_CAP):
        if stop.is_set():
            return
        took, reply = _timed(lambda: visitor.get(server, "/result/pdf/"))
        assert reply.status == 200 and reply.body.startswith(b"%PDF"), reply.status
        seconds.append(took)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def measure(env: dict[str, str]) -> dict:
    with AppServer(env) as server:
        for _ in range(2):  # warm up every worker's imports, templates and first queries
            _screening(server)
            _bare(server)
            _, visitor = _screening(server)
            visitor.get(server, "/result/pdf/")
        idle_steps, idle_bare = _phase(server)
        stop, pdf_times = threading.Event(), []
        loaders = [
            threading.Thread(target=_pdf_loader, args=(server, stop, pdf_times), daemon=True)
            for _ in range(PDF_LOADERS)
        ]
        for loader in loaders:
            loader.start()
        time.sleep(1.0)  # let the renders begin
        pdfs_before = len(pdf_times)
        load_steps, load_bare = _phase(server)
        pdfs_during = len(pdf_times) - pdfs_before
        stop.set()
        for loader in loaders:
            loader.join(timeout=60)
    return {
        "idle": (idle_steps, idle_bare),
        "load": (load_steps, load_bare),
        "pdfs": pdf_times,
        "pdfs_during": pdfs_during,
    }


def _line(label: str, steps: list[float], bare: list[float]) -> str:
    return (
        f"{label:<16} step p50 {_pct(steps, 0.5):6.1f} ms  p95 {_pct(steps, 0.95):6.1f} ms"
        f"  | bare step p50 {_pct(bare, 0.5):6.1f} ms  p95 {_pct(bare, 0.95):6.1f} ms"
        f"  ({len(steps)} steps)"
    )


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-serving-") as folder:
        base = production_env(
            DATABASE_URL=f"sqlite:///{Path(folder) / 'bench.sqlite3'}",
            STATIC_ROOT=str(Path(folder) / "static"),
            TRUST_PROXY_HEADERS="true",
        )
        for command in (["migrate", "-v0"], ["collectstatic", "--noinput"]):
            done = manage(*command, env=base)
            assert done.returncode == 0, done.stderr
        env = base | {
            "DJANGO_SETTINGS_MODULE": "benchmarks.serving_settings",
            "PYTHONPATH": str(ROOT),
        }
        for name in ("GUNICORN_WORKERS", "GUNICORN_THREADS"):
            env.pop(name, None)
            if os.environ.get(name):
                env[name] = os.environ[name]
        plain = measure(env | {"PDF_RENDER_NICENESS": "0"})
        niced = measure(env)
    from parole_screen import gunicorn_conf

    lines = [
        f"gunicorn {gunicorn_conf.workers} workers x {gunicorn_conf.threads} threads "
        f"({gunicorn_conf.worker_class}), SQLite, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the end",
    ]
    for label, figures in (
        ("PDF threads at the requests' priority (PDF_RENDER_NICENESS=0)", plain),
        ("PDF threads niced (the default, PDF_RENDER_NICENESS=10)", niced),
    ):
        idle_steps, idle_bare = figures["idle"]
        load_steps, load_bare = figures["load"]
        ratio = _pct(load_steps, 0.95) / _pct(idle_steps, 0.95)
        pdfs = figures["pdfs"]
        lines += [
            label,
            _line("  alone", idle_steps, idle_bare),
            _line(f"  {PDF_LOADERS} PDF loaders", load_steps, load_bare),
            f"  PDFs rendered during the loaded phase: {figures['pdfs_during']}, "
            f"download p50 {_pct(pdfs, 0.5):.0f} ms p95 {_pct(pdfs, 0.95):.0f} ms",
            f"  step p95 under PDF load {ratio:.2f}x idle (target <= 2x) "
            f"{'ok' if ratio <= 2 else 'OVER TARGET'}",
        ]
    return lines


if __name__ == "__main__":
    print("run it through benchmarks/run.py bench_serving (make bench)")
