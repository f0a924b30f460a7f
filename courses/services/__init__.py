"""Actions that change state, one module per concern; import from the module, e.g.
`from courses.services.authoring import course_trainers_sync`."""
