"""URL modules of the course features, one per feature, included from lms/urls.py."""
