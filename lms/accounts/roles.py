"""The four roles and what each may do; docs/roles.md is the same matrix in words.

`roles_apply` takes an app registry so a data migration can run it with historical models.
It only adds: permissions an administrator grants later in the admin are kept.
"""

LEARNER = "Learner"
TRAINER = "Trainer"
REVIEWER = "Reviewer"
MANAGER = "Manager"
ROLES = (LEARNER, TRAINER, REVIEWER, MANAGER)

_PLACES_VIEW = [f"places.view_{m}" for m in ("oblast", "district", "municipality", "cluster")]
_PLACES_EDIT = [
    f"places.{action}_{model}"
    for model in ("oblast", "district", "municipality", "cluster")
    for action in ("add", "change", "delete")
]

_QUIZ_EDIT = [f"quizzes.{action}_quiz" for action in ("add", "change", "delete", "view")]
# Assignments and rubrics in the admin (trainers: their own courses' only, by permission policy).
_ASSIGNMENT_EDIT = [
    f"assignments.{action}_{model}"
    for model in ("assignment", "rubric")
    for action in ("add", "change", "delete", "view")
]

# Django model permissions, as "app_label.codename".
MODEL_PERMISSIONS = {
    LEARNER: [],
    TRAINER: ["wagtailadmin.access_admin", *_PLACES_VIEW, *_QUIZ_EDIT, *_ASSIGNMENT_EDIT],
    REVIEWER: ["wagtailadmin.access_admin", *_PLACES_VIEW],
    MANAGER: [
        "wagtailadmin.access_admin",
        *_PLACES_VIEW,
        *_PLACES_EDIT,
        "accounts.add_user",
        "accounts.change_user",
        "accounts.view_user",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        # Case proposals from the public portal form (cms.CaseSubmission).
        "portal.view_casesubmission",
        "portal.change_casesubmission",
        "portal.delete_casesubmission",
        *_QUIZ_EDIT,
        *_ASSIGNMENT_EDIT,
        # Certificates: list, revoke and reissue; each course's background and signatures.
        "certificates.view_certificate",
        "certificates.change_certificate",
        *[f"certificates.{a}_certificatedesign" for a in ("add", "change", "delete", "view")],
        # Site policies: drafts of the privacy notice and terms of use, and publishing them.
        *[f"policies.{a}_policyversion" for a in ("add", "change", "delete", "view")],
        # LTI registrations: the platforms that launch our courses (courses.lti, docs/lti.md).
        *[f"lti.{a}_ltiplatform" for a in ("add", "change", "delete", "view")],
        # Competition calls: texts, form, rubric, jury, prizes (courses.competitions).
        *[f"competitions.{a}_call" for a in ("add", "change", "delete", "view")],
    ],
}

# Wagtail collection permissions on the root collection (images and documents).
COLLECTION_PERMISSIONS = {
    LEARNER: [],
    TRAINER: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    REVIEWER: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
    MANAGER: [
        f"{app}.{action}_{model}"
        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in ("add", "change", "delete", "choose")
    ],
}

# Wagtail page permissions on the root page. Trainers get theirs per course, when assigned.
PAGE_PERMISSIONS = {
    LEARNER: [],
    TRAINER: [],
    REVIEWER: [],
    MANAGER: [
        "wagtailcore.add_page",
        "wagtailcore.change_page",
        "wagtailcore.publish_page",
        "wagtailcore.lock_page",
        "wagtailcore.unlock_page",
        "wagtailcore.bulk_delete_page",
    ],
}


def roles_apply(apps) -> None:
    """Create the role groups and grant each its permissions (idempotent)."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")

    def permission(label):
        app_label, codename = label.split(".")
        return permission_model.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()

    root_collection = apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).first()
    root_page = apps.get_model("wagtailcore", "Page").objects.filter(depth=1).first()
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")

    for role in ROLES:
        group, _ = group_model.objects.get_or_create(name=role)
        group.permissions.add(*filter(None, map(permission, MODEL_PERMISSIONS[role])))
        for perm in filter(None, map(permission, COLLECTION_PERMISSIONS[role])):
            collection_permission_model.objects.get_or_create(
                group=group, collection=root_collection, permission=perm
            )
        for perm in filter(None, map(permission, PAGE_PERMISSIONS[role])):
            page_permission_model.objects.get_or_create(
                group=group, page=root_page, permission=perm
            )


def roles_migrate(apps, schema_editor) -> None:
    """A data migration's step: make the permissions now (Django makes them only after all
    migrations) and grant each role its own, so an app's new permissions reach the roles."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles_apply(apps)
