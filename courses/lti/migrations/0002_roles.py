"""Managers register the platforms that launch our courses: the role gets those permissions."""

from django.db import migrations

from lms.accounts.roles import roles_migrate


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(roles_migrate, migrations.RunPython.noop)]
