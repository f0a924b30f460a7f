"""Enrolments, enrolment methods and requests, pre-enrolment and bulk enrolment."""
