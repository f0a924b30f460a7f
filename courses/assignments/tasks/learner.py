"""Learner tasks of assignments."""

__all__ = []
