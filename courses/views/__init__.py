"""Views, one module per feature; import from the module, e.g.
`from courses.views.pages import lesson_serve`."""
