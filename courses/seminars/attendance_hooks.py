"""Hooks of attendance (registered on import by wagtail_hooks.py)."""
