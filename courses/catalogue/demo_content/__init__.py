"""Demo course texts, written for the platform from the facts of the seed press releases.

Data only: `courses.catalogue.demo` builds the pages from it through the same services trainers use.
"""

from courses.catalogue.demo_content.intermunicipal import COURSE as INTERMUNICIPAL_COURSE
from courses.catalogue.demo_content.private_sector import COURSE as PRIVATE_SECTOR_COURSE
from courses.catalogue.demo_content.topics import TOPICS

COURSES = [PRIVATE_SECTOR_COURSE, INTERMUNICIPAL_COURSE]

__all__ = ["COURSES", "TOPICS"]
