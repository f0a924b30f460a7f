"""Learning, one Django app per domain: catalogue, activity, enrolment, progress, quizzes,
certificates, reports (see docs/architecture.md for what each may import)."""
