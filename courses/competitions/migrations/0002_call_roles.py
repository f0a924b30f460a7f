"""Managers run competitions: the role gets the calls' permissions."""

from django.db import migrations

from lms.accounts.roles import roles_migrate


class Migration(migrations.Migration):
    dependencies = [
        ("competitions", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(roles_migrate, migrations.RunPython.noop)]
