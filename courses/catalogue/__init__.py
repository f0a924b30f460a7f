"""Catalogue: course, module and lesson pages, lesson blocks, topics, trainer rights, review."""
