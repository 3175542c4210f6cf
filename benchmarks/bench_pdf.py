"""PDF summary render time for scenario 01 (targets: tagged PDF median <= 0.4 s; the first PDF after
a worker starts no slower than later ones once `pdf.warm_up()` has run).

Each measurement runs in a fresh Python process so "first render" really includes
`import weasyprint`, font discovery and stylesheet parsing, whatever else this process loaded.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RENDERS = 10
TARGET_MEDIAN_S = 0.4

_CHILD = r"""
import datetime as dt, json, statistics, sys, time
import django
django.setup()
from screening.rules import Answers, assess
path = sorted(__import__("pathlib").Path("tests/scenarios").glob("01-*.json"))[0]
data = json.loads(path.read_text())
answers = Answers.from_dict(data["answers"])
assessment = assess(answers, dt.date.fromisoformat(data["as_of"]))
warm = None
start = time.perf_counter()
from screening.result import pdf
if sys.argv[1] == "warm":
    warm = pdf.warm_up()
    start = time.perf_counter()
body = pdf.render_summary_pdf(answers, assessment, generated_on=dt.date.today())
first = time.perf_counter() - start
later = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    pdf.render_summary_pdf(answers, assessment, generated_on=dt.date.today())
    later.append(time.perf_counter() - t)
from pypdf import PdfReader
import io
pages = len(PdfReader(io.BytesIO(body)).pages)
print(json.dumps({"warm": warm, "first": first, "median": statistics.median(later),
                  "pages": pages, "bytes": len(body)}))
"""


def _measure(mode: str, renders: int) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "parole_screen.settings"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(renders)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _mark(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def run() -> list[str]:
    cold = _measure("cold", RENDERS)
    warm = _measure("warm", RENDERS)
    median = warm["median"]
    return [
        f"PDF summary, scenario 01: {warm['pages']} pages US Letter, {warm['bytes'] // 1024} KiB, "
        "tagged (pdf/ua-1)",
        f"cold process, first render incl. import weasyprint: {cold['first']:.3f} s "
        f"(no warm-up; later renders median {cold['median']:.3f} s)",
        f"warm_up() at worker start: {warm['warm']:.3f} s (in a background thread)",
        f"first render after warm_up: {warm['first']:.3f} s vs later median {median:.3f} s "
        f"(target: first no slower than later) {_mark(warm['first'] <= median * 1.15)}",
        f"median of next {RENDERS} renders: {median:.3f} s "
        f"(target <= {TARGET_MEDIAN_S} s) {_mark(median <= TARGET_MEDIAN_S)}",
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
