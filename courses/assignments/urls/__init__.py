"""Assignment pages under /<lang>/assignments/: the learner's, the trainer's, the bulk ones."""

from courses.assignments.urls.bulk import urlpatterns as bulk_urlpatterns
from courses.assignments.urls.learner import urlpatterns as learner_urlpatterns
from courses.assignments.urls.teach import urlpatterns as teach_urlpatterns

app_name = "assignments"

urlpatterns = learner_urlpatterns + teach_urlpatterns + bulk_urlpatterns
