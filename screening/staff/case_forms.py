"""Small forms for the staff pages. Stored values are ids; labels are translated."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from screening.models import Case, EvidenceState, LanguageSource, NoteKind, Status, Urgency
from screening.privacy.views import CodeForm
from screening.result import labels
from screening.staff import a_number as a_numbers
from screening.staff import client_language
from screening.staff.text_fields import (
    CONTACT_LIMIT,
    EVIDENCE_NOTE_LIMIT,
    NAME_LIMIT,
    NOTE_LIMIT,
    SEARCH_LIMIT,
    FreeTextField,
)

SORTS = {
    "updated": _("Last changed"),
    "created": _("Newest first"),
    "name": _("Client's name"),
    "urgency": _("Most urgent first"),
}


def staff_users():
    """People who can be assigned a case: members of a role group, and administrators."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name__in=("paralegal", "attorney")) | Q(is_superuser=True))
        .filter(is_active=True)
        .distinct()
        .order_by("username")
    )


_menus: dict[tuple, str] = {}


class MenuOnce(forms.Select):
    """A menu of fixed choices rendered once per process for each language, field, choice
    shown and attributes: the case list's filter menus are the same at every request, and
    Django renders each option through its own template (a fifth of the list's time)."""

    def render(self, name, value, attrs=None, renderer=None):
        shown = None if value is None else str(value)
        if shown is not None and shown not in {str(choice) for choice, _label in self.choices}:
            return super().render(name, value, attrs, renderer)  # never cache what was typed
        key = repr((get_language(), name, shown, sorted({**self.attrs, **(attrs or {})}.items())))
        if key not in _menus:
            _menus[key] = super().render(name, value, attrs, renderer)
        return _menus[key]


class CaseFilterForm(forms.Form):
    q = FreeTextField(
        label=_("Client's name or reference"), required=False, max_length=SEARCH_LIMIT
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *Status.choices],
        widget=MenuOnce,
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"),
        required=False,
        choices=[("", _("Any urgency")), *Urgency.choices],
        widget=MenuOnce,
    )
    pathway = forms.ChoiceField(
        label=_("Pathway"),
        required=False,
        choices=[("", _("Any pathway")), *labels.choices(labels.PATHWAYS, about_client=True)],
        widget=MenuOnce,
    )
    verdict = forms.ChoiceField(
        label=_("Verdict for that pathway"),
        required=False,
        choices=[("", _("Any verdict")), *labels.choices(labels.VERDICTS, about_client=True)],
        widget=MenuOnce,
    )
    mine = forms.BooleanField(label=_("Only cases assigned to me"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=list(SORTS.items()), widget=MenuOnce
    )


class ANumberField(forms.CharField):
    """An A-number as people write it; cleans to the stored form (`screening.staff.a_number`)."""

    def to_python(self, value):
        return a_numbers.normalize(super().to_python(value))

    def has_changed(self, initial, data):
        try:
            return a_numbers.normalize(initial or "") != self.to_python(data)
        except forms.ValidationError:
            return True


class NewCaseForm(forms.ModelForm):
    client_name = FreeTextField(label=_("Client's name"), max_length=NAME_LIMIT, is_name=True)
    client_contact = FreeTextField(
        label=_("Client's contact details"),
        max_length=CONTACT_LIMIT,
        required=False,
        is_name=True,
        hint=_("Optional: a phone number or email address."),
    )
    a_number = ANumberField(
        label=_("A-number"),
        required=False,
        help_text=_("Optional: 8 or 9 digits, with or without the letter A, like A-219-456-781."),
    )

    language = forms.ChoiceField(
        label=_("The client's language"),
        required=False,
        choices=[("", _("Not recorded yet")), *client_language.LANGUAGES],
        help_text=_(
            "Ask the client which language they speak best. It is not the language of these pages."
        ),
    )

    class Meta:
        model = Case
        fields = ["client_name", "client_contact", "a_number", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.a_number and not self.is_bound:
            self.initial["a_number"] = a_numbers.display(self.instance.a_number)

    def save(self, commit=True):
        case = super().save(commit=False)
        if case.language != (self.initial.get("language") or ""):  # asked, so staff's word
            case.language_source = LanguageSource.STAFF if case.language else ""
        if commit:
            case.save()
        return case


def remember_what_was_shown(form: forms.Form) -> None:
    """Each field also posts the value the page showed (a hidden input), so a save refused
    because someone else saved first can tell their changes from this person's."""
    for field in form.fields.values():
        field.show_hidden_initial = True


def changed_from_stored(form: forms.Form) -> list[str]:
    """The fields whose posted value differs from the stored one (not from the page's)."""
    return sorted(
        name
        for name, field in form.fields.items()
        if field.has_changed(form.get_initial_for_field(field, name), form[name].data)
    )


class CaseDetailsForm(NewCaseForm):
    class Meta(NewCaseForm.Meta):
        fields = ["client_name", "client_contact", "a_number", "language", "assigned_to"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = staff_users()
        self.fields["assigned_to"].label_from_instance = lambda u: u.get_full_name() or u.username
        remember_what_was_shown(self)


class NoteForm(forms.Form):
    body = FreeTextField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 4}), max_length=NOTE_LIMIT
    )
    kind = forms.ChoiceField(
        label=_("Kind of note"), choices=NoteKind.choices, initial=NoteKind.INTERNAL
    )

    def __init__(self, *args, can_write_attorney_notes: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_write_attorney_notes:
            self.fields["kind"].choices = [(NoteKind.INTERNAL, NoteKind.INTERNAL.label)]
            self.fields["kind"].widget = forms.HiddenInput()


NOTE_FIELD = "staff_note"


class IntakeNoteForm(forms.Form):
    """The internal-notes box on every page of the staff intake (optional)."""

    staff_note = FreeTextField(
        label=_("Internal note"),
        required=False,
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
        hint=_(
            "Only staff see this note. It is added to the case when you continue or save the draft."
        ),
    )


class StatusForm(forms.Form):
    """The status changes allowed from the case's status (`allowed_statuses`): the menu offers
    only those. `reviewed` comes only from an attorney's review."""

    CHOICES = [
        (Status.SCREENED, Status.SCREENED.label),
        (Status.IN_REVIEW, Status.IN_REVIEW.label),
        (Status.CLOSED, Status.CLOSED.label),
    ]
    status = forms.ChoiceField(label=_("New status"), choices=CHOICES)

    def __init__(self, *args, case: Case, **kwargs):
        self.case = case
        super().__init__(*args, **kwargs)
        allowed = allowed_statuses(case)
        self.fields["status"].choices = [c for c in self.CHOICES if c[0] in allowed]

    def full_clean(self):
        super().full_clean()
        if self.is_bound and "status" in self.errors and self.data.get("status"):
            self.errors["status"] = self.error_class([self.refusal(self.data["status"])])

    def refusal(self, posted: str) -> str:
        if posted == self.case.status:
            return _("The case is already “%(status)s”.") % {
                "status": self.case.get_status_display()
            }
        if not self.case.assessment:
            return _("Finish the intake first: a draft can only be closed.")
        return _("That status cannot be set from “%(status)s”.") % {
            "status": self.case.get_status_display()
        }


def allowed_statuses(case: Case) -> list[str]:
    """The statuses a case may be moved to from where it is: a draft (no result yet) only to
    closed; a screened case to any other status of the menu; never to its own status."""
    if not case.assessment:
        choices = [Status.CLOSED]
    else:
        choices = [Status.SCREENED, Status.IN_REVIEW, Status.CLOSED]
    return [status for status in choices if status != case.status]


class EvidenceForm(forms.Form):
    """One state and one note per evidence item the assessment asks for."""

    def __init__(self, *args, evidence_ids: list[str], names, **kwargs):
        super().__init__(*args, **kwargs)
        self.evidence_ids = evidence_ids
        self.names = {evidence_id: names(evidence_id) for evidence_id in evidence_ids}
        for evidence_id in evidence_ids:
            self.fields[f"state__{evidence_id}"] = forms.ChoiceField(
                label=_("State"), choices=EvidenceState.choices, initial=EvidenceState.NEEDED
            )
            self.fields[f"note__{evidence_id}"] = FreeTextField(
                label=_("Note"),
                message_label=format_lazy(
                    _("The note on “{document}”"), document=self.names[evidence_id]
                ),
                required=False,
                max_length=EVIDENCE_NOTE_LIMIT,
            )
        remember_what_was_shown(self)

    def rows(self):
        for evidence_id in self.evidence_ids:
            yield {
                "id": evidence_id,
                "name": self.names[evidence_id],
                "state": self[f"state__{evidence_id}"],
                "note": self[f"note__{evidence_id}"],
            }


class ClientCodeForm(CodeForm):
    """The resume code the client reads out, named as the client's (staff read this form); the
    field is the applicant's own (any text is read as a code or refused as a wrong one)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("The client's resume code")
        self.fields["code"].error_messages["required"] = _("Enter the client's resume code.")
