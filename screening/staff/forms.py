"""Small forms for the staff pages. Stored values are ids; labels are translated."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from screening import labels
from screening.models import Case, EvidenceState, NoteKind, Status, Urgency

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


class CaseFilterForm(forms.Form):
    q = forms.CharField(label=_("Client's name or reference"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Status.choices]
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"), required=False, choices=[("", _("Any urgency")), *Urgency.choices]
    )
    pathway = forms.ChoiceField(
        label=_("Pathway"),
        required=False,
        choices=[("", _("Any pathway")), *labels.PATHWAYS.items()],
    )
    verdict = forms.ChoiceField(
        label=_("Verdict for that pathway"),
        required=False,
        choices=[("", _("Any verdict")), *labels.VERDICTS.items()],
    )
    mine = forms.BooleanField(label=_("Only cases assigned to me"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=list(SORTS.items()))


class NewCaseForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = ["client_name", "client_contact", "a_number"]
        help_texts = {
            "client_contact": _("Optional: a phone number or email address."),
            "a_number": _("Optional: the letter A and 8 or 9 digits."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "a123-456-789" is accepted and stored as A123456789: the model's format check runs on
        # the normalized value (in the model validation), not on what was typed.
        self.fields["a_number"].validators = []
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}-hint"

    def clean_a_number(self):
        return self.cleaned_data["a_number"].strip().upper().replace("-", "").replace(" ", "")


class CaseDetailsForm(NewCaseForm):
    class Meta(NewCaseForm.Meta):
        fields = ["client_name", "client_contact", "a_number", "assigned_to"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = staff_users()
        self.fields["assigned_to"].label_from_instance = lambda u: u.get_full_name() or u.username


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    kind = forms.ChoiceField(
        label=_("Kind of note"), choices=NoteKind.choices, initial=NoteKind.INTERNAL
    )

    def __init__(self, *args, can_write_attorney_notes: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_write_attorney_notes:
            self.fields["kind"].choices = [(NoteKind.INTERNAL, NoteKind.INTERNAL.label)]
            self.fields["kind"].widget = forms.HiddenInput()


class StatusForm(forms.Form):
    """Statuses a paralegal may set. `reviewed` comes only from an attorney's review."""

    CHOICES = [
        (Status.SCREENED, Status.SCREENED.label),
        (Status.IN_REVIEW, Status.IN_REVIEW.label),
        (Status.CLOSED, Status.CLOSED.label),
    ]
    status = forms.ChoiceField(label=_("New status"), choices=CHOICES)

    def __init__(self, *args, case: Case, **kwargs):
        self.case = case
        super().__init__(*args, **kwargs)

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status != Status.CLOSED and not self.case.assessment:
            raise forms.ValidationError(
                _("Finish the intake first: a draft can only be closed."), code="draft"
            )
        return status


class EvidenceForm(forms.Form):
    """One state and one note per evidence item the assessment asks for."""

    def __init__(self, *args, evidence_ids: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.evidence_ids = evidence_ids
        for evidence_id in evidence_ids:
            self.fields[f"state__{evidence_id}"] = forms.ChoiceField(
                label=_("State"), choices=EvidenceState.choices, initial=EvidenceState.NEEDED
            )
            self.fields[f"note__{evidence_id}"] = forms.CharField(
                label=_("Note"), required=False, max_length=500
            )

    def rows(self):
        for evidence_id in self.evidence_ids:
            yield {
                "id": evidence_id,
                "name": labels.name(labels.EVIDENCE, evidence_id),
                "state": self[f"state__{evidence_id}"],
                "note": self[f"note__{evidence_id}"],
            }
