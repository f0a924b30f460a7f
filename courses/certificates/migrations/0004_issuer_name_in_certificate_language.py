"""Certificates issued in Kyrgyz or Russian named their issuer in English (the admin's site name,
"Municipal Academy"); they now name it in the certificate's language (settings.PLATFORM_NAME).
Only that exact default is replaced: a name a deployment set is kept. Files already drawn keep
their words until a certificate is reissued."""

from django.conf import settings
from django.db import migrations

OLD_DEFAULT = "Municipal Academy"


def forwards(apps, schema_editor):
    names = settings.PLATFORM_NAME
    if isinstance(names, str):
        return
    certificate_model = apps.get_model("certificates", "Certificate")
    for language, name in names.items():
        if name and name != OLD_DEFAULT:
            certificate_model.objects.filter(issuer_name=OLD_DEFAULT, language=language).update(
                issuer_name=name
            )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0003_certificate_files_private")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
