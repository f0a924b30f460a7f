"""The learning activity log: an append-only record of what learners did."""
