"""E-mails about enrolments, in the learner's language; sent by `courses.enrolment.tasks`."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from courses.catalogue.models import CoursePage
from courses.enrolment.models import Enrollment, EnrollmentStatus
from lms.accounts.emails import message_send, platform_name

# Learners may turn these off on their profile; request decisions always go out.
OPTIONAL_KINDS = {"enrolled", "completed"}
# The state the enrolment must still be in for the message to be true.
EXPECTED_STATUS = {
    "enrolled": {EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED},
    "requested": {EnrollmentStatus.PENDING},
    "approved": {EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED},
    "rejected": {EnrollmentStatus.REJECTED},
    "completed": {EnrollmentStatus.COMPLETED},
}


def _course_for(enrollment: Enrollment, language: str) -> CoursePage | None:
    courses = {
        course.locale.language_code: course
        for course in CoursePage.objects.filter(translation_key=enrollment.course_key)
        .live()
        .select_related("locale")
    }
    return courses.get(language) or courses.get(Locale.get_default().language_code)


def _texts(kind: str, title: str) -> tuple[str, str]:
    texts = {
        "enrolled": (
            _("You are enrolled in “%(title)s”"),
            _("You are now enrolled in the course “%(title)s”. You can start its lessons now."),
        ),
        "requested": (
            _("Your request to join “%(title)s” was received"),
            _("A trainer will look at your request to join “%(title)s” and you will hear back."),
        ),
        "approved": (
            _("Your request to join “%(title)s” was approved"),
            _("Welcome: your request to join “%(title)s” was approved. Its lessons are open."),
        ),
        "rejected": (
            _("Your request to join “%(title)s” was declined"),
            _(
                "Your request to join “%(title)s” was declined this time. "
                "Ask the course trainer if you have questions."
            ),
        ),
        "completed": (
            _("You completed “%(title)s”"),
            _("Congratulations: you completed every required lesson of “%(title)s”."),
        ),
    }
    subject, body = texts[kind]
    return subject % {"title": title}, body % {"title": title}


def enrollment_message_send(*, enrollment_id: int, kind: str) -> bool:
    """Send one message; False when it no longer applies or the learner opted out."""
    enrollment = Enrollment.objects.select_related("user").filter(pk=enrollment_id).first()
    if enrollment is None or kind not in EXPECTED_STATUS:
        return False
    user = enrollment.user
    if enrollment.status not in EXPECTED_STATUS[kind] or not user.is_active:
        return False
    if kind in OPTIONAL_KINDS and not user.notify_optional:
        return False
    with translation.override(user.preferred_language):
        course = _course_for(enrollment, user.preferred_language)
        if course is None:
            return False
        subject, body = _texts(kind, course.title)
        url = course.get_url() or ""
        link = url if url.startswith("http") else settings.SITE_URL + url
        signature = _("%(platform)s. You can choose which e-mails you get on your profile page.")
        body = f"{body}\n\n{link}\n\n-- \n{signature % {'platform': platform_name()}}\n"
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True


def invitation_message_send(*, user_id: int, course_key: str) -> bool:
    """Mail a link to set a password to an account a trainer created; False if not needed."""
    from django.contrib.auth.tokens import default_token_generator
    from django.urls import reverse
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from lms.accounts.models import User

    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or user.has_usable_password():
        return False
    enrollment = Enrollment(user=user, course_key=course_key)
    with translation.override(user.preferred_language):
        course = _course_for(enrollment, user.preferred_language)
        path = reverse(
            "accounts:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
        title = course.title if course else ""
        subject = _("You are invited to %(platform)s") % {"platform": platform_name()}
        body = _(
            "A trainer enrolled you in the course “%(title)s” and created your account "
            "for %(email)s. Choose your password with this link to sign in:"
        ) % {"title": title, "email": user.email}
        body = f"{body}\n\n{settings.SITE_URL}{path}\n"
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True
