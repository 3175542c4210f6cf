"""WSGI entry point (gunicorn parole_screen.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parole_screen.settings")
application = get_wsgi_application()

# A wrong or missing encryption key stops the worker here, before it serves a single page.
from screening.privacy.canary import verify_keys  # noqa: E402

verify_keys()
