"""Portal models; import from the package (`from cms.portal.models import CaseStudyPage`)."""

from cms.portal.models.cases import (
    BestPracticeIndexPage,
    CaseDocument,
    CaseFundingSource,
    CaseGalleryImage,
    CaseKeyFigure,
    CasePartner,
    CaseRelatedCase,
    CaseRelatedCourse,
    CaseStudyPage,
    CaseTimelineEntry,
)
from cms.portal.models.follows import ThemeFollow
from cms.portal.models.submissions import CaseSubmission, CaseSubmissionAttachment

__all__ = [
    "BestPracticeIndexPage",
    "CaseDocument",
    "CaseFundingSource",
    "CaseGalleryImage",
    "CaseKeyFigure",
    "CasePartner",
    "CaseRelatedCase",
    "CaseRelatedCourse",
    "CaseStudyPage",
    "CaseSubmission",
    "CaseSubmissionAttachment",
    "CaseTimelineEntry",
    "ThemeFollow",
]
