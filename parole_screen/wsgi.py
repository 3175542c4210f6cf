"""WSGI entry point (gunicorn parole_screen.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parole_screen.settings")
application = get_wsgi_application()
