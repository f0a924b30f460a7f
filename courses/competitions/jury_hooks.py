"""Hooks of the jury and results (registered on import by wagtail_hooks.py)."""
