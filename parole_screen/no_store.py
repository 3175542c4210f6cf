"""`Cache-Control: no-store` on every response the app makes.

Most pages show what a person answered (each wizard step, check your answers, the result, the
staff pages), and the others depend on the session; none gains anything from being kept by a
browser or a proxy. One middleware, so that a new page cannot forget it. Static files are served
by whitenoise, earlier in MIDDLEWARE, and keep their year-long caching.
"""

from __future__ import annotations

from django.utils.cache import add_never_cache_headers


class NoStoreMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        add_never_cache_headers(response)
        return response
