"""Forms shared by several views; one module per feature."""
