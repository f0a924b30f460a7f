"""Importing a Moodle course backup: the job (queue, run, progress) and the import itself.

`mbz_import` unpacks the backup safely into a temporary directory, reads it, and builds the
course in one transaction: a draft `CoursePage` in the chosen catalogue, a draft `ModulePage`
per section with activities, a draft `LessonPage` per activity, files as Wagtail images and
documents in the course's collection, the question bank in the course's bank and each quiz with
its questions as bank slots. A dry run does the same and rolls it back (storing no file), so its
report is the real one. Nothing is published: the course goes through the review workflow.
"""

import math
import os
import shutil
import tempfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Topic
from courses.moodle import report as report_lines
from courses.moodle.archive import ArchiveRefused, archive_extract
from courses.moodle.backup import Activity, Backup, backup_read, text_of, xml_read
from courses.moodle.content import (
    Linker,
    blocks_from_html,
    in_language,
    plain_in_language,
    rich_text,
    stream_data,
)
from courses.moodle.models import ImportStatus, MoodleImport
from courses.moodle.questions import Bank, bank_read
from courses.quizzes.authoring import questions_import_to_bank, quiz_get_or_create
from courses.quizzes.bank import category_for_path
from courses.quizzes.formats import ParseResult
from courses.quizzes.formats.files import (
    course_collection,
    rewrite_pluginfile_links,
    store_files,
)
from courses.quizzes.models import GradingMethod, Question, QuizSlot
from lms.outbox.services import outbox_send
from lms.slugs import ascii_slug

PROGRESS_KEY = "moodle-import-progress:{}"
IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp")
# Moodle activities with no counterpart here: their names as the stub lessons say them.
ACTIVITY_NAMES = {
    "forum": gettext_noop("forum"),
    "assign": gettext_noop("assignment"),
    "scorm": gettext_noop("SCORM package"),
    "h5pactivity": gettext_noop("H5P activity"),
    "hvp": gettext_noop("H5P activity"),
    "lti": gettext_noop("external tool (LTI)"),
    "feedback": gettext_noop("feedback"),
    "choice": gettext_noop("choice"),
    "glossary": gettext_noop("glossary"),
    "wiki": gettext_noop("wiki"),
    "workshop": gettext_noop("workshop"),
    "data": gettext_noop("database"),
    "lesson": gettext_noop("lesson"),
    "chat": gettext_noop("chat"),
    "survey": gettext_noop("survey"),
    "imscp": gettext_noop("IMS content package"),
    "bigbluebuttonbn": gettext_noop("BigBlueButton meeting"),
    "qbank": gettext_noop("question bank"),
    "subsection": gettext_noop("subsection"),
}
STUB_TEXT = gettext_noop("This was a Moodle %(kind)s “%(name)s”; it was not imported.")
GENERAL_SECTION = gettext_noop("General")
SECTION_TITLE = gettext_noop("Section %(number)s")
QUIZ_LESSON_TEXT = gettext_noop("Take the quiz below.")
GRADE_METHODS = {"1": GradingMethod.HIGHEST, "2": GradingMethod.AVERAGE, "4": GradingMethod.LAST}


class ImportFailed(ValueError):
    pass


@dataclass
class ImportResult:
    report: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    course: CoursePage | None = None


def progress_get(job: MoodleImport) -> int:
    """The job's progress: the row's, or the running import's (kept in the cache while its
    transaction is open, so the row cannot show it yet)."""
    if job.is_finished:
        return job.progress
    return max(job.progress, cache.get(PROGRESS_KEY.format(job.pk)) or 0)


# ---- the job -----------------------------------------------------------------------------


@transaction.atomic
def import_job_create(*, user, upload, parent, language: str, dry_run: bool) -> MoodleImport:
    """Keep the upload privately and queue the import (a Celery task through the outbox)."""
    job = MoodleImport(
        user=user,
        file_name=getattr(upload, "name", "backup.mbz")[:255],
        file_size=getattr(upload, "size", 0) or 0,
        parent=parent,
        language=language,
        dry_run=dry_run,
    )
    job.file.save(job.file_name, upload, save=False)
    job.save()
    from courses.moodle.tasks import moodle_import_run

    outbox_send(moodle_import_run, job.pk)
    return job


def import_job_run(job_id: int) -> MoodleImport | None:
    """Run a queued job (idempotent: a job already started or finished is left alone)."""
    started = MoodleImport.objects.filter(pk=job_id, status=ImportStatus.QUEUED).update(
        status=ImportStatus.RUNNING, started_at=timezone.now(), progress=1
    )
    job = MoodleImport.objects.filter(pk=job_id).first()
    if not started or job is None:
        return job
    key = PROGRESS_KEY.format(job.pk)

    def progress(percent: int) -> None:
        cache.set(key, int(percent), 3600)

    try:
        parent = CourseIndexPage.objects.filter(pk=job.parent_id).first()
        if parent is None:
            raise ImportFailed(_("The catalogue chosen for this import no longer exists."))
        with _local_copy(job.file) as local_path:
            result = mbz_import(
                local_path,
                parent=parent,
                language=job.language,
                dry_run=job.dry_run,
                user=job.user,
                progress=progress,
            )
    except (ArchiveRefused, ImportFailed) as error:
        MoodleImport.objects.filter(pk=job.pk).update(
            status=ImportStatus.FAILED, error=str(error)[:4000], finished_at=timezone.now()
        )
    except Exception as error:
        MoodleImport.objects.filter(pk=job.pk).update(
            status=ImportStatus.FAILED,
            error=_("The import stopped on an unexpected error: %(error)s")
            % {"error": f"{type(error).__name__}: {error}"[:2000]},
            finished_at=timezone.now(),
        )
        raise
    else:
        MoodleImport.objects.filter(pk=job.pk).update(
            status=ImportStatus.DONE,
            progress=100,
            report=result.report,
            counts=result.counts,
            course=None if job.dry_run else result.course,
            finished_at=timezone.now(),
        )
    finally:
        cache.delete(key)
    job.refresh_from_db()
    return job


@contextmanager
def _local_copy(field_file):
    """A path on disk for the stored backup: the file itself on a file system storage, else a
    temporary copy written in chunks (object storage), removed afterwards."""
    try:
        local = Path(field_file.path)
    except NotImplementedError:
        local = None
    if local is not None:
        yield local
        return
    handle, name = tempfile.mkstemp(suffix=".mbz", dir=getattr(settings, "MOODLE_IMPORT_TMP", None))
    try:
        with os.fdopen(handle, "wb") as out, field_file.open("rb") as source:
            for chunk in source.chunks():
                out.write(chunk)
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


# ---- the import --------------------------------------------------------------------------


class _Rollback(Exception):
    pass


def mbz_import(
    path, *, parent: CourseIndexPage, language: str, dry_run: bool = False, user=None, progress=None
) -> ImportResult:
    """Import the backup at `path` under the catalogue `parent` as a draft course in `language`.

    Raises ArchiveRefused (unsafe or not a course backup) or ImportFailed (nothing imported)."""
    progress = progress or (lambda percent: None)
    workdir = Path(
        tempfile.mkdtemp(prefix="mbz-", dir=getattr(settings, "MOODLE_IMPORT_TMP", None))
    )
    try:
        archive_extract(path, workdir, progress=lambda share: progress(2 + int(share * 38)))
        progress(40)
        backup = backup_read(workdir)
        bank = bank_read(workdir, language=language)
        progress(45)
        topic = Topic.objects.order_by("sort_order", "pk").first()
        if topic is None:
            raise ImportFailed(_("Add a course topic first: a course needs one."))
        with translation.override(language):
            importer = _Importer(
                backup=backup,
                bank=bank,
                parent=parent,
                language=language,
                dry_run=dry_run,
                user=user,
                topic=topic,
                progress=progress,
            )
            try:
                with transaction.atomic():
                    importer.run()
                    if dry_run:
                        raise _Rollback
            except _Rollback:
                importer.course = None
        return importer.result()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _unique_slug(base: str, used: set, fallback: str) -> str:
    base = (ascii_slug(base) or fallback)[:70]
    slug, number = base, 2
    while slug in used:
        slug = f"{base}-{number}"
        number += 1
    used.add(slug)
    return slug


class _Importer:
    def __init__(
        self, *, backup: Backup, bank: Bank, parent, language, dry_run, user, topic, progress
    ):
        self.backup, self.bank, self.parent = backup, bank, parent
        self.language, self.dry_run, self.user, self.topic = language, dry_run, user, topic
        self.progress = progress
        self.report = []
        self.counts = Counter()
        self.not_supported = Counter()
        self.course = None
        self.collection = None
        self.pages = {}  # cmid -> lesson
        self.questions = {}  # bank entry id -> Question
        self.categories = {}  # bank category id -> QuestionCategory
        self.bodies = []  # (lesson, builder) filled once every lesson exists
        self.lesson_lines = {}  # lesson pk -> its report line (notes found while building)

    # -- report ---------------------------------------------------------------------------
    def line(self, position, name, kind, status, detail=""):
        self.report.append(report_lines.line(position, name, kind, status, detail))

    def result(self) -> ImportResult:
        counts = dict(self.counts)
        counts["not_supported"] = dict(self.not_supported)
        return ImportResult(report=self.report, counts=counts, course=self.course)

    # -- the whole course -----------------------------------------------------------------
    def run(self):
        backup = self.backup
        self.line(
            "",
            backup.shortname,
            "backup",
            report_lines.INFO,
            _("Moodle %(release)s backup (backup version %(version)s).")
            % {"release": backup.moodle_release or "?", "version": backup.backup_version or "?"},
        )
        if backup.users_included:
            self.line(
                "",
                backup.shortname,
                "backup",
                report_lines.INFO,
                _(
                    "The backup holds user data (people, attempts, posts, grades): it was "
                    "ignored, only the course content is imported."
                ),
            )
        self.course_create()
        activities = backup.activities
        total = max(len(activities), 1)
        done = 0
        self.bank_import()
        self.progress(55)
        for section in backup.sections:
            parent_page, position = self.section_module(section)
            for index, activity in enumerate(section.activities, start=1):
                self.activity_import(activity, parent_page, f"{position}.{index}")
                done += 1
                self.progress(55 + int(35 * done / total))
        for lesson, builder in self.bodies:
            blocks = builder()
            if self.dry_run:
                blocks = [(k, v) for k, v in blocks if not _has_missing_object(v)]
            if not blocks:
                blocks = [("paragraph", "<p>—</p>")]
            lesson.body = stream_data(blocks)
            if not self.dry_run:
                lesson.save()
                lesson.save_revision(user=self.user)
            else:
                lesson.full_clean()
        self.progress(98)

    def course_create(self):
        backup = self.backup
        title = plain_in_language(backup.fullname, self.language)[:255] or backup.shortname
        summary_html = in_language(backup.summary, backup.summaryformat, self.language)
        summary = plain_in_language(backup.summary, self.language)[:250] or title[:250]
        description = rich_text(summary_html) or f"<p>{_escape(title)}</p>"
        used = set(self.parent.get_children().values_list("slug", flat=True))
        course = CoursePage(
            title=title,
            slug=_unique_slug(backup.shortname or title, used, "moodle-course"),
            live=False,
            owner=self.user,
            summary=summary,
            description=description,
            topic=self.topic,
            level="beginner",
            estimated_hours=1,
        )
        if self.user is not None and self.user.groups.filter(name="Trainer").exists():
            course.trainers = [self.user]
        self.parent.add_child(instance=course)
        if not self.dry_run:
            course.save_revision(user=self.user)
            self.collection = course_collection(course.translation_key)
        self.course = course
        self.counts["courses"] += 1
        self.slugs = {course.pk: set()}
        self.line("", title, "course", report_lines.IMPORTED)

    def section_module(self, section):
        position = str(section.number)
        if not section.activities:
            name = plain_in_language(section.name, self.language)
            self.line(
                position,
                name or _(SECTION_TITLE) % {"number": section.number},
                "section",
                report_lines.SKIPPED,
                _("no activities: no module made"),
            )
            return None, position
        title = plain_in_language(section.name, self.language)
        if not title:
            title = (
                _(GENERAL_SECTION)
                if section.number == 0
                else _(SECTION_TITLE) % {"number": section.number}
            )
        module = ModulePage(
            title=title[:255],
            slug=_unique_slug(title, self.slugs[self.course.pk], f"section-{section.number}"),
            live=False,
            owner=self.user,
            intro=plain_in_language(section.summary, self.language)[:800],
        )
        self.course.add_child(instance=module)
        if not self.dry_run:
            module.save_revision(user=self.user)
        self.slugs[module.pk] = set()
        self.counts["sections"] += 1
        self.line(position, title, "section", report_lines.IMPORTED)
        return module, position

    # -- files ----------------------------------------------------------------------------
    def files_of(self, activity: Activity, component: str, filearea: str | None = None):
        return sorted(
            self.backup.files_for(activity.contextid, component, filearea),
            key=lambda f: (f.filepath, f.sortorder, f.filename),
        )

    def file_store(self, backup_file):
        """("image"|"document", stored object) for a file of the backup (None in a dry run)."""
        is_image = backup_file.mimetype in IMAGE_TYPES or backup_file.filename.lower().endswith(
            IMAGE_EXTENSIONS
        )
        kind = "image" if is_image else "document"
        self.counts["files"] += 1
        if self.dry_run:
            return kind, None
        if not backup_file.path.is_file():
            self.counts["files"] -= 1
            return None
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        title = backup_file.filename[:255]
        with open(backup_file.path, "rb") as handle:
            if is_image:
                try:
                    image = get_image_model()(title=title, collection=self.collection)
                    image.file = File(handle, name=backup_file.filename)
                    image.save()
                    return "image", image
                except Exception:  # noqa: BLE001 (not a picture Pillow reads: keep it as a file)
                    handle.seek(0)
            document = get_document_model()(title=title, collection=self.collection)
            document.file.save(backup_file.filename, File(handle), save=False)
            document.save()
            return "document", document

    def files_map(self, activity, component, filearea=None, itemid=None) -> dict:
        stored = {}
        for backup_file in self.files_of(activity, component, filearea):
            if itemid is not None and backup_file.itemid != itemid:
                continue
            result = self.file_store(backup_file)
            if result is not None:
                stored[backup_file.filename] = result
        return stored

    # -- activities -----------------------------------------------------------------------
    def lesson_create(self, parent_page, activity, title, summary=""):
        parent_page = parent_page or self.course
        used = self.slugs.setdefault(parent_page.pk, set())
        lesson = LessonPage(
            title=(title or activity.modname)[:255],
            slug=_unique_slug(title, used, f"{activity.modname}-{activity.moduleid}"),
            live=False,
            owner=self.user,
            summary=summary[:300],
            body=stream_data([("paragraph", "<p>—</p>")]),
        )
        parent_page.add_child(instance=lesson)
        self.pages[activity.moduleid] = lesson
        self.counts["lessons"] += 1
        return lesson

    def activity_import(self, activity: Activity, parent_page, position: str):
        data = activity.data
        name = plain_in_language(text_of(data, "name") or activity.title, self.language)
        intro_raw = text_of(data, "intro")
        intro_fmt = text_of(data, "introformat") or "1"
        summary = plain_in_language(intro_raw, self.language)
        modname = activity.modname
        if modname == "label":  # no name of its own: Moodle shows its first words
            words = summary.split()
            name = " ".join(words[:8]) + (" …" if len(words) > 8 else "") or name
        handler = getattr(self, f"import_{modname}", None)
        if data is None or handler is None:
            self.stub(activity, parent_page, position, name, summary)
            return
        intro_files = self.files_map(activity, f"mod_{modname}", "intro")
        lesson = self.lesson_create(
            parent_page, activity, name, summary if modname != "label" else ""
        )
        status, detail = handler(activity, lesson, intro_raw, intro_fmt, intro_files) or (
            report_lines.IMPORTED,
            "",
        )
        self.line(position, name, modname, status, detail)
        self.lesson_lines[lesson.pk] = self.report[-1]

    def linker(self, files):
        return Linker(files=files, pages=self.pages, course_page=self.course)

    def text_blocks(self, raw, fmt, files, linker=None):
        linker = linker or self.linker(files)
        return blocks_from_html(in_language(raw, fmt, self.language), linker), linker

    def later(self, lesson, builder):
        self.bodies.append((lesson, builder))

    def import_page(self, activity, lesson, intro_raw, intro_fmt, intro_files):
        data = activity.data
        files = self.files_map(activity, "mod_page", "content")

        def build():
            blocks, linker = self.text_blocks(
                text_of(data, "content"), text_of(data, "contentformat") or "1", files
            )
            self._linker_notes(lesson, linker)
            return blocks

        self.later(lesson, build)
        return None

    def import_label(self, activity, lesson, intro_raw, intro_fmt, intro_files):
        self.later(lesson, lambda: self.text_blocks(intro_raw, intro_fmt, intro_files)[0])
        return report_lines.CHANGED, _("a label (text on the course page) became a lesson")

    def import_url(self, activity, lesson, intro_raw, intro_fmt, intro_files):
        url = text_of(activity.data, "externalurl").strip()
        safe = url.lower().startswith(("http://", "https://", "mailto:"))

        def build():
            blocks = self.text_blocks(intro_raw, intro_fmt, intro_files)[0]
            if safe:
                link = f'<p><a href="{_escape(url)}">{_escape(lesson.title)}</a></p>'
                blocks.append(("paragraph", rich_text(link)))
            return blocks

        self.later(lesson, build)
        if not safe:
            return report_lines.CHANGED, _(
                "the address “%(url)s” was left out (not a web link)"
            ) % {"url": url[:200]}
        return None

    def _file_blocks(self, stored: dict):
        blocks = []
        for filename, (kind, obj) in stored.items():
            if kind == "image":
                blocks.append(("image", {"image": obj, "alt": filename[:250], "caption": ""}))
            else:
                blocks.append(("document", {"document": obj, "title": filename[:200]}))
        return blocks

    def import_resource(self, activity, lesson, intro_raw, intro_fmt, intro_files):
        stored = self.files_map(activity, "mod_resource", "content")
        self.later(
            lesson,
            lambda: (
                self.text_blocks(intro_raw, intro_fmt, intro_files)[0] + self._file_blocks(stored)
            ),
        )
        if not stored:
            return report_lines.CHANGED, _("the file is missing from the backup")
        return None

    def import_folder(self, activity, lesson, intro_raw, intro_fmt, intro_files):
        stored = self.files_map(activity, "mod_folder", "content")
        self.later(
            lesson,
            lambda: (
                self.text_blocks(intro_raw, intro_fmt, intro_files)[0] + self._file_blocks(stored)
            ),
        )
        return None

    def import_book(self, activity, lesson, intro_raw, intro_fmt, intro_files):
        chapters = sorted(
            activity.data.iterfind("chapters/chapter"),
            key=lambda c: int(text_of(c, "pagenum") or 0),
        )
        files = self.files_map(activity, "mod_book", "chapter")

        def build():
            blocks = self.text_blocks(intro_raw, intro_fmt, intro_files)[0]
            linker = self.linker(files)
            for chapter in chapters:
                if text_of(chapter, "hidden") == "1":
                    continue
                title = plain_in_language(text_of(chapter, "title"), self.language)
                if title:
                    blocks.append(("heading", title[:255]))
                blocks += self.text_blocks(
                    text_of(chapter, "content"),
                    text_of(chapter, "contentformat") or "1",
                    files,
                    linker,
                )[0]
            self._linker_notes(lesson, linker)
            return blocks

        self.later(lesson, build)
        count = len(chapters)
        return report_lines.CHANGED, _("%(count)s chapters as headings of one lesson") % {
            "count": count
        }

    # Notes found while building bodies (after every lesson exists) are added to the report.
    def _linker_notes(self, lesson, linker):
        notes = []
        if linker.missing:
            notes.append(
                _("files missing from the backup: %(names)s")
                % {"names": ", ".join(sorted(set(linker.missing)))}
            )
        if linker.unresolved:
            notes.append(
                _("links to activities not imported made plain text: %(links)s")
                % {"links": ", ".join(sorted(set(linker.unresolved)))}
            )
        if notes and lesson.pk in self.lesson_lines:
            report_lines.add_changes(self.lesson_lines[lesson.pk], notes)

    def stub(self, activity, parent_page, position, name, summary):
        kind_name = ACTIVITY_NAMES.get(activity.modname)
        kind = _(kind_name) if kind_name else activity.modname
        text = _(STUB_TEXT) % {"kind": kind, "name": name or activity.modname}
        lesson = self.lesson_create(parent_page, activity, name or kind, summary)
        intro_raw = text_of(activity.data, "intro")
        intro_fmt = text_of(activity.data, "introformat") or "1"
        intro_files = (
            self.files_map(activity, f"mod_{activity.modname}", "intro")
            if activity.data is not None
            else {}
        )

        def build():
            blocks = [
                (
                    "callout",
                    {"kind": "warning", "title": "", "text": rich_text(f"<p>{_escape(text)}</p>")},
                )
            ]
            return blocks + self.text_blocks(intro_raw, intro_fmt, intro_files)[0]

        self.later(lesson, build)
        self.not_supported[activity.modname] += 1
        self.line(
            position,
            name,
            activity.modname,
            report_lines.NOT_SUPPORTED,
            _("kept as a lesson that says what it was"),
        )

    # -- quizzes and the question bank ----------------------------------------------------
    def bank_import(self):
        for entry_id, entry in self.bank.entries.items():
            if entry.qtype == "random":
                continue
            category = self.bank.categories.get(entry.category_id)
            position = f"Q{entry.question_id}"
            if entry.parsed is None:
                self.counts["questions_refused"] += 1
                self.line(position, entry.name, entry.qtype, report_lines.REFUSED, entry.refused)
                continue
            self.question_files(entry)
            question = self.question_save(entry.parsed, self.category_get(category))
            question.bank_entry = entry_id
            self.questions[entry_id] = question
            self.counts["questions"] += 1
            status = report_lines.CHANGED if entry.parsed.changes else report_lines.IMPORTED
            self.line(position, entry.name, entry.qtype, status, "; ".join(entry.parsed.changes))

    def question_files(self, entry):
        """Files of the question's texts (component "question", item = the question's id)
        stored in the course's collection, and its `@@PLUGINFILE@@` links rewritten."""
        files = [
            f
            for f in self.backup.files
            if f.component == "question" and f.itemid == entry.question_id and f.path.is_file()
        ]
        if not files:
            return
        self.counts["files"] += len(files)
        if self.dry_run:  # nothing stored; the links count as rewritten, as they would be
            urls = {f.filename: "#" for f in files}
        else:
            urls = store_files(
                {f.filename: f.path.read_bytes() for f in files}, collection=self.collection
            )
        parsed = entry.parsed
        for name in (
            "text",
            "general_feedback",
            "correct_feedback",
            "partially_correct_feedback",
            "incorrect_feedback",
        ):
            for suffix in ("", "_ru", "_en"):
                value = getattr(parsed, f"{name}{suffix}", "")
                setattr(parsed, f"{name}{suffix}", rewrite_pluginfile_links(value, urls))
        for option in parsed.options:
            for suffix in ("", "_ru", "_en"):
                for name in ("text", "feedback"):
                    value = getattr(option, f"{name}{suffix}", "")
                    setattr(option, f"{name}{suffix}", rewrite_pluginfile_links(value, urls))

    def category_get(self, category):
        if category is None:
            return category_for_path(self.course.translation_key, [])
        if category.id not in self.categories:
            made = category_for_path(self.course.translation_key, category.path)
            changed = []
            if category.info and not made.info:
                made.info = in_language(category.info, "1", self.language)
                changed.append("info")
            if category.idnumber and not made.idnumber:
                made.idnumber = category.idnumber[:100]
                changed.append("idnumber")
            if changed:
                made.save(update_fields=changed)
            self.categories[category.id] = made
        return self.categories[category.id]

    def question_save(self, parsed, category) -> Question:
        """Into the course's bank through the question formats' own path (the same fields,
        files and checks as a GIFT or Moodle XML import)."""
        outcome = questions_import_to_bank(
            course_key=self.course.translation_key,
            result=ParseResult(questions=[parsed]),
            category=category,
        )
        for item in outcome.report:
            parsed.changes.extend(note for note in item.notes if note not in parsed.changes)
        return (outcome.created or outcome.updated)[0]

    def import_quiz(self, activity, lesson, intro_raw, intro_fmt, intro_files):
        data = activity.data
        names = _titles(text_of(data, "name") or activity.title, self.language)
        grade = Decimal(text_of(data, "grade") or "0")
        gradepass = Decimal(0)
        grades_path = activity.directory / "grades.xml"
        if grades_path.is_file():
            for item in xml_read(grades_path).iter("grade_item"):
                if text_of(item, "itemmodule") == "quiz":
                    gradepass = Decimal(text_of(item, "gradepass") or "0")
                    break
        changes = []
        pass_mark = int(round(gradepass / grade * 100)) if grade > 0 else 0
        pass_mark = max(0, min(pass_mark, 100))
        timelimit = int(text_of(data, "timelimit") or 0)
        minutes = math.ceil(timelimit / 60) if timelimit else None
        if minutes and minutes > 600:
            minutes = 600
            changes.append(_("time limit shortened to 600 minutes"))
        method = text_of(data, "grademethod")
        grading = GRADE_METHODS.get(method, GradingMethod.HIGHEST)
        if method == "3":
            changes.append(_("“first attempt” grading became “highest grade”"))
        shuffle_questions = any(
            text_of(section, "shufflequestions") == "1"
            for section in data.iterfind("sections/section")
        )
        quiz, _created = quiz_get_or_create(
            lesson=lesson,
            title=names["ky"][:200] or lesson.title[:200],
            title_ru=names["ru"][:200],
            title_en=names["en"][:200],
            pass_mark=pass_mark,
            attempts_allowed=int(text_of(data, "attempts_number") or 0),
            time_limit_minutes=minutes,
            grading_method=grading,
            shuffle_questions=shuffle_questions,
            shuffle_options=text_of(data, "shuffleanswers") == "1",
        )
        self.counts["quizzes"] += 1
        slot_count = 0
        instances = sorted(
            data.iterfind("question_instances/question_instance"),
            key=lambda i: int(text_of(i, "slot") or 0),
        )
        for instance in instances:
            slot_number = text_of(instance, "slot")
            reference = instance.find("question_reference")
            set_reference = instance.find("question_set_reference")
            entry_id = text_of(reference, "questionbankentryid") if reference is not None else ""
            if reference is None and set_reference is None:  # Moodle 3.x: a question id
                entry_id = self.bank.by_question.get(text_of(instance, "questionid"), "")
            entry = self.bank.entries.get(entry_id)
            slot_count += 1
            if set_reference is not None or (entry is not None and entry.qtype == "random"):
                category_id, subcategories = _random_filter(set_reference, entry)
                category = self.bank.categories.get(category_id)
                if category is None:
                    changes.append(
                        _("slot %(slot)s: the random question's category is missing")
                        % {"slot": slot_number}
                    )
                    continue
                QuizSlot.objects.create(
                    quiz=quiz,
                    sort_order=slot_count,
                    category=self.category_get(category),
                    include_subcategories=subcategories,
                    count=1,
                )
                continue
            question = self.questions.get(entry_id)
            if question is None:
                changes.append(
                    _("slot %(slot)s: its question was not imported (see the bank lines)")
                    % {"slot": slot_number}
                )
                continue
            maxmark = Decimal(text_of(instance, "maxmark") or question.points).quantize(
                Decimal("0.01")
            )
            if (
                maxmark != question.points
                and question.qtype != "description"
                and not question.slots.exists()
            ):
                changes.append(
                    _("slot %(slot)s: the question's mark set to the quiz's %(mark)s")
                    % {"slot": slot_number, "mark": maxmark}
                )
                Question.objects.filter(pk=question.pk).update(points=maxmark)
                question.points = maxmark
            QuizSlot.objects.create(quiz=quiz, sort_order=slot_count, question=question)

        def build():
            blocks = self.text_blocks(intro_raw, intro_fmt, intro_files)[0]
            return blocks or [("paragraph", f"<p>{_escape(_(QUIZ_LESSON_TEXT))}</p>")]

        self.later(lesson, build)
        detail = _("%(count)s slots") % {"count": slot_count}
        if changes:
            return report_lines.CHANGED, "; ".join([detail, *changes])
        return report_lines.IMPORTED, detail


def _random_filter(set_reference, entry) -> tuple[str, bool]:
    import json

    if set_reference is not None:
        try:
            condition = json.loads(text_of(set_reference, "filtercondition") or "{}")
        except ValueError:
            condition = {}
        category = condition.get("filter", {}).get("category", {})
        values = category.get("values") or []
        if values:
            options = category.get("filteroptions", {})
            return str(values[0]), bool(options.get("includesubcategories"))
        # Moodle 4.0-4.2: {"questioncategoryid": 30, "includingsubcategories": 0}
        return (
            str(condition.get("questioncategoryid", "")),
            bool(condition.get("includingsubcategories")),
        )
    # Moodle 3.x: a "random" question; its text "1" means subcategories included.
    return entry.category_id, False


def _titles(raw: str, language: str) -> dict:
    from courses.quizzes.formats.text import html_to_plain, multilang_split

    split = multilang_split(raw, default_language=language)
    titles = {code: html_to_plain(value) for code, value in split.items()}
    if not titles["ky"]:
        titles["ky"] = titles.get(language, "")
    return titles


def _escape(text: str) -> str:
    from django.utils.html import escape

    return escape(text)


def _has_missing_object(value) -> bool:
    return isinstance(value, dict) and any(
        key in ("image", "document") and item is None for key, item in value.items()
    )
