"""Wagtail hooks of assignments, one module per side; `wagtail_hooks.py` imports each."""
