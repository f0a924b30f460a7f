"""Read queries for the public pages; the home page's are re-exported here for its model."""

from cms.selectors.home import HOME_SECTION_SIZE, HOME_SECTIONS, HomeSection, home_sections

__all__ = ["HOME_SECTIONS", "HOME_SECTION_SIZE", "HomeSection", "home_sections"]
