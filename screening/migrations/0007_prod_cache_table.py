"""The database cache's table (settings.CACHES without REDIS_URL), so that every `migrate`
(make run, make serve, the test databases, a release step) leaves the shared cache usable."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0006_memo_snapshot_reason"),
    ]

    operations = [
        migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=True),
    ]
