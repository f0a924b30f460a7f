"""Our date formats where Django's own are not how the language writes dates (FORMAT_MODULE_PATH).

A module here overrides only the names it defines; the rest still come from Django's locale.
"""
