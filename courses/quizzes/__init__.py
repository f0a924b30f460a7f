"""Quizzes, questions, attempts and grading, GIFT and Moodle XML, the gradebook."""
