"""A Kyrgyz catalogue with its topic, and a small course backup written to disk."""

import pytest

from courses.catalogue.models import Topic
from courses.catalogue.services import course_index_setup
from tests.courses.moodle.mbz import course_backup
from tests.factories.courses import CourseIndexPageFactory


@pytest.fixture
def catalogue(home_page):
    page = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=page)
    Topic.objects.get_or_create(slug="local-services", defaults={"name_ky": "Кызматтар"})
    return page


@pytest.fixture
def backup_file(tmp_path):
    path = tmp_path / "course.mbz"
    path.write_bytes(course_backup())
    return path
