"""The month names Django's `E` date format asks for (context "alt. month"), as in its dates.py.

Django's ky catalogue gives them capitalised, as standalone names (Ноябрь), which reads as
Russian inside a Kyrgyz date; ours gives the lower-case forms (25-ноябрь). Listing the msgids in
our code keeps `makemessages --no-obsolete` from dropping those translations.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_DATES = {
    1: pgettext_lazy("alt. month", "January"),
    2: pgettext_lazy("alt. month", "February"),
    3: pgettext_lazy("alt. month", "March"),
    4: pgettext_lazy("alt. month", "April"),
    5: pgettext_lazy("alt. month", "May"),
    6: pgettext_lazy("alt. month", "June"),
    7: pgettext_lazy("alt. month", "July"),
    8: pgettext_lazy("alt. month", "August"),
    9: pgettext_lazy("alt. month", "September"),
    10: pgettext_lazy("alt. month", "October"),
    11: pgettext_lazy("alt. month", "November"),
    12: pgettext_lazy("alt. month", "December"),
}
