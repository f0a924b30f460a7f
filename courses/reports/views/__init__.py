"""Report screens: the dashboard and breakdowns (dashboard.py), exports (exports.py) and the
printable programme summary (summary.py)."""
