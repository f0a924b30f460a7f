"""Bulk tasks of assignments."""

__all__ = []
