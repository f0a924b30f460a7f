"""State changes of assignments, one module per side: submissions (learners), grading
(trainers), archives and worksheets (bulk)."""
