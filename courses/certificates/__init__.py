"""Certificate documents: drawing (rendering.py) and Open Badges (badges.py); no database writes."""
