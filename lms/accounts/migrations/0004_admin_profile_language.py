"""Wagtail's admin profiles take their person's language (lms/accounts/signals.py keeps them in
step from now on): review and approval e-mails go out in the language people chose."""

from django.db import migrations


def forwards(apps, schema_editor):
    profile_model = apps.get_model("wagtailusers", "UserProfile")
    for profile in profile_model.objects.select_related("user"):
        language = profile.user.preferred_language
        if profile.preferred_language != language:
            profile.preferred_language = language
            profile.save(update_fields=["preferred_language"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_notify_optional"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
