"""Models of the public site; import from the package (`from cms.models import CaseStudyPage`)."""

from cms.models.cases import (
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
from cms.models.news import NewsIndexPage, NewsPage
from cms.models.pages import HomePage, SeoMixin, StandardPage
from cms.models.submissions import CaseSubmission, CaseSubmissionAttachment

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
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "SeoMixin",
    "StandardPage",
]
