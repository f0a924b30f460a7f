"""Demo best-practice cases, written from the facts of the seed press releases.

Data only: `cms.portal.demo` builds the pages from it.
"""

from cms.portal.demo_content.cases_cooperation import CASES as COOPERATION_CASES
from cms.portal.demo_content.cases_private_sector import CASES as PRIVATE_SECTOR_CASES

CASES = [*PRIVATE_SECTOR_CASES, *COOPERATION_CASES]

__all__ = ["CASES"]
