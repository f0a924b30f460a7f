"""Calendar URLs: /<lang>/calendar/ (month), list, the feed's settings, the private feed."""

from django.urls import path

from courses.calendar import views

app_name = "calendar"

urlpatterns = [
    path("", views.month_view, name="month"),
    path("<int:year>/<int:month>/", views.month_view, name="month"),
    path("list/", views.list_view, name="list"),
    path("feed/new/", views.feed_create_view, name="feed_create"),
    path("feed/off/", views.feed_off_view, name="feed_off"),
    path("feed/<slug:token>.ics", views.feed_view, name="feed"),
]
