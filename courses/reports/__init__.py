"""Programme reports: figures, breakdowns, charts, exports and the summary."""
