"""Page permissions inside a course: a trainer's catalogue grant stops at other trainers' courses.

Trainers hold "add" on the catalogue (to start courses) and "add"/"change" on each course they
are assigned to (a per-course group, see `services.course_trainers_sync`). Wagtail inherits
permissions down the tree, so without this a trainer could add lessons to any course.
"""

from wagtail.models import PagePermissionTester

COURSE_EDIT_ACTIONS = {"add", "change"}


class CoursePagePermissionTester(PagePermissionTester):
    """Wagtail's tester, narrowed for courses, modules and lessons."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if not user.is_active or user.is_superuser or "publish" in self.permissions:
            return
        if self.permissions & COURSE_EDIT_ACTIONS and not self._is_course_trainer():
            self.permissions = self.permissions - COURSE_EDIT_ACTIONS

    def _is_course_trainer(self) -> bool:
        from courses.catalogue.selectors import course_trainer_check

        return course_trainer_check(user=self.user, page=self.page)

    def can_delete(self, ignore_bulk=False):
        """Only publishers delete or move a whole course; trainers may drop draft lessons."""
        from courses.catalogue.models import CoursePage

        if (
            self.page.specific_class is CoursePage
            and not self.user.is_superuser
            and "publish" not in self.permissions
        ):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)
