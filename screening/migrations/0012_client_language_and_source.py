from django.db import migrations, models


def forget_page_languages(apps, schema_editor):
    """Until now `language` held the language of the staff member's pages during the intake,
    not the client's: no case has a client's language recorded yet."""
    apps.get_model("screening", "Case").objects.update(language="", language_source="")


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0011_lost_versions_drafts_audit"),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="language_source",
            field=models.CharField(
                blank=True,
                choices=[
                    ("staff", "recorded by staff"),
                    ("saved_screening", "the language the client's saved screening was in"),
                ],
                default="",
                max_length=16,
                verbose_name="where the client's language came from",
            ),
        ),
        migrations.AlterField(
            model_name="case",
            name="language",
            field=models.CharField(
                blank=True, default="", max_length=16, verbose_name="client's language"
            ),
        ),
        migrations.RunPython(forget_page_languages, migrations.RunPython.noop),
    ]
