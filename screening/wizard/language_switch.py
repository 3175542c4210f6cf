"""Changing language in the middle of the wizard (and of the staff intake) without losing a word.

The switcher's buttons (templates/includes/language_switcher.html) submit the page's own form
with `language=<code>`. The wizard then keeps what the page holds without judging it: a page
that would pass is stored as Continue would store it, and whatever was typed (half a date, an
unanswered question) is kept as typed and shown again on the same page, in the new language,
with no error messages (nothing was submitted for checking). Elsewhere the switcher posts to
Django's `set_language`. Either way the choice is the language cookie, which lasts as long as
the browser session (settings.LANGUAGE_COOKIE_AGE).
"""

from __future__ import annotations

from django.conf import settings
from django.forms.utils import ErrorDict
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from parole_screen.catalogues import SOURCE_LANGUAGE

LANGUAGE_FIELD = "language"
TYPED = "typed_before_language_switch"  # {"step": name, "data": {field: [values]}}


def remember_language(response: HttpResponse, code: str) -> HttpResponse:
    """Set the language cookie exactly as Django's set_language view does."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def chosen_language(post) -> str | None:
    code = post.get(LANGUAGE_FIELD)
    return code if code in dict(settings.LANGUAGES) else None


class LanguageSwitchMixin:
    """Mixed into ScreeningWizard: `switch_language` is the first thing its `post` does."""

    def switch_language(self, step: str | None) -> HttpResponse | None:
        """A language button was pressed: keep the page as typed and show it again in the new
        language. Any other post: forget a page kept from an earlier switch (it is answered now)."""
        code = chosen_language(self.request.POST)
        extra = self.storage.extra_data
        if code is None:
            if extra.pop(TYPED, None) is not None:
                self.storage.extra_data = extra
            return None
        if step in self.get_form_list():
            form = self.get_form(step, data=self.request.POST)
            if form.is_valid():
                self.store_step(step, form)
            post, start = self.request.POST, f"{form.prefix}-"
            typed = {k: post.getlist(k) for k in post if k.startswith(start)}
            extra = self.storage.extra_data
            extra[TYPED] = {"step": step, "data": typed}
            self.storage.extra_data = extra  # mark the session changed
        return remember_language(redirect(self.request.get_full_path()), code)

    def get_form(self, step=None, data=None, files=None):
        step = step or self.steps.current
        kept = self.storage.extra_data.get(TYPED)
        if data is None and self.request.method == "GET" and kept and kept["step"] == step:
            typed = QueryDict(mutable=True)
            for name, values in kept["data"].items():
                typed.setlist(name, values)
            form = super().get_form(step, data=typed, files=files)
            form._errors = ErrorDict()  # shown as typed, not judged: nothing was submitted
            return form
        return super().get_form(step, data=data, files=files)


@require_GET
def reference_english(request) -> HttpResponse:
    """The link of an unreviewed translation's notice: the same page in English, the reference.
    A plain link (no form), so it only ever chooses English; the answers are in the session and
    stay as they are. `next` must be a page of this site."""
    target = request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return remember_language(redirect(target if safe else "/"), SOURCE_LANGUAGE)
