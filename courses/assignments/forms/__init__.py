"""Forms of assignments, one module per side (admin authoring, the learner's submission, ...)."""
