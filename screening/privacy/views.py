"""The applicant's saved-screening pages: the code shown once, resume by code, delete."""

from __future__ import annotations

from django import forms
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from parole_screen.cache import CacheUnavailable
from screening.wizard.language_switch import chosen_language, remember_language

from . import codes, saving, shown_code
from .models import SavedScreening

WRONG_CODE = _(
    "We could not find saved answers for that code. Check each character and try again. "
    "Codes have 16 letters and numbers, and saved answers are deleted after a while."
)
TOO_MANY = _(
    "There have been too many tries with this code or from this connection. "
    "Wait 15 minutes, then try again."
)
CANNOT_COUNT = _(
    "We cannot check codes just now. Your saved answers are safe: try again in a few minutes."
)


class CodeField(forms.CharField):
    """Any text: what is not a code gets the wrong-code answer (`check_code`), never a form
    error about length or characters."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = []  # not even the null-character check: "\x00" is just not a code


class CodeForm(forms.Form):
    code = CodeField(
        label=_("Your resume code"),
        help_text=_("16 letters and numbers, for example 7K3M-9Q2X-ABCD-1234."),
        error_messages={"required": _("Enter your resume code.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "aria-describedby": "id_code-hint",
            }
        ),
    )


def check_code(request, form: CodeForm, group: str) -> SavedScreening | None:
    """The saved screening for a valid form's code, or None with the error on the form."""
    if not form.is_valid():
        return None
    typed = form.cleaned_data["code"]
    try:
        limited = saving.too_many_attempts(request, typed, group)
    except CacheUnavailable:  # no way to count tries: refuse rather than check without a limit
        form.add_error("code", CANNOT_COUNT)
        return None
    if limited:
        form.add_error("code", TOO_MANY)
        return None
    saved = saving.find(typed)
    if saved is None:
        form.add_error("code", WRONG_CODE)
    return saved


@never_cache
@require_http_methods(["GET", "POST"])
def saved(request):
    """/saved/: the code, once. Reloading the page does not show it again; its language
    buttons post here and show it again in the new language (`shown_code`)."""
    if request.method == "POST":
        code = chosen_language(request.POST)
        shown_code.show_again(request.session, request.POST.get(shown_code.TOKEN_FIELD, ""))
        response = redirect("screen_saved")
        return remember_language(response, code) if code else response
    code, token = shown_code.take_code_to_show(request.session)
    saved_id = request.session.get(saving.SAVED_ID_KEY)
    record = SavedScreening.objects.live().filter(pk=saved_id).first() if saved_id else None
    return render(
        request,
        "screening/saved.html",
        {
            "code": codes.grouped(code) if code else None,
            "code_token": token,
            "token_field": shown_code.TOKEN_FIELD,
            "saved": record,
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def resume(request):
    """/resume/: enter a code to continue, on any device; or delete the answers it holds."""
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        deleting = "delete" in request.POST
        record = check_code(request, form, "resume")
        if record is not None and deleting:
            record.delete()
            request.session.pop(saving.SAVED_ID_KEY, None)
            shown_code.forget(request.session)
            return render(request, "screening/saved_deleted.html")
        if record is not None:
            step = saving.restore(request, record)
            shown_code.forget(request.session)
            return redirect("screen_step", step=step)
    status = 400 if form.errors else 200
    if CANNOT_COUNT in form.errors.get("code", []):
        status = 503
    return render(request, "screening/resume.html", {"form": form}, status=status)


@never_cache
@require_http_methods(["POST"])
def delete_own(request):
    """Delete the screening this browser saved (from the saved page)."""
    saved_id = request.session.pop(saving.SAVED_ID_KEY, None)
    shown_code.forget(request.session)
    if saved_id:
        SavedScreening.objects.filter(pk=saved_id).delete()
    return render(request, "screening/saved_deleted.html")
