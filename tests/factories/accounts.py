"""Factories for users in each role."""

from django.contrib.auth.models import Group
from django.utils import timezone

import factory

from lms.accounts.models import User

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A confirmed learner-less user; pass `role=` to put them in a group."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Test User {n}")
    email_confirmed_at = factory.LazyFunction(timezone.now)
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))
        if create:
            self.save()


def admin_user_form_data(**changes) -> dict:
    """What the Wagtail admin's user form posts for a new account, with `changes` on top."""
    return {
        "email": "someone@example.org",
        "full_name": "Someone",
        "position": "other",
        "gender": "not_stated",
        "preferred_language": "ky",
        "password1": "Strong-Password-2026",
        "password2": "Strong-Password-2026",
        **changes,
    }
