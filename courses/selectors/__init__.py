"""Read queries, one module per concern; import from the module, e.g.
`from courses.selectors.pages import lesson_access`."""
