"""Managers review case proposals: grant the new permissions from lms.accounts.roles."""

from django.db import migrations


def roles_extend(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from lms.accounts.roles import roles_apply

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles_apply(apps)


class Migration(migrations.Migration):
    dependencies = [("cms", "0002_portal"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(roles_extend, migrations.RunPython.noop)]
