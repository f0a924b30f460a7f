"""Calls and applying (views_apply.py)."""

urlpatterns = []
