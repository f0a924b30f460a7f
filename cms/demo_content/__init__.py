"""Demo best-practice cases, news and the About page, written from the facts of the seed press
releases.

Data only: `cms.demo` builds the pages from it.
"""

from cms.demo_content.about import ABOUT
from cms.demo_content.cases_cooperation import CASES as COOPERATION_CASES
from cms.demo_content.cases_private_sector import CASES as PRIVATE_SECTOR_CASES
from cms.demo_content.news import NEWS

CASES = [*PRIVATE_SECTOR_CASES, *COOPERATION_CASES]

__all__ = ["ABOUT", "CASES", "NEWS"]
