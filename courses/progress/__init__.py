"""Lesson and course completion, My learning and the trainers' view of their learners."""
