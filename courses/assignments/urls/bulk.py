"""Bulk routes of assignments."""

urlpatterns = []
