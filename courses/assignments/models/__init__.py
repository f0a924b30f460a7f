"""Assignment models; import from the package (`courses.assignments.models`)."""

from courses.assignments.models.assignments import (
    Assignment,
    AttemptsReopen,
    CompletionRule,
    Extension,
    GradingType,
)
from courses.assignments.models.rubrics import Rubric, RubricCriterion, RubricLevel
from courses.assignments.models.submissions import (
    ArchiveState,
    CriterionScore,
    FeedbackFile,
    Grade,
    Submission,
    SubmissionFile,
    SubmissionsArchive,
    SubmissionStatus,
)
from courses.assignments.models.worksheets import WorksheetUpload, WorksheetUploadState

__all__ = [
    "ArchiveState",
    "Assignment",
    "AttemptsReopen",
    "CompletionRule",
    "CriterionScore",
    "Extension",
    "FeedbackFile",
    "Grade",
    "GradingType",
    "Rubric",
    "RubricCriterion",
    "RubricLevel",
    "Submission",
    "SubmissionFile",
    "SubmissionStatus",
    "SubmissionsArchive",
    "WorksheetUpload",
    "WorksheetUploadState",
]
