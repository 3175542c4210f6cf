import os
import sys
import threading

from django.apps import AppConfig


def _serving(argv=None, environ=None, modules=None) -> bool:
    """True in a web worker (gunicorn, or runserver's serving child), not in tests or commands."""
    argv = sys.argv if argv is None else argv
    environ = os.environ if environ is None else environ
    modules = sys.modules if modules is None else modules
    if "pytest" in modules:
        return False
    program = os.path.basename(argv[0]) if argv else ""
    if "gunicorn" in program or "uvicorn" in program:
        return True
    if "runserver" in argv:
        return environ.get("RUN_MAIN") == "true" or "--noreload" in argv
    return False


class ScreeningConfig(AppConfig):
    name = "screening"
    verbose_name = "Screening"

    def ready(self) -> None:
        from screening import access_log  # noqa: F401  (who got in, in the audit log)
        from screening.privacy import canary, signals  # noqa: F401  (the key check, login)

        if _serving():
            # `import weasyprint` and the first font lookup take about a second: do them now, in
            # the background, so the first applicant's PDF is as fast as every later one.
            threading.Thread(target=_warm_pdf, name="pdf-warm-up", daemon=True).start()


def _warm_pdf() -> None:
    try:
        from screening.result import pdf

        pdf.warm_up()
    except Exception:  # a failed warm-up only costs the first request its speed
        return
