"""Course models; import from the package (`from courses.models import CoursePage`)."""

from courses.models.enrollment import Enrollment, EnrollmentStatus
from courses.models.events import LearningEvent, LearningObject, LearningVerb
from courses.models.pages import (
    CourseIndexPage,
    CoursePage,
    EnrolmentMethod,
    LessonPage,
    Level,
    ModulePage,
)
from courses.models.taxonomy import Topic

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "EnrolmentMethod",
    "Enrollment",
    "EnrollmentStatus",
    "LearningEvent",
    "LearningObject",
    "LearningVerb",
    "LessonPage",
    "Level",
    "ModulePage",
    "Topic",
]

from courses.models.certificates import (  # noqa: E402 - appended by the certificates feature
    Certificate,
    CertificateDesign,
    CertificateStatus,
)

__all__ += ["Certificate", "CertificateDesign", "CertificateStatus"]
