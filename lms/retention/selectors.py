"""Reads for the retention run: whose account counts as unused."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from lms.accounts.roles import MANAGER, REVIEWER, TRAINER
from lms.accounts.selectors import COURSE_TRAINERS_PREFIX

STAFF_ROLES = (TRAINER, REVIEWER, MANAGER)


def accounts_retained_always() -> Q:
    """Staff: trainers (by role or on a course's list), reviewers, managers, administrators.
    Their accounts carry others' work (courses, reviews, grades) and are never anonymised here."""
    return (
        Q(is_superuser=True)
        | Q(is_staff=True)
        | Q(groups__name__in=STAFF_ROLES)
        | Q(groups__name__startswith=COURSE_TRAINERS_PREFIX)
    )


def inactive_accounts(*, now) -> QuerySet:
    """Active learner accounts nobody signed in to for RETENTION_INACTIVE_ACCOUNT_DAYS (never
    signed in: counted from registration)."""
    cutoff = now - timedelta(days=settings.RETENTION_INACTIVE_ACCOUNT_DAYS)
    staff = get_user_model().objects.filter(accounts_retained_always()).values("pk")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(last_login__lt=cutoff) | Q(last_login=None, date_joined__lt=cutoff))
        .exclude(pk__in=staff)
    )
