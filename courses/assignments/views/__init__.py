"""Views of assignments, one module per side (thin: forms, services, selectors)."""
