"""Reads of the Moodle import: who may import, and the imports they see."""

from courses.moodle.models import MoodleImport
from lms.accounts.roles import MANAGER


def import_allowed(*, user) -> bool:
    """Managers and administrators import whole courses (a course lands in a catalogue, which
    trainers may not publish into; they import questions into their own quizzes instead)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=MANAGER).exists()


def imports_for(*, user, limit: int = 50):
    """The latest imports (everyone's: managers share the work) with who started them."""
    if not import_allowed(user=user):
        return MoodleImport.objects.none()
    return MoodleImport.objects.select_related("user", "parent", "course").order_by(
        "-created_at", "-pk"
    )[:limit]
