"""A soak: two app servers on PostgreSQL, simulated applicants and staff for a bounded time, a
worker killed and the database restarted in the middle; nothing may be lost.

Each applicant walks whole screenings, every step on a server picked at random, with a
needed-by date of its own, then checks its answers are on check your answers and confirms. An
answer is lost when a step it answered is asked again, or when its date is missing from the
check page. Staff sign in and save client details of a few shared cases (so they collide); a
save refused because someone saved first is put on top and saved again from the conflict page,
and a save is lost if, right after, the case (at the version that save made) does not hold it.
A request that fails (a 500 while the database restarts, a connection cut by the killed worker)
is an error; the client waits a moment and tries the same step again.

It runs only with PostgreSQL on 127.0.0.1:5432 (trust auth, as the README's set-up), in a
database of its own that it drops afterwards. It restarts PostgreSQL only when it can do so
safely: as root, with `pg_ctlcluster`, and with no client of any other database connected
(other people's tests share the server); otherwise it says why it did not. Figures are printed,
never asserted. SOAK_SECONDS, SOAK_APPLICANTS and SOAK_STAFF change the size.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_wizard import MANAGEMENT, PATH, _post_data  # noqa: E402
from tests.prod.servers import AppServer, Visitor, csrf_token, manage, production_env  # noqa: E402

SECONDS = int(os.environ.get("SOAK_SECONDS", "90"))
APPLICANTS = int(os.environ.get("SOAK_APPLICANTS", "16"))
STAFF = int(os.environ.get("SOAK_STAFF", "4"))
SHARED_CASES = 4
DATABASE = "parolescreen_soak"
PASSWORD = "soak pass phrase 8"
ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.steps: list[float] = []
        self.flows = {"applicant": 0, "staff": 0}
        self.errors: dict[str, int] = {}
        self.answers_checked = 0
        self.lost: list[str] = []
        self.saves = {"at once": 0, "refused, then put on top": 0}

    def error(self, kind: str) -> None:
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000 if values else 0


def _call(tally: Tally, stop: threading.Event, send):
    """A request, tried again after a pause while it fails (errors are counted)."""
    while not stop.is_set():
        try:
            reply = send()
        except OSError as error:  # a connection cut by a killed worker, refused, timed out
            tally.error(type(error).__name__)
        else:
            if reply.status < 500:
                return reply
            tally.error(f"HTTP {reply.status}")
        time.sleep(0.5)
    return None


def applicant(servers, tally: Tally, stop: threading.Event, number: int) -> None:
    from screening.questions import answer_text

    rng = random.Random(number)
    while not stop.is_set():
        visitor = Visitor()
        get, post = visitor.get, visitor.post
        needed_by = (dt.date.today() + dt.timedelta(days=rng.randint(10, 400))).isoformat()
        path = [(s, v | {"needed_by": needed_by} if "needed_by" in v else v) for s, v in PATH]
        accepted: set[str] = set()
        for step, values in path:
            server = rng.choice(servers)
            url = f"/screen/{step}/"
            started = time.monotonic()
            page = _call(tally, stop, lambda s=server, u=url, get=get: get(s, u))
            if page is None:
                return
            if page.status == 302:  # sent back: an answer it gave was not kept
                with tally.lock:
                    tally.lost.append(f"applicant {number}: {step} led back to {page.location}")
                break
            data = _post_data(step, values) | {"csrfmiddlewaretoken": csrf_token(page)}
            sent = _call(tally, stop, lambda s=server, u=url, d=data, post=post: post(s, u, d))
            if sent is None:
                return
            if sent.status != 302:
                with tally.lock:
                    tally.lost.append(f"applicant {number}: {step} not taken ({sent.status})")
            with tally.lock:
                tally.steps.append(time.monotonic() - started)
                tally.answers_checked += len(values)
            accepted.add(step)
        else:
            server = rng.choice(servers)
            check = _call(tally, stop, lambda s=server, get=get: get(s, "/screen/check/"))
            if check is None:
                return
            text = html.unescape(check.text)
            if check.status != 200:
                with tally.lock:
                    tally.lost.append(f"applicant {number}: check {check.status} {check.location}")
            for wanted in (answer_text("needed_by", needed_by), answer_text("citizenship", "NG")):
                if wanted not in text:
                    with tally.lock:
                        tally.lost.append(f"applicant {number}: {wanted!r} not on check")
            confirm = {
                MANAGEMENT: "check",
                "confirm": "1",
                "csrfmiddlewaretoken": csrf_token(check),
            }
            done = _call(
                tally, stop, lambda s=server, d=confirm, post=post: post(s, "/screen/check/", d)
            )
            if done is not None and done.location == "/result/":
                with tally.lock:
                    tally.flows["applicant"] += 1


def staff(servers, references, tally: Tally, stop: threading.Event, number: int) -> None:
    from tests.staff.page_forms import form_data

    rng = random.Random(1000 + number)
    visitor = Visitor()
    page = _call(tally, stop, lambda: visitor.get(servers[0], "/accounts/login/"))
    login = {"username": f"soak{number}", "password": PASSWORD}
    login["csrfmiddlewaretoken"] = csrf_token(page)
    _call(tally, stop, lambda: visitor.post(servers[0], "/accounts/login/", login))
    saves = 0
    while not stop.is_set():
        server, reference = rng.choice(servers), rng.choice(references)
        edit = f"/staff/cases/{reference}/edit/"
        page = _call(tally, stop, lambda s=server, e=edit: visitor.get(s, e))
        if page is None:
            return
        saves += 1
        contact = f"soak{number} save {saves}"
        form = form_data(page.text, "") | {"client_contact": contact}
        for attempt in range(5):
            sent = _call(tally, stop, lambda s=server, e=edit, f=form: visitor.post(s, e, f))
            if sent is None:
                return
            if sent.status == 302:
                kind = "at once" if attempt == 0 else "refused, then put on top"
                with tally.lock:
                    tally.saves[kind] += 1
                break
            form = form_data(sent.text, "")  # the conflict page: this person's change on top
            if form.get("client_contact") != contact:
                with tally.lock:
                    tally.lost.append(f"staff {number}: the conflict page dropped save {saves}")
                break
        else:
            continue  # refused five times over: nothing saved, nothing to look for
        made = int(form["case_version"]) + 1
        other = rng.choice(servers)
        after = _call(tally, stop, lambda s=other, e=edit: visitor.get(s, e))
        if after is None:
            return
        now = form_data(after.text, "")
        if int(now["case_version"]) == made and now["client_contact"] != contact:
            with tally.lock:
                tally.lost.append(f"staff {number}: save {saves} not on case {reference}")
        with tally.lock:
            tally.flows["staff"] += 1
            tally.answers_checked += 1


# ---------------------------------------------------------------------------------------------
# The database, the servers and the two events


def _admin(sql: str, *params):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
        cursor = connection.execute(sql, params)
        return cursor.fetchall() if sql.startswith("SELECT") else None


def _drop_database() -> None:
    _admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", DATABASE)
    _admin(f'DROP DATABASE IF EXISTS "{DATABASE}"')


SEED = """
import django
django.setup()
from django.contrib.auth import get_user_model
from screening.staff.permissions import ensure_groups
from tests.staff.conftest import MEDICAL, make_case
groups = ensure_groups()
for n in range(%(staff)d):
    user = get_user_model().objects.create_user(username=f"soak{n}", password="%(password)s")
    user.groups.add(groups["attorney" if n %% 2 else "paralegal"])
cases = [make_case(MEDICAL, client_name=f"Soak client {n}") for n in range(%(cases)d)]
print(" ".join(case.reference for case in cases))
"""


def _workers_of(master: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                found.append(int(entry.name))
    return found


def _restart_postgres() -> str:
    """Restart PostgreSQL if that is safe now; say what was done (or why not)."""
    if os.environ.get("SOAK_RESTART_POSTGRES", "1") == "0":
        return "PostgreSQL not restarted (SOAK_RESTART_POSTGRES=0)"
    if os.geteuid() != 0 or shutil.which("pg_ctlcluster") is None:
        return "PostgreSQL not restarted: needs root and pg_ctlcluster"
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if len(versions) != 1:
        return f"PostgreSQL not restarted: expected one cluster version, found {versions}"
    others = _admin(
        "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
        "AND pid <> pg_backend_pid() AND datname IS DISTINCT FROM %s",
        DATABASE,
    )[0][0]
    if others:
        return (
            f"PostgreSQL not restarted: {others} connection(s) to other databases "
            "(someone else's tests share the server)"
        )
    started = time.monotonic()
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main", "restart"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)  # noqa: S603
    took = time.monotonic() - started
    if done.returncode != 0:
        return f"PostgreSQL restart failed ({done.stderr.strip()[:200]})"
    return f"PostgreSQL restarted ({' '.join(command)}, {took:.1f} s)"


def run() -> list[str]:
    try:
        _drop_database()
        _admin(f'CREATE DATABASE "{DATABASE}"')
    except Exception as error:  # noqa: BLE001
        return [f"skipped: no PostgreSQL on 127.0.0.1:5432 to soak against ({error})"]
    try:
        return _soak()
    finally:
        with contextlib.suppress(Exception):  # the server may still be coming back
            _drop_database()


def _soak() -> list[str]:
    url = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as folder:
        env = production_env(
            DATABASE_URL=url,
            STATIC_ROOT=str(Path(folder) / "static"),
            TRUST_PROXY_HEADERS="true",
            GUNICORN_WORKERS=os.environ.get("GUNICORN_WORKERS", "2"),
            GUNICORN_THREADS=os.environ.get("GUNICORN_THREADS", "4"),
            PYTHONPATH=str(ROOT),
        )
        for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
            done = manage(*command, env=env)
            assert done.returncode == 0, done.stderr
        seed = SEED % {"staff": STAFF, "password": PASSWORD, "cases": SHARED_CASES}
        seeded = subprocess.run(  # noqa: S603
            [sys.executable, "-c", seed],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert seeded.returncode == 0, seeded.stderr
        references = seeded.stdout.split()
        tally, stop, events = Tally(), threading.Event(), []
        logs = [Path(folder) / "a.log", Path(folder) / "b.log"]
        with AppServer(env, log=logs[0]) as first, AppServer(env, log=logs[1]) as second:
            servers = [first, second]
            threads = [
                threading.Thread(target=applicant, args=(servers, tally, stop, n), daemon=True)
                for n in range(APPLICANTS)
            ] + [
                threading.Thread(
                    target=staff, args=(servers, references, tally, stop, n), daemon=True
                )
                for n in range(STAFF)
            ]
            began = time.monotonic()
            for thread in threads:
                thread.start()
            time.sleep(SECONDS / 3)
            workers = _workers_of(first.process.pid)
            if workers:
                os.kill(workers[0], signal.SIGKILL)
                events.append(
                    f"{time.monotonic() - began:4.0f} s: killed worker {workers[0]} "
                    "of server 1 (gunicorn starts another)"
                )
            time.sleep(SECONDS / 3)
            what = _restart_postgres()
            events.append(f"{time.monotonic() - began:4.0f} s: {what}")
            time.sleep(max(0, SECONDS - (time.monotonic() - began)))
            stop.set()
            for thread in threads:
                thread.join(timeout=90)
            elapsed = time.monotonic() - began
    errors = ", ".join(f"{kind}: {count}" for kind, count in sorted(tally.errors.items()))
    lines = [
        f"2 app servers ({env['GUNICORN_WORKERS']} workers x {env['GUNICORN_THREADS']} threads) "
        f"on PostgreSQL, {APPLICANTS} applicants and {STAFF} staff for {elapsed:.0f} s, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end",
        *events,
        f"flows: {tally.flows['applicant']} screenings finished, {tally.flows['staff']} staff "
        f"saves ({tally.saves['at once']} saved at once, "
        f"{tally.saves['refused, then put on top']} refused because someone saved first, "
        "then put on top)",
        f"step (GET + POST) p50 {_pct(tally.steps, 0.5):.0f} ms, p95 {_pct(tally.steps, 0.95):.0f} "
        f"ms, mean {statistics.fmean(tally.steps) * 1000 if tally.steps else 0:.0f} ms "
        f"({len(tally.steps)} steps)",
        f"errors: {sum(tally.errors.values())}"
        + (f" ({errors}), each tried again" if errors else ""),
        f"answers lost: {len(tally.lost)} (of {tally.answers_checked} answers and saves sent)",
        *[f"  {line}" for line in tally.lost[:10]],
    ]
    return lines


if __name__ == "__main__":
    print("run it through benchmarks/run.py bench_soak (make bench)")
