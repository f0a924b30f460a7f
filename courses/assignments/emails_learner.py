"""The receipt a learner gets when their work is handed in, in their language; sent once by
`courses.assignments.tasks.submission_receipt_send`. It goes to the learner's own address and
names only what they handed in (file names, word count), never the text itself."""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from courses.assignments.dates import moment_text
from courses.assignments.models import Submission, SubmissionStatus
from courses.assignments.selectors.learner import word_count
from courses.catalogue.models import LessonPage
from lms.accounts.emails import message_send, platform_name


def lesson_path(*, lesson_key, language: str) -> str:
    """The lesson's site path in `language`, else in the default one; "" when it has no live
    page."""
    lessons = {
        lesson.locale.language_code: lesson
        for lesson in LessonPage.objects.live()
        .filter(translation_key=lesson_key)
        .select_related("locale")
    }
    lesson = lessons.get(language) or lessons.get(Locale.get_default().language_code)
    return (lesson.get_url() or "") if lesson is not None else ""


def lesson_link(*, lesson_key, language: str) -> str:
    """The lesson's full address in `language`, else in the default one; "" when it has no
    live page."""
    lessons = {
        lesson.locale.language_code: lesson
        for lesson in LessonPage.objects.live()
        .filter(translation_key=lesson_key)
        .select_related("locale")
    }
    lesson = lessons.get(language) or lessons.get(Locale.get_default().language_code)
    if lesson is None:
        return ""
    url = lesson.get_url() or ""
    return url if url.startswith("http") else settings.SITE_URL + url


def receipt_message_send(*, submission_id: int) -> bool:
    """Mail the receipt; False when it was sent already, the work is no longer handed in (a
    reopened attempt is a new row) or the account is inactive."""
    submission = (
        Submission.objects.select_related("assignment", "user")
        .filter(pk=submission_id, status=SubmissionStatus.SUBMITTED, receipt_sent_at=None)
        .first()
    )
    if submission is None or not submission.user.is_active:
        return False
    user, assignment = submission.user, submission.assignment
    language = user.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        title = assignment.display_title
        subject = _("We received your work for “%(title)s”") % {"title": title}
        lines = [
            _("Your work for the assignment “%(title)s” was handed in on %(when)s (Bishkek time).")
            % {"title": title, "when": moment_text(submission.submitted_at)},
        ]
        if submission.attempt_number > 1:
            lines.append(_("This is attempt %(number)s.") % {"number": submission.attempt_number})
        if submission.late:
            lines.append(_("It was handed in after the due date and is marked late."))
        if submission.text.strip():
            lines.append(
                _("Online text: %(count)s words.") % {"count": word_count(submission.text)}
            )
        names = [f.original_name for f in submission.files.all()]
        if names:
            lines.append(_("Files:") + "\n" + "\n".join(f"- {name}" for name in names))
        lines.append(_("Your trainer will grade it; you will see the grade on the lesson page."))
        url = lesson_link(lesson_key=assignment.lesson_key, language=language)
        if url:
            lines.append(url)
        body = "\n\n".join(lines) + f"\n\n-- \n{platform_name()}\n"
    message_send(subject=subject, body=body, recipients=[user.email], language=language)
    Submission.objects.filter(pk=submission.pk).update(receipt_sent_at=timezone.now())
    return True
