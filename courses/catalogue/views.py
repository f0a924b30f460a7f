"""Page context for the catalogue, course, module and lesson pages: thin, selectors do the reads."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.http import urlencode

from wagtail.models import Locale

from courses.catalogue.extensions import COURSE_PAGE_CONTEXT, LESSON_PAGE_CONTEXT, context_extend
from courses.catalogue.lesson_keep import (
    lesson_kept_key,
    lesson_kept_response,
    lesson_kept_store,
)
from courses.catalogue.models import Level
from courses.catalogue.selectors import (
    CatalogueFilters,
    catalogue_base,
    catalogue_courses,
    catalogue_topics,
    course_for_page,
    course_for_trainer,
    course_languages,
    course_outline,
    course_search_hits,
    course_shown,
    course_trainers,
)
from lms.locales import locale_active
from lms.process_memo import remembered

CATALOGUE_PAGE_SIZE = 12
LANGUAGE_CODES = ("ky", "ru", "en")


def _filters_from(request) -> CatalogueFilters:
    get = request.GET
    level = get.get("level", "")
    language = get.get("language", "")
    return CatalogueFilters(
        topic=get.get("topic", "")[:80],
        level=level if level in Level.values else "",
        language=language if language in LANGUAGE_CODES else "",
        query=get.get("q", "").strip()[:100],
    )


def _link(filters: CatalogueFilters, **changes) -> str:
    """A query string for the catalogue with one filter changed; filters are shareable links."""
    values = {
        "topic": filters.topic,
        "level": filters.level,
        "language": filters.language,
        "q": filters.query,
    }
    values.update(changes)
    query = urlencode({k: v for k, v in values.items() if v})
    return f"?{query}" if query else "?"


def catalogue_context(*, request, catalogue) -> dict:
    filters = _filters_from(request)
    base = catalogue_base(locale=catalogue.locale, filters=filters)
    courses = catalogue_courses(locale=catalogue.locale, filters=filters, base=base)
    page_obj = Paginator(courses, CATALOGUE_PAGE_SIZE).get_page(request.GET.get("page"))
    cards = list(page_obj.object_list)
    languages = course_languages(translation_keys={card.translation_key for card in cards})
    hits = course_search_hits(courses=cards, query=filters.query) if filters.query else {}
    topics = catalogue_topics(base=base, chosen=filters.topic)
    return {
        "filters": filters,
        "cards": [
            {
                "course": card,
                "hit": hits.get(card.pk),
                "languages": languages.get(card.translation_key, []),
                "fallback": card.locale_id != catalogue.locale_id,
                "url": f"{catalogue.get_url(request=request)}{card.slug}/",
            }
            for card in cards
        ],
        "page_obj": page_obj,
        "topic_links": [
            {
                "label": topic.name,
                "count": topic.course_count,
                "url": _link(filters, topic=topic.slug),
                "current": topic.slug == filters.topic,
            }
            for topic in topics
        ],
        "level_links": [
            {"label": label, "url": _link(filters, level=value), "current": value == filters.level}
            for value, label in Level.choices
        ],
        "language_links": [
            {
                "label": Locale(language_code=code).get_display_name(),
                "code": code,
                "url": _link(filters, language=code),
                "current": code == filters.language,
            }
            for code in LANGUAGE_CODES
        ],
        # The filters chosen (words are the search's, not a filter): "Filter (2)" on a phone.
        "filter_count": sum(
            bool(value) for value in (filters.topic, filters.level, filters.language)
        ),
        "clear_topic": _link(filters, topic=""),
        "clear_level": _link(filters, level=""),
        "clear_language": _link(filters, language=""),
        # Pagination links append page=N to the current filters.
        "page_link_base": _link(filters) + ("&" if filters.active else ""),
    }


def course_context(*, request, course) -> dict:
    """The course page: facts, outline and trainers here; enrolment and progress add theirs
    through COURSE_PAGE_CONTEXT."""
    outline = course_outline(course=course, request=request)
    context = {
        "course": course,
        "outline": outline,
        # Trainers change with an edit of the course (a new content version) or an erasure
        # (which starts one too: courses/catalogue/personal_data.py).
        "trainers": remembered(
            "course_trainers",
            course.pk,
            lambda: course_trainers(course=course),
            request=request,
        ),
        "languages": remembered(
            "course_languages",
            course.translation_key,
            lambda: course_languages(translation_keys=[course.translation_key]).get(
                course.translation_key, []
            ),
            request=request,
        ),
    }
    return context_extend(
        COURSE_PAGE_CONTEXT, context=context, request=request, course=course, outline=outline
    )


def module_context(*, request, module) -> dict:
    course = course_for_page(module, request=request)
    outline = course_outline(course=course, request=request) if course else None
    section = None
    if outline:
        section = next((s for s in outline.sections if s.module and s.module.pk == module.pk), None)
    return {"course": course, "section": section}


def lesson_serve(*, request, lesson, preview: bool = False):
    """Render the lesson, or its locked state (403) with the way in: never a bare refusal.

    Who may read it, and what the learner's progress adds, come from LESSON_PAGE_CONTEXT.
    """
    course = course_for_page(lesson, request=request)
    if course is not None and not preview and lesson.locale_id != locale_active(request=request).pk:
        # A lesson not translated into the reader's language: shown in the reader's course.
        course = course_shown(course=course, request=request)
    outline = course_outline(course=course, request=request) if course else None
    if not preview and outline and lesson.pk not in {item.pk for item in outline.lessons}:
        raise Http404  # its module is a draft: the lesson is not published as part of the course
    kept_key, state = None, {}
    if course is not None and not preview:
        kept_key = lesson_kept_key(
            request=request, lesson=lesson, course=course, outline=outline, state=state
        )
        kept = lesson_kept_response(request=request, key=kept_key, state=state)
        if kept is not None:
            return kept
    previous, following = outline.neighbours(lesson) if outline else (None, None)
    context = lesson.get_context(request)
    context.update(
        {
            "course": course,
            "outline": outline,
            "access": None,
            "locked": False,
            "previous_lesson": previous,
            "next_lesson": following,
            "reader_state": state,
        }
    )
    if course is not None:
        context_extend(
            LESSON_PAGE_CONTEXT,
            context=context,
            request=request,
            lesson=lesson,
            course=course,
            outline=outline,
            preview=preview,
        )
    response = TemplateResponse(
        request, lesson.get_template(request), context, status=403 if context["locked"] else 200
    )
    if kept_key is not None:
        response.add_post_render_callback(
            lambda rendered: lesson_kept_store(key=kept_key, response=rendered)
        )
    return response


def live_page_or_404(model, page_id: int):
    """A live page of `model` by id (its locale joined), or a 404: what learners' POSTs act on."""
    return get_object_or_404(model.objects.live().select_related("locale"), pk=page_id)


def trainer_course_or_404(request, course_key):
    """The course behind a teaching screen, if this user trains it or manages every course; a
    404 for anyone else, so a participant list's existence is not revealed."""
    course = course_for_trainer(
        user=request.user, course_key=course_key, locale=Locale.get_active()
    )
    if course is None:
        raise Http404
    return course
