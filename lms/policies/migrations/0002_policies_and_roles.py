"""The two site policies (their texts are versions written in the admin), and the Managers'
permissions on the versions."""

from django.db import migrations

from lms.accounts.roles import roles_migrate

KINDS = ("privacy", "terms")


def policies_create(apps, schema_editor):
    site_policy = apps.get_model("policies", "SitePolicy")
    for kind in KINDS:
        site_policy.objects.get_or_create(kind=kind)


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [
        migrations.RunPython(policies_create, migrations.RunPython.noop),
        migrations.RunPython(roles_migrate, migrations.RunPython.noop),
    ]
