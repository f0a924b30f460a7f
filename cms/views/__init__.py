"""Views of the public site; pages call them, lms.urls routes the search."""
