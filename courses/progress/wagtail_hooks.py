"""Progress's parts of the course and lesson pages (after enrolment's access, order 10)."""

from wagtail import hooks

from courses.catalogue.extensions import COURSE_PAGE_CONTEXT, LESSON_PAGE_CONTEXT
from courses.progress.personal_data import progress_personal_data
from courses.progress.views import course_progress_context, lesson_progress_context
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS

hooks.register(COURSE_PAGE_CONTEXT, course_progress_context, order=20)
hooks.register(LESSON_PAGE_CONTEXT, lesson_progress_context, order=20)
hooks.register(PERSONAL_DATA_PROVIDERS, progress_personal_data)
