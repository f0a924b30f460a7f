"""URL modules of the courses app, one per feature; lms/urls.py includes each."""
