"""Trainers and managers author assignments and rubrics: the roles get their permissions."""

from django.db import migrations

from lms.accounts.roles import roles_migrate


class Migration(migrations.Migration):
    dependencies = [
        ("assignments", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(roles_migrate, migrations.RunPython.noop)]
