"""Indexes for the reports: active learners by time, and required lessons done per enrolment.

Numbered 0009 after the report exports' 0008; on a branch without it, it follows 0007.
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0008_report_exports"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="lessoncompletion",
            index=models.Index(
                fields=["user", "course_key", "lesson_key"], name="courses_completion_user_lesson"
            ),
        ),
        migrations.RemoveIndex(
            model_name="lessoncompletion",
            name="courses_completion_user_course",
        ),
        migrations.AddIndex(
            model_name="learningevent",
            index=models.Index(
                fields=["created_at", "actor", "course_key"], name="courses_event_time_actor"
            ),
        ),
    ]
