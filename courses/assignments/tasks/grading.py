"""Grading tasks of assignments."""

__all__ = []
