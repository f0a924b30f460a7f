"""Reading an unpacked Moodle backup (the `moodle2` format, Moodle 2.x to 5.x): the course, its
sections in order, each section's activities in its `sequence`, the files and the question bank.

Only the XML files are read (with defusedxml: no entity expansion, no network); the files' bytes
stay on disk under `files/<2 hex>/<contenthash>` until they are stored. `$@NULL@$` is Moodle's
empty value and is read as "".
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from defusedxml import ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException

from courses.moodle.archive import ArchiveRefused

NULL = "$@NULL@$"
# Moodle 2.0 (2010) to 5.x: backup_version is a date, 2010xxxx00 onwards.
OLDEST_BACKUP_VERSION = 2010000000


def text_of(element, path: str) -> str:
    if element is None:
        return ""
    node = element.find(path)
    if node is None or node.text is None or node.text == NULL:
        return ""
    return node.text


def _int(value: str, default: int = 0) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return default


def xml_read(path: Path):
    try:
        return SafeElementTree.parse(path).getroot()
    except (SafeElementTree.ParseError, DefusedXmlException, OSError) as error:
        raise ArchiveRefused(
            _("The backup's file “%(name)s” cannot be read: %(error)s")
            % {"name": path.name, "error": str(error)[:200]}
        ) from error


@dataclass
class BackupFile:
    contenthash: str
    contextid: str
    component: str
    filearea: str
    itemid: str
    filepath: str
    filename: str
    filesize: int
    mimetype: str
    sortorder: int
    path: Path  # where its bytes are on disk


@dataclass
class Activity:
    moduleid: str
    modname: str
    title: str
    directory: Path
    sectionid: str
    contextid: str = ""
    root: object = None  # the <activity> element of <modname>.xml
    module: object = None  # module.xml's root

    @property
    def data(self):
        """The activity's own element (<page>, <quiz>, ...)."""
        return self.root.find(self.modname) if self.root is not None else None


@dataclass
class Section:
    sectionid: str
    number: int
    name: str
    summary: str
    summaryformat: str
    activities: list = field(default_factory=list)


@dataclass
class Backup:
    root: Path
    moodle_release: str
    backup_release: str
    backup_version: int
    fullname: str
    shortname: str
    summary: str
    summaryformat: str
    users_included: bool
    sections: list
    files: list  # BackupFile, plain files only (directory entries "." left out)
    course_contextid: str = ""

    def files_for(self, contextid: str, component: str, filearea: str | None = None) -> list:
        return [
            f
            for f in self.files
            if f.contextid == contextid
            and f.component == component
            and (filearea is None or f.filearea == filearea)
        ]

    @property
    def activities(self) -> list:
        return [activity for section in self.sections for activity in section.activities]


def backup_read(root: Path) -> Backup:
    """The backup unpacked at `root`; ArchiveRefused when it is no Moodle course backup."""
    root = Path(root)
    manifest_path = root / "moodle_backup.xml"
    if not manifest_path.is_file():
        raise ArchiveRefused(
            _("This is not a Moodle backup: it has no moodle_backup.xml. Upload a .mbz file.")
        )
    manifest = xml_read(manifest_path)
    info = manifest.find("information")
    kind = text_of(info, "details/detail/type")
    if kind != "course":
        raise ArchiveRefused(
            _("This Moodle backup is of a %(kind)s, not a whole course: back up the course.")
            % {"kind": kind or "?"}
        )
    if text_of(info, "details/detail/format") not in ("", "moodle2"):
        raise ArchiveRefused(_("Only Moodle 2 to 5 backups (format moodle2) can be imported."))
    backup_version = _int(text_of(info, "backup_version"))
    if backup_version and backup_version < OLDEST_BACKUP_VERSION:
        raise ArchiveRefused(_("Backups of Moodle 1.9 and older cannot be imported."))
    users_included = any(
        text_of(setting, "name") == "users" and text_of(setting, "value") == "1"
        for setting in info.iterfind("settings/setting")
        if text_of(setting, "level") == "root"
    )
    course_root = xml_read(root / "course" / "course.xml")
    files = _files_read(root)
    sections = {}
    for element in info.iterfind("contents/sections/section"):
        directory = root / text_of(element, "directory")
        section_root = xml_read(directory / "section.xml")
        section = Section(
            sectionid=text_of(element, "sectionid"),
            number=_int(text_of(section_root, "number")),
            name=text_of(section_root, "name"),
            summary=text_of(section_root, "summary"),
            summaryformat=text_of(section_root, "summaryformat") or "1",
        )
        section.sequence = [s for s in text_of(section_root, "sequence").split(",") if s]
        sections[section.sectionid] = section
    activities = {}
    for element in info.iterfind("contents/activities/activity"):
        activity = Activity(
            moduleid=text_of(element, "moduleid"),
            modname=text_of(element, "modulename"),
            title=text_of(element, "title"),
            directory=root / text_of(element, "directory"),
            sectionid=text_of(element, "sectionid"),
        )
        main = activity.directory / f"{activity.modname}.xml"
        if main.is_file():
            activity.root = xml_read(main)
            activity.contextid = activity.root.get("contextid", "")
        if (activity.directory / "module.xml").is_file():
            activity.module = xml_read(activity.directory / "module.xml")
        activities[activity.moduleid] = activity
    for section in sections.values():
        listed = [activities.pop(cmid) for cmid in section.sequence if cmid in activities]
        # Activities the manifest puts in the section but its sequence forgets come last.
        rest = [a for a in list(activities.values()) if a.sectionid == section.sectionid]
        for activity in rest:
            activities.pop(activity.moduleid)
        section.activities = listed + rest
    ordered = sorted(sections.values(), key=lambda s: s.number)
    return Backup(
        root=root,
        moodle_release=text_of(info, "moodle_release"),
        backup_release=text_of(info, "backup_release"),
        backup_version=backup_version,
        fullname=text_of(course_root, "fullname") or text_of(info, "original_course_fullname"),
        shortname=text_of(course_root, "shortname"),
        summary=text_of(course_root, "summary"),
        summaryformat=text_of(course_root, "summaryformat") or "1",
        users_included=users_included,
        sections=ordered,
        files=files,
        course_contextid=course_root.get("contextid", ""),
    )


def _files_read(root: Path) -> list:
    path = root / "files.xml"
    if not path.is_file():
        return []
    result = []
    for element in xml_read(path).iterfind("file"):
        filename = text_of(element, "filename")
        contenthash = text_of(element, "contenthash")
        if filename in ("", ".") or len(contenthash) < 2:
            continue
        result.append(
            BackupFile(
                contenthash=contenthash,
                contextid=text_of(element, "contextid"),
                component=text_of(element, "component"),
                filearea=text_of(element, "filearea"),
                itemid=text_of(element, "itemid"),
                filepath=text_of(element, "filepath") or "/",
                filename=filename,
                filesize=_int(text_of(element, "filesize")),
                mimetype=text_of(element, "mimetype"),
                sortorder=_int(text_of(element, "sortorder")),
                path=root / "files" / contenthash[:2] / contenthash,
            )
        )
    return result
