"""Course models; import from the package (`from courses.models import CoursePage`)."""

from courses.models.bulk import BulkEnrollmentJob, BulkJobStatus, PreEnrollment
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
from courses.models.progress import LessonCompletion
from courses.models.taxonomy import Topic

__all__ = [
    "BulkEnrollmentJob",
    "BulkJobStatus",
    "PreEnrollment",
    "CourseIndexPage",
    "CoursePage",
    "EnrolmentMethod",
    "Enrollment",
    "EnrollmentStatus",
    "LearningEvent",
    "LearningObject",
    "LearningVerb",
    "LessonCompletion",
    "LessonPage",
    "Level",
    "ModulePage",
    "Topic",
]
from courses.models.quizzes import (  # noqa: E402
    Attempt,
    AttemptAnswer,
    AttemptState,
    GradingMethod,
    Option,
    Question,
    QuestionType,
    Quiz,
    ReviewPolicy,
)

__all__ += [
    "Attempt",
    "AttemptAnswer",
    "AttemptState",
    "GradingMethod",
    "Option",
    "Question",
    "QuestionType",
    "Quiz",
    "ReviewPolicy",
]

from courses.models.certificates import (  # noqa: E402 - appended by the certificates feature
    Certificate,
    CertificateDesign,
    CertificateStatus,
)

__all__ += ["Certificate", "CertificateDesign", "CertificateStatus"]

from courses.models.reports import (  # noqa: E402 - appended by the report exports feature
    ReportExport,
    ReportExportStatus,
)

__all__ += ["ReportExport", "ReportExportStatus"]
