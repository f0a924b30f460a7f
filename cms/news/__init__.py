"""News of the platform: the news index, news pages and their feed."""
