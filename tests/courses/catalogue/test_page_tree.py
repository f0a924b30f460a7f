"""The tree stays catalogue > course > (module >) lesson."""

from wagtail.models import Page

from cms.models import HomePage
from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def allowed(child, parent):
    return child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()


def test_course_tree_rules():
    assert allowed(CourseIndexPage, HomePage)
    assert allowed(CoursePage, CourseIndexPage)
    assert allowed(ModulePage, CoursePage)
    assert allowed(LessonPage, ModulePage)
    assert allowed(LessonPage, CoursePage)  # modules are optional
    assert not allowed(CoursePage, HomePage)
    assert not allowed(LessonPage, CourseIndexPage)
    assert not allowed(ModulePage, ModulePage)
    assert not allowed(Page, LessonPage)
    assert CourseIndexPage.max_count_per_parent == 1
