"""What learners hand in and what trainers give back.

One `Submission` per learner, assignment and attempt; reopening adds the next attempt and keeps
the earlier one with its grade. `is_latest` marks the attempt the learner works on, enforced by a
partial unique constraint so two tabs (or a double click) cannot open two. A `Grade` belongs to
one submission; `version` lets the grading page refuse a save made over a newer one.
Files live in the private storage: only the learner, the course's trainers and managers open
them, through views that check who asks.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.assignments.models.assignments import Assignment
from courses.assignments.models.rubrics import RubricCriterion, RubricLevel
from lms.private_storage import private_storage, private_upload_name


def submission_file_name(instance, filename: str) -> str:
    return private_upload_name("assignments/submissions", filename)


def feedback_file_name(instance, filename: str) -> str:
    return private_upload_name("assignments/feedback", filename)


def archive_file_name(instance, filename: str) -> str:
    return private_upload_name("assignments/archives", filename)


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class Submission(models.Model):
    """A learner's work on an assignment, one row per attempt."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="submissions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="assignment_submissions",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    attempt_number = models.PositiveSmallIntegerField(_("attempt"), default=1)
    is_latest = models.BooleanField(default=True)
    status = models.CharField(
        _("status"), max_length=16, choices=SubmissionStatus.choices, default=SubmissionStatus.DRAFT
    )
    text = models.TextField(_("online text"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    late = models.BooleanField(_("late"), default=False)
    # Set when the trainers' digest has listed this submission (one digest, not a mail each).
    trainers_notified_at = models.DateTimeField(null=True, blank=True)
    # Set when the learner's receipt was mailed: a redelivered task sends nothing twice.
    receipt_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["assignment_id", "user_id", "attempt_number"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user", "attempt_number"],
                name="assignments_submission_unique_assignment_user_attempt",
            ),
            models.UniqueConstraint(
                fields=["assignment", "user"],
                condition=models.Q(is_latest=True),
                name="assignments_submission_unique_latest",
            ),
        ]
        indexes = [
            models.Index(
                fields=["assignment", "status", "submitted_at"],
                name="assignments_sub_status_idx",
            ),
        ]

    def __str__(self):
        return f"{self.assignment_id} · {self.user_id} · {self.attempt_number}"

    @property
    def is_submitted(self) -> bool:
        return self.status == SubmissionStatus.SUBMITTED


class SubmissionFile(models.Model):
    """A file a learner handed in; checked by content on upload, stored privately."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=submission_file_name, max_length=200
    )
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("submitted file")
        verbose_name_plural = _("submitted files")

    def __str__(self):
        return self.original_name


class Grade(models.Model):
    """A trainer's grade and feedback on one submission; learners see it once released."""

    submission = models.OneToOneField(Submission, on_delete=models.CASCADE, related_name="grade")
    grader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("graded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    points = models.DecimalField(_("points"), max_digits=8, decimal_places=2)
    max_points = models.DecimalField(_("out of"), max_digits=8, decimal_places=2)
    score = models.DecimalField(_("grade (%)"), max_digits=5, decimal_places=2)
    passed = models.BooleanField(_("passed"), default=False)
    feedback = models.TextField(_("feedback"), blank=True)
    graded_at = models.DateTimeField(_("graded"))
    released_at = models.DateTimeField(_("released"), null=True, blank=True)
    # Raised by every save; a save carrying an older version was made over someone else's.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("grade")
        verbose_name_plural = _("grades")

    def __str__(self):
        return f"{self.submission_id} · {self.points}/{self.max_points}"

    @property
    def is_released(self) -> bool:
        return self.released_at is not None


class CriterionScore(models.Model):
    """The level a trainer picked for one rubric criterion, with a comment."""

    grade = models.ForeignKey(Grade, on_delete=models.CASCADE, related_name="criterion_scores")
    criterion = models.ForeignKey(RubricCriterion, on_delete=models.PROTECT, related_name="+")
    level = models.ForeignKey(RubricLevel, on_delete=models.PROTECT, related_name="+")
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("criterion score")
        verbose_name_plural = _("criterion scores")
        constraints = [
            models.UniqueConstraint(
                fields=["grade", "criterion"], name="assignments_criterionscore_unique_criterion"
            ),
        ]

    def __str__(self):
        return f"{self.grade_id} · {self.criterion_id} · {self.level_id}"


class FeedbackFile(models.Model):
    """A file a trainer returns with a grade (the annotated work, a model answer)."""

    grade = models.ForeignKey(Grade, on_delete=models.CASCADE, related_name="feedback_files")
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=feedback_file_name, max_length=200
    )
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("feedback file")
        verbose_name_plural = _("feedback files")

    def __str__(self):
        return self.original_name


class ArchiveState(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Being prepared")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class SubmissionsArchive(models.Model):
    """A ZIP of an assignment's submissions, built by a background job with progress."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="archives")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    state = models.CharField(
        _("state"), max_length=16, choices=ArchiveState.choices, default=ArchiveState.PENDING
    )
    done_count = models.PositiveIntegerField(default=0)
    total_count = models.PositiveIntegerField(default=0)
    file = models.FileField(
        storage=private_storage, upload_to=archive_file_name, max_length=200, blank=True
    )
    error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("submissions archive")
        verbose_name_plural = _("submissions archives")

    def __str__(self):
        return f"{self.assignment_id} · {self.created_at:%Y-%m-%d %H:%M}"
