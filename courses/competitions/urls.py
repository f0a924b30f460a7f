"""Competition routes under /<lang>/competitions/: calls and applying, then jury and results."""

from courses.competitions.urls_apply import urlpatterns as apply_urls
from courses.competitions.urls_jury import urlpatterns as jury_urls

app_name = "competitions"

# The jury's fixed prefixes come before the calls' catch-all "<slug>/".
urlpatterns = [*jury_urls, *apply_urls]
