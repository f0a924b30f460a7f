"""Read queries of assignments, one module per side."""
