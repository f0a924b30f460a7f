"""Signals progress sends; apps above it (certificates) listen instead of being called."""

from django.dispatch import Signal

# Sent once, after the transaction that completed an enrolment has committed, with
# `enrollment_id`; the certificates app listens to it. Receivers must not assume the broker
# is up: a periodic sweep catches completions whose follow-up work never ran.
course_completed = Signal()
