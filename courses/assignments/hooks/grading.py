"""The grading side's hooks: the assignments' columns in the quizzes' gradebook."""

from wagtail import hooks

from courses.assignments.selectors.gradebook import assignment_gradebook_columns

# The quizzes app's hook name (courses/quizzes/extensions.py), by string: assignments never
# import quizzes.
GRADEBOOK_COLUMNS = "quizzes_gradebook_columns"

hooks.register(GRADEBOOK_COLUMNS, assignment_gradebook_columns)
