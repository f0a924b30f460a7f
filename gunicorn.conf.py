"""gunicorn's settings for this project, read by `gunicorn lms.wsgi` run from this folder.

Command-line options win over these (the bench and docs/deploy.md name the workers there).

The application is loaded once in the master (`preload_app`), and what it loaded is frozen out
of the garbage collector before the workers fork (`pre_fork`). Loaded Django, Wagtail and the
project are some 400,000 objects that live as long as the process; unfrozen, every full
collection in a worker walks them all (a quarter of a second measured on the bench data), and
walking them also writes to their pages, so the memory the workers share with the master is
copied into each. Frozen, a full collection walks only what the worker made since it started.
"""

import gc

preload_app = True


def when_ready(server):
    """Once the application is loaded, before the first fork: what is garbage now goes first,
    so it is not frozen for the life of the master."""
    gc.collect()


def pre_fork(server, worker):
    """Everything the master holds is left out of the workers' collections."""
    gc.freeze()
