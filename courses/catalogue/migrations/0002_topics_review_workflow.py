"""Course topics, the "Course review" workflow (Reviewer approval) and topic rights for managers.

Runs on a fresh database so a course can be created and reviewed before any demo data exists.
The workflow is assigned to each catalogue page when the catalogue is created
(`courses.catalogue.services.course_index_setup`), and here to any that already exist.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TOPICS = [
    # slug, Kyrgyz, Russian, English
    (
        "private-sector-involvement",
        "Кызмат көрсөтүүгө жеке секторду тартуу",
        "Привлечение частного сектора к услугам",
        "Private sector involvement in services",
    ),
    (
        "intermunicipal-cooperation",
        "Муниципалитеттер аралык кызматташтык",
        "Межмуниципальное сотрудничество",
        "Intermunicipal cooperation",
    ),
    (
        "service-delivery-tariffs",
        "Кызмат көрсөтүү жана тарифтер",
        "Предоставление услуг и тарифы",
        "Service delivery and tariffs",
    ),
    (
        "municipal-finance",
        "Муниципалдык финансы жана бюджет",
        "Муниципальные финансы и бюджет",
        "Municipal finance and budgeting",
    ),
    (
        "citizen-participation",
        "Жарандардын катышуусу",
        "Участие граждан",
        "Citizen participation",
    ),
]
WORKFLOW_NAME = "Course review"
TASK_NAME = "Reviewer approval"
MANAGER_TOPIC_PERMISSIONS = ["add_topic", "change_topic", "delete_topic", "view_topic"]


def forwards(apps, schema_editor):
    topic_model = apps.get_model("catalogue", "Topic")
    for order, (slug, ky, ru, en) in enumerate(TOPICS):
        topic_model.objects.get_or_create(
            slug=slug, defaults={"name_ky": ky, "name_ru": ru, "name_en": en, "sort_order": order}
        )

    content_type_model = apps.get_model("contenttypes", "ContentType")
    group_model = apps.get_model("auth", "Group")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    permission_model = apps.get_model("auth", "Permission")

    reviewers = group_model.objects.get(name="Reviewer")
    task_type, _ = content_type_model.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = task_model.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = task_model.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(reviewers)
    workflow, _ = workflow_model.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    workflow_task_model.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # Permissions are normally made after all migrations; make the catalogue's now for the Manager group.
    app_config = apps.get_app_config("catalogue")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    managers = group_model.objects.get(name="Manager")
    managers.permissions.add(
        *permission_model.objects.filter(
            content_type__app_label="catalogue", codename__in=MANAGER_TOPIC_PERMISSIONS
        )
    )

    # As courses.catalogue.services.course_index_setup: trainers add courses, reviewers publish approvals.
    catalogue_permissions = [
        (
            group_model.objects.get(name=role),
            permission_model.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
        for role, codename in (("Trainer", "add_page"), ("Reviewer", "publish_page"))
    ]
    catalogue_type = content_type_model.objects.filter(
        app_label="catalogue", model="courseindexpage"
    ).first()
    if catalogue_type is not None:
        page_model = apps.get_model("wagtailcore", "Page")
        for page in page_model.objects.filter(content_type=catalogue_type):
            workflow_page_model.objects.update_or_create(page=page, defaults={"workflow": workflow})
            for group, permission in catalogue_permissions:
                page_permission_model.objects.get_or_create(
                    group=group, page=page, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0001_initial"),
        ("accounts", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
