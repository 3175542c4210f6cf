import os
import sys
import threading

from django.apps import AppConfig


def _serving() -> bool:
    """True in a web worker (gunicorn, or runserver's serving child), not in tests or commands."""
    if "pytest" in sys.modules:
        return False
    program = os.path.basename(sys.argv[0]) if sys.argv else ""
    if "gunicorn" in program or "uvicorn" in program:
        return True
    if "runserver" in sys.argv:
        return os.environ.get("RUN_MAIN") == "true" or "--noreload" in sys.argv
    return False


class ScreeningConfig(AppConfig):
    name = "screening"
    verbose_name = "Screening"

    def ready(self) -> None:
        if _serving():
            # `import weasyprint` and the first font lookup take about a second: do them now, in
            # the background, so the first applicant's PDF is as fast as every later one.
            threading.Thread(target=_warm_pdf, name="pdf-warm-up", daemon=True).start()


def _warm_pdf() -> None:
    try:
        from screening import pdf

        pdf.warm_up()
    except Exception:  # a failed warm-up only costs the first request its speed
        return
