"""Teach routes of assignments."""

urlpatterns = []
