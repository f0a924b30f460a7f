"""Russian names the month of a day in the genitive: "14 декабря", not Django's "14 Декабрь"."""

MONTH_DAY_FORMAT = "j E"
