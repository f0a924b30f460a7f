"""The best-practice portal: cases, their facets and search, feeds, proposals from the public."""
