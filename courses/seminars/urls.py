"""Seminar routes under /<lang>/seminars/: registration and the listing, then attendance."""

from courses.seminars.urls_attendance import urlpatterns as attendance_urls
from courses.seminars.urls_registration import urlpatterns as registration_urls

app_name = "seminars"

urlpatterns = [*registration_urls, *attendance_urls]
