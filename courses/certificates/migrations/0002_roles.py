"""Managers revoke and reissue certificates and edit designs: the roles get those permissions."""

from django.db import migrations

from lms.accounts.roles import roles_migrate


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(roles_migrate, migrations.RunPython.noop)]
