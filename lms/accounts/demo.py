"""Demo accounts, one per role, for trying the platform locally."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from lms.accounts.models import Gender, Position, User
from lms.accounts.roles import LEARNER, MANAGER, REVIEWER, TRAINER
from lms.places.models import Municipality

DEMO_USERS = (
    # e-mail, full name, role (None: superuser), position, gender, language
    ("admin@example.org", "Айгүл Осмонова", None, Position.OTHER, Gender.FEMALE, "ky"),
    ("manager@example.org", "Бакыт Жумабеков", MANAGER, Position.OTHER, Gender.MALE, "ru"),
    ("trainer@example.org", "Нургүл Асанова", TRAINER, Position.OTHER, Gender.FEMALE, "ky"),
    ("reviewer@example.org", "Эркин Токтосунов", REVIEWER, Position.OTHER, Gender.MALE, "ru"),
    ("learner@example.org", "Жылдыз Мамытова", LEARNER, Position.AO_HEAD, Gender.FEMALE, "ky"),
)


@transaction.atomic
def demo_users_create(*, password: str) -> list[tuple[str, str]]:
    """Create or refresh the demo accounts; returns (e-mail, role) pairs."""
    municipality = Municipality.objects.order_by("code").first()
    created = []
    for email, full_name, role, position, gender, language in DEMO_USERS:
        user = User.objects.filter(email=email).first() or User(email=email)
        user.full_name = full_name
        user.position = position
        user.gender = gender
        user.preferred_language = language
        user.municipality = municipality if role == LEARNER else None
        user.email_confirmed_at = user.email_confirmed_at or timezone.now()
        user.is_superuser = user.is_staff = role is None
        user.set_password(password)
        user.save()
        if role:
            user.groups.add(Group.objects.get(name=role))
        created.append((email, role or "Administrator"))
    return created
