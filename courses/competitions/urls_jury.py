"""The jury, decisions and results (views_jury.py, views_results.py)."""

urlpatterns = []
