"""Learner routes of assignments."""

urlpatterns = []
