"""Every model pointing at the user is covered by a personal-data provider.

Enumerated at test time from the app registry (ours, Wagtail's, third-party apps'), so a new
model with a ForeignKey, OneToOne or ManyToMany to the user fails here until some provider's
`models` names it: its data must be exported, or deliberately kept or erased on deletion.
"""

from django.apps import apps
from django.contrib.auth import get_user_model

from lms.privacy.providers import personal_data_providers

# Tables that point at the user but hold no personal data of their own; say why.
ALLOWED = {
    # Role and permission links of the user row: cleared by account_anonymise itself.
    "accounts.User_groups",
    "accounts.User_user_permissions",
}


def user_relations() -> dict[str, list[str]]:
    """Model label -> the fields on its own table (or its M2M) that point at the user. A
    many-to-many's automatic through table counts as its owner model's field."""
    user_model = get_user_model()
    found: dict[str, list[str]] = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or meta.abstract or not meta.managed and not meta.auto_created:
            continue
        for field in [*meta.local_fields, *meta.local_many_to_many]:
            if field.is_relation and field.related_model is user_model:
                found.setdefault(meta.label, []).append(field.name)
    return found


def covered() -> set[str]:
    return {label for provider in personal_data_providers() for label in provider.models}


def _owner(label: str) -> str:
    """`catalogue.CoursePage_trainers` (an automatic through table) -> `catalogue.CoursePage`."""
    model = apps.get_model(label)
    if model._meta.auto_created:
        return model._meta.auto_created._meta.label
    return label


def test_every_model_pointing_at_the_user_is_covered_by_a_provider():
    names = covered()
    missing = [
        f"{label} ({', '.join(fields)})"
        for label, fields in sorted(user_relations().items())
        if label not in ALLOWED and label not in names and _owner(label) not in names
    ]
    assert not missing, (
        "These models point at the user but no PERSONAL_DATA_PROVIDERS provider names them in "
        "`models` (export them, and say what deletion does with them):\n" + "\n".join(missing)
    )


def test_providers_name_real_models_and_unique_keys():
    providers = personal_data_providers()
    keys = [provider.key for provider in providers]
    assert len(keys) == len(set(keys)), keys
    unknown = []
    for label in covered():
        try:
            apps.get_model(label)
        except LookupError:
            unknown.append(label)
    assert not unknown, unknown


def test_the_enumeration_sees_our_wagtails_and_djangos_models():
    labels = set(user_relations())
    assert {"wagtailcore.Revision", "admin.LogEntry", "privacy.DataExport"} <= labels
    # Page types inherit owner/locked_by from wagtailcore.Page: their own tables do not.
    assert "cms.HomePage" not in labels
