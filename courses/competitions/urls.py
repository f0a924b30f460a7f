"""Competition routes under /<lang>/competitions/: calls and applying, then jury and results."""

from courses.competitions.urls_apply import urlpatterns as apply_urls
from courses.competitions.urls_jury import urlpatterns as jury_urls

app_name = "competitions"

urlpatterns = [*apply_urls, *jury_urls]
