"""PDFs render in a thread of their own at a lower CPU priority, so that under load they wait
for the processor rather than the wizard steps (benchmarks/bench_serving.py measures it)."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from screening.result import pdf
from tests.result.conftest import assessment_for, scenario

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's"
)


def niceness_of_this_thread() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_pdfs_render_in_a_lower_priority_thread_and_still_come_out_whole(settings):
    import datetime as dt

    s = scenario("02")
    body = pdf.render_summary_pdf(s["answers"], assessment_for(s), generated_on=dt.date.today())
    assert body.startswith(b"%PDF")
    renderer = pdf._renderer.submit(niceness_of_this_thread).result()
    assert renderer == min(19, niceness_of_this_thread() + settings.PDF_RENDER_NICENESS)
    assert settings.PDF_RENDER_NICENESS == 10
    # the requests' own threads keep their priority
    assert niceness_of_this_thread() < renderer
