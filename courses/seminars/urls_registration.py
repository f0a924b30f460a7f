"""Registration and the public listing (views_registration.py)."""

urlpatterns = []
