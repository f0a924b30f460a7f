"""manage.py private_files_move: move files stored before private storage existed out of MEDIA_ROOT.

Every file field whose storage is `lms.private_storage.private_storage` is visited (the models
are found, not named, so the foundation imports no domain). A row whose file is still in the
default storage gets it copied into private storage under a fresh random name, the row updated
and the public copy deleted; rows already moved are left alone, so running it twice is safe.
"""

from pathlib import PurePath

from django.apps import apps
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import models

from lms.private_storage import private_storage


def private_file_fields():
    """(model, field) for every FileField kept in private storage."""
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if (
                isinstance(field, models.FileField)
                and getattr(field, "_storage_callable", None) is private_storage
            ):
                yield model, field


class Command(BaseCommand):
    help = "Move private files (bulk lists, certificates, attachments, exports) from MEDIA_ROOT."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count only; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        moved = missing = 0
        for model, field in private_file_fields():
            rows = model._base_manager.exclude(**{field.name: ""}).only("pk", field.name)
            for row in rows.iterator():
                fieldfile = getattr(row, field.name)
                old_name = fieldfile.name
                if fieldfile.storage.exists(old_name):
                    continue
                if not default_storage.exists(old_name):
                    missing += 1
                    self.stderr.write(f"{model._meta.label} {row.pk}: {old_name} not found")
                    continue
                moved += 1
                if dry_run:
                    continue
                new_name = field.generate_filename(row, PurePath(old_name).name)
                with default_storage.open(old_name, "rb") as handle:
                    new_name = fieldfile.storage.save(new_name, handle)
                model._base_manager.filter(pk=row.pk).update(**{field.name: new_name})
                default_storage.delete(old_name)
        verb = "would move" if dry_run else "moved"
        self.stdout.write(f"Private files: {moved} {verb}, {missing} missing.")
