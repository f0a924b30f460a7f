"""Signals progress sends; apps above it (certificates) listen instead of being called."""

from django.dispatch import Signal

# Sent once, with `enrollment_id`, inside the transaction that completes an enrolment; the
# certificates app listens to it. Receivers only queue work through the outbox
# (lms.outbox.services.outbox_send): it is stored with the completion, goes to Celery after
# commit and waits for the broker if it is down. A receiver that raises undoes the completion.
course_completed = Signal()
