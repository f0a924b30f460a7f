"""Writing a person's data into a ZIP without holding it in memory.

`data.json` is one JSON object, {"person": ..., "<provider key>": [records...], ...}, written
record by record as each provider's iterator yields; each provider's files are copied in
chunks under `files/<provider key>/`; `summary.html` comes last, with the counts it has seen.
"""

import json
import logging
import shutil
import zipfile
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone

from lms.i18n import platform_name
from lms.privacy.providers import PersonalDataProvider

logger = logging.getLogger(__name__)

COPY_CHUNK = 1024 * 1024


@dataclass
class Section:
    key: str
    title: str
    records: int = 0
    files: int = 0


@dataclass
class ExportSummary:
    sections: list[Section] = field(default_factory=list)
    missing_files: int = 0


def _dumps(value, indent: str) -> str:
    text = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + indent)


def person_record(user) -> dict:
    """The person's profile at the top of data.json and of the summary."""
    municipality = user.municipality
    return {
        "id": user.pk,
        "email": user.email,
        "full_name": user.full_name,
        "municipality": str(municipality) if municipality else None,
        "position": user.get_position_display(),
        "gender": user.get_gender_display(),
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined,
        "exported_at": timezone.now(),
    }


def export_zip_write(*, user, providers: list[PersonalDataProvider], out) -> ExportSummary:
    """Write the person's ZIP into the binary file `out` (seekable); the counts per section."""
    summary = ExportSummary()
    person = person_record(user)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        with archive.open("data.json", "w", force_zip64=True) as raw:

            def write(text: str) -> None:
                raw.write(text.encode("utf-8"))

            write('{\n  "person": ' + _dumps(person, "  "))
            for provider in providers:
                section = Section(key=provider.key, title=str(provider.title))
                summary.sections.append(section)
                write(",\n  " + json.dumps(provider.key) + ": [")
                for record in provider.records(user):
                    write(("," if section.records else "") + "\n    " + _dumps(record, "    "))
                    section.records += 1
                write("\n  ]" if section.records else "]")
            write("\n}\n")
        for provider, section in zip(providers, summary.sections, strict=True):
            for archive_path, storage, name in provider.files(user):
                target = f"files/{provider.key}/{str(archive_path).lstrip('/')}"
                try:
                    source = storage.open(name, "rb")
                except (FileNotFoundError, OSError):
                    logger.warning("Data export: %s is missing from storage", name)
                    summary.missing_files += 1
                    continue
                with source, archive.open(target, "w", force_zip64=True) as dest:
                    shutil.copyfileobj(source, dest, COPY_CHUNK)
                section.files += 1
        archive.writestr(
            "summary.html",
            render_to_string(
                "privacy/export_summary.html",
                {
                    "person": person,
                    "summary": summary,
                    "platform": platform_name(),
                },
            ),
        )
    return summary
