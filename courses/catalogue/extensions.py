"""Extension points of the catalogue's pages, as Wagtail hooks.

Apps above the catalogue (enrolment, progress, quizzes) add their part of a course card, a course
page or a lesson page without the catalogue importing them: each registers a function with
`wagtail.hooks.register(NAME, order=...)` in its `wagtail_hooks.py`. Lower `order` runs first.
"""

from wagtail import hooks

# fn() -> {name: expression}: figures annotated on each catalogue card (one query for the page).
COURSE_CARD_ANNOTATIONS = "catalogue_course_card_annotations"
# fn(*, request, course, outline, context) -> dict merged into the course page's context.
COURSE_PAGE_CONTEXT = "catalogue_course_page_context"
# fn(*, request, lesson, course, outline, preview, context) -> dict merged into the lesson page's
# context. A function may set `locked` (True: the page answers 403 with the way in; never in an
# editor's preview). Each function also says what it shows the reader, for the learner's page
# kept within a visit (courses/catalogue/lesson_keep.py), as its attribute `reader_state`:
# fn(*, request, lesson, course, outline, state) -> dict of what it shows beyond the content
# version (values with a stable repr; names starting with "_" pass objects on to later apps), or
# None: no page is kept for this reader and lesson. A function without one keeps no page.
LESSON_PAGE_CONTEXT = "catalogue_lesson_page_context"


def reader_state_get(context: dict, name: str):
    """What an app's `reader_state` read for this request (under `name`), or None: the page's
    context functions use it instead of reading it again."""
    return context.get("reader_state", {}).get(name)


def reader_state(read):
    """Attach `read` to a LESSON_PAGE_CONTEXT function as its `reader_state`."""

    def attach(extend):
        extend.reader_state = read
        return extend

    return attach


def context_extend(hook_name: str, *, context: dict, **kwargs) -> dict:
    """Run the hook's functions in order, each seeing what the earlier ones added."""
    for extend in hooks.get_hooks(hook_name):
        context.update(extend(context=context, **kwargs))
    return context
