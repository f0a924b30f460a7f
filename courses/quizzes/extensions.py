"""Extension points of quizzes, as Wagtail hooks: an app beside quizzes (assignments) adds its
grades to the gradebook without quizzes importing it, nor it quizzes. Each registers a function
with `wagtail.hooks.register(NAME)` in its `wagtail_hooks.py`.
"""

# fn(*, course) -> list of columns for the course's gradebook. A column has `title` (str),
# `kind` (str: a short label shown under the title, e.g. "Assignment"), `sort_key` (str: the
# lesson page's tree path, which places the column among the quizzes in course order),
# `pass_mark` (int, %) and `cells` ({user id: cell}); a cell has `grade` (Decimal %, or None),
# `passed` (bool), `attempts` (int) and `note` (str, may be empty). A learner with no cell has
# nothing in that column. The function must run a fixed number of queries, whatever the number
# of learners: the gradebook's count is pinned in tests.
GRADEBOOK_COLUMNS = "quizzes_gradebook_columns"
