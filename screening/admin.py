"""Django admin for administrators. The audit log is read-only for everyone, superusers too.
A case's change form carries the version it was opened at, like every staff form."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .admin_safety import SafeChangeListMixin
from .audit import record, record_view
from .models import AuditAction, AuditEvent, Case, CaseSnapshot, EvidenceItem, Note
from .staff.search import search_cases
from .staff.versions import VERSION_FIELD, CaseChanged, claim


class NoteInline(admin.TabularInline):
    model = Note
    extra = 0
    readonly_fields = ("author", "kind", "body", "created_at")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class EvidenceItemInline(admin.TabularInline):
    model = EvidenceItem
    extra = 0
    readonly_fields = ("updated_by", "updated_at")


class CaseSnapshotInline(admin.TabularInline):
    model = CaseSnapshot
    extra = 0
    fields = ("as_of", "rules_version", "reason", "replaced_by", "replaced_at")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class CaseAdminForm(forms.ModelForm):
    case_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = Case
        fields = "__all__"  # noqa: DJ007 (the admin picks the fields it shows)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[VERSION_FIELD].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        current = (
            Case.objects.select_for_update()  # held by the admin's transaction until it saves
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        if cleaned.get(VERSION_FIELD) != current:
            self.data = self.data.copy()
            self.data[VERSION_FIELD] = current  # saving again, after a look, goes on top
            raise forms.ValidationError(
                _(
                    "Someone saved this case after you opened this page, and your changes were "
                    "not saved. They are still in the form: check the case's current details "
                    "(open it in another tab), then save again."
                ),
                code="case_changed",
            )
        return cleaned


@admin.register(Case)
class CaseAdmin(SafeChangeListMixin, admin.ModelAdmin):
    form = CaseAdminForm
    list_display = ("reference", "client_name", "status", "urgency", "assigned_to", "updated_at")
    list_filter = ("status", "urgency", "assigned_to")
    search_fields = ("reference",)  # and the name, through its blind index (below)
    list_select_related = ("assigned_to",)
    readonly_fields = (
        "reference",
        "answers",
        "assessment",
        "rules_version",
        "as_of",
        "language",  # set by the intake, like the answers
        "urgency",
        "verdict_summary",
        "created_by",
        "updated_by",
        "reviewed_by",
        "reviewed_at",
        "created_at",
        "updated_at",
    )
    inlines = (NoteInline, EvidenceItemInline, CaseSnapshotInline)

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return search_cases(queryset, search_term), False

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        if not change:
            obj.created_by = request.user
        else:
            claim(obj, form.cleaned_data.get(VERSION_FIELD))
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        """Record what changed, by field name only: the values may identify the client."""
        super().save_related(request, form, formsets, change)
        detail = {"via": "admin", "fields": sorted(set(form.changed_data) - {VERSION_FIELD})}
        if change:
            detail["version"] = form.instance.version
        for formset in formsets:
            changed = sorted(
                {
                    name
                    for inline in formset.forms
                    if inline.has_changed()
                    for name in inline.changed_data
                }
            )
            deleted = len(getattr(formset, "deleted_objects", ()))
            if changed or deleted:
                detail[formset.prefix] = {"fields": changed, "deleted": deleted}
        action = AuditAction.CASE_EDITED if change else AuditAction.CASE_CREATED
        record(request, action, form.instance, **detail)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        try:
            response = super().change_view(request, object_id, form_url, extra_context)
        except CaseChanged:  # saved by someone else between the form's check and the save
            messages.error(request, _("Someone saved this case at the same moment: try again."))
            return redirect(request.get_full_path())
        if request.method == "GET" and response.status_code == 200:
            case = self.get_object(request, object_id)
            record_view(request, case, page="admin")
        return response

    def delete_model(self, request, obj):
        reference = obj.reference
        super().delete_model(request, obj)
        record(request, AuditAction.CASE_DELETED, reference, via="admin")

    def delete_queryset(self, request, queryset):
        references = list(queryset.values_list("reference", flat=True))
        super().delete_queryset(request, queryset)
        for reference in references:
            record(request, AuditAction.CASE_DELETED, reference, via="admin", bulk=True)


@admin.register(AuditEvent)
class AuditEventAdmin(SafeChangeListMixin, admin.ModelAdmin):
    list_display = ("at", "username", "action", "case_reference", "ip_address")
    list_filter = ("action", "user", ("at", admin.DateFieldListFilter))
    search_fields = ("case_reference", "username")
    date_hierarchy = "at"
    readonly_fields = (
        "at",
        "user",
        "username",
        "action",
        "case_reference",
        "detail",
        "ip_address",
    )
    actions = None

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
