"""Managers review case proposals: the roles get those permissions."""

from django.db import migrations


def roles_extend(apps, schema_editor):
    """Grant the proposal permissions listed in lms.accounts.roles (made now, not after migrate)."""
    from django.contrib.auth.management import create_permissions

    from lms.accounts.roles import roles_apply

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles_apply(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(roles_extend, migrations.RunPython.noop)]
