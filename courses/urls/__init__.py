"""URL modules of the courses app, one per feature, included from lms/urls.py."""
