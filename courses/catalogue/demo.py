"""Demo courses for trying the platform: built in code, deterministic and safe to run again.

The texts live in `courses.catalogue.demo_content` (data only). Pages are created once per slug and
language and left alone afterwards, so edits made in the admin survive a rerun.
"""

import io
import json
import random

from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from PIL import Image as PILImage
from PIL import ImageDraw

from cms.portal.models import CaseStudyPage
from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Topic
from courses.catalogue.services import course_index_setup, course_trainers_sync
from lms.accounts.models import User

CATALOGUE_SLUG = "courses"
# The home page's button leads to the catalogue unless someone chose another target.
HOME_BUTTON = {"ky": "Курстарды көрүү", "ru": "Смотреть курсы", "en": "Browse the courses"}
CATALOGUE_TEXT = {
    "ky": {
        "title": "Курстар",
        "intro": "Муниципалитеттердин кызматкерлери үчүн акысыз онлайн курстар. Теманы, деңгээлди "
        "жана тилди тандаңыз.",
    },
    "ru": {
        "title": "Курсы",
        "intro": "Бесплатные онлайн-курсы для сотрудников муниципалитетов. Выберите тему, уровень "
        "и язык.",
    },
    "en": {
        "title": "Courses",
        "intro": "Free online courses for municipal staff. Choose a topic, a level and a language.",
    },
}
DEMO_TRAINER_EMAIL = "trainer@example.org"
IMAGE_SIZE = (1200, 675)
# Background and accent colours per motif; shapes are drawn from a seeded generator.
MOTIF_COLOURS = {
    "waste": ("#dcefe3", "#1e6b34"),
    "lighting": ("#1d2b44", "#f5b301"),
    "culture": ("#f6e3d4", "#b3261e"),
    "park": ("#e3f2d9", "#2f7d32"),
    "cluster": ("#e2ecf6", "#0b5a8a"),
    "meeting": ("#efe7f6", "#5b3a8a"),
    "water": ("#dff1f7", "#0b6e8a"),
    "chart": ("#f2f5f8", "#074469"),
}


def _draw(motif: str) -> bytes:
    """A simple flat illustration for a motif: ground, sky and a few motif-coloured shapes."""
    background, accent = MOTIF_COLOURS.get(motif, MOTIF_COLOURS["chart"])
    width, height = IMAGE_SIZE
    picture = PILImage.new("RGB", IMAGE_SIZE, background)
    draw = ImageDraw.Draw(picture)
    rng = random.Random(motif)  # noqa: S311 - decoration, not security
    draw.rectangle([0, int(height * 0.72), width, height], fill="#c9d1da")
    if motif == "lighting":
        for x in range(120, width, 240):
            draw.rectangle([x, 220, x + 14, int(height * 0.72)], fill="#c9d1da")
            draw.ellipse([x - 40, 170, x + 54, 240], fill=accent)
    elif motif == "chart":
        for n, x in enumerate(range(160, width - 100, 170)):
            top = int(height * 0.7) - 60 - n * 55 - rng.randint(0, 40)
            draw.rectangle([x, top, x + 100, int(height * 0.72)], fill=accent)
    elif motif in ("cluster", "meeting"):
        centres = [(rng.randint(200, width - 200), rng.randint(140, 420)) for _ in range(5)]
        for a in centres:
            for b in centres:
                draw.line([a, b], fill=accent, width=4)
        for x, y in centres:
            draw.ellipse([x - 55, y - 55, x + 55, y + 55], fill=accent, outline="#ffffff", width=6)
    elif motif == "water":
        for n in range(6):
            y = 160 + n * 60
            draw.arc([-100, y, width + 100, y + 160], 200, 340, fill=accent, width=10)
    else:
        for _ in range(7):
            x = rng.randint(60, width - 220)
            size = rng.randint(90, 180)
            base = int(height * 0.72)
            if motif == "park":
                draw.ellipse([x, base - size * 2, x + size, base - size], fill=accent)
                draw.rectangle(
                    [x + size // 2 - 8, base - size, x + size // 2 + 8, base], fill="#6b4f2a"
                )
            else:
                draw.rectangle(
                    [x, base - size, x + size, base], fill=accent, outline="#ffffff", width=5
                )
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _image(motif: str, alt: str) -> Image:
    """The demo picture for a motif, drawn once and reused."""
    title = f"Demo: {motif}"
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(title=title, description=alt[:255])
        image.file = ImageFile(io.BytesIO(_draw(motif)), name=f"demo-{motif}.png")
        image.save()
    return image


def _short(text: str, limit: int) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _body(blocks, locale: Locale) -> str:
    """Lesson body as StreamField JSON from the data's (type, value) pairs."""
    raw = []
    for block_type, value in blocks:
        if block_type == "image":
            image = _image(value["motif"], value.get("alt", ""))
            value = {"image": image.pk, "alt": value["alt"], "caption": value.get("caption", "")}
        elif block_type == "case":
            case = (
                CaseStudyPage.objects.filter(slug=value["slug"], locale=locale).first()
                or CaseStudyPage.objects.filter(slug=value["slug"]).first()
            )
            if case is None:
                continue  # the portal's demo case is not there: skip the citation
            value = {"page": case.pk, "note": value.get("note", "")}
        elif block_type == "table":
            value = {
                "caption": value.get("caption", ""),
                "header": list(value.get("header", [])),
                "rows": [list(row) for row in value.get("rows", [])],
            }
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def _publish(page: Page, user: User) -> None:
    """Saved by the trainer; published as if the review workflow had approved it."""
    page.save_revision(user=user).publish(skip_permission_checks=True)


def _translate(source: Page, locale: Locale, fields: dict, user: User) -> Page:
    """The page's translation in `locale`, created with these fields and published if missing."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.owner = user
    _publish(translation, user)
    return translation


def topics_create(topics: dict) -> dict:
    """Topics by slug, with names in every language (created or updated)."""
    result = {}
    for order, (slug, names) in enumerate(topics.items()):
        topic, _ = Topic.objects.update_or_create(
            slug=slug,
            defaults={
                "name_ky": names["ky"],
                "name_ru": names.get("ru", ""),
                "name_en": names.get("en", ""),
                "sort_order": order,
            },
        )
        result[slug] = topic
    return result


def catalogue_create(*, home: Page, user: User) -> dict:
    """The catalogue (slug `courses`) under the home page, in each language: {code: page}."""
    catalogue = CourseIndexPage.objects.child_of(home).filter(slug=CATALOGUE_SLUG).first()
    if catalogue is None:
        catalogue = home.add_child(
            instance=CourseIndexPage(
                slug=CATALOGUE_SLUG, show_in_menus=True, owner=user, **CATALOGUE_TEXT["ky"]
            )
        )
        _publish(catalogue, user)
    pages = {"ky": catalogue}
    for code, text in CATALOGUE_TEXT.items():
        if code != "ky":
            locale, _ = Locale.objects.get_or_create(language_code=code)
            pages[code] = _translate(catalogue, locale, text, user)
    for code, page in pages.items():
        course_index_setup(catalogue=page)
        home_translation = home.get_translation_or_none(page.locale)
        if home_translation is not None:
            _home_button_set(home_translation.specific, page, HOME_BUTTON[code], user)
    return {code: _first_in_menu(page) for code, page in pages.items()}


def _first_in_menu(page: Page) -> Page:
    """Courses lead the main menu, which follows the order of the home page's children."""
    first = page.get_parent().get_first_child()
    if first.pk != page.pk:
        page.move(first, pos="left")
        page.refresh_from_db()
    return page


def _home_button_set(home: Page, catalogue: Page, label: str, user: User) -> None:
    if getattr(home, "cta_page_id", True):
        return  # not a home page with a button, or its button already leads somewhere
    home.cta_page = catalogue
    home.cta_label = label
    _publish(home, user)


def _course_fields(data: dict, text: dict, topic: Topic) -> dict:
    cover = data.get("cover") or {}
    return {
        "title": text["title"],
        "summary": _short(text.get("summary", ""), 250),
        "description": text.get("description", ""),
        "outcomes": json.dumps(
            [{"type": "outcome", "value": item} for item in text.get("outcomes", [])]
        ),
        "completion_requirements": _short(text.get("completion", ""), 600),
        "cover_alt": _short((cover.get("alt") or {}).get(text["_code"], ""), 250),
    }


def _lesson_fields(text: dict, locale: Locale) -> dict:
    return {
        "title": text["title"],
        "summary": _short(text.get("summary", ""), 300),
        "body": _body(text.get("body", []), locale),
    }


def course_create(*, data: dict, catalogues: dict, topics: dict, trainer: User) -> CoursePage:
    """One course with its modules and lessons in every language the data has."""
    ky = Locale.objects.get(language_code="ky")
    texts = {code: {**text, "_code": code} for code, text in data["text"].items()}
    topic = topics[data["topic"]]
    cover = data.get("cover")
    course = CoursePage.objects.child_of(catalogues["ky"]).filter(slug=data["slug"]).first()
    if course is None:
        course = CoursePage(
            slug=data["slug"],
            owner=trainer,
            topic=topic,
            level=data.get("level", "beginner"),
            estimated_hours=data.get("hours", 1),
            enrolment_method=data.get("enrolment_method", "open"),
            sequential_lessons=data.get("sequential", False),
            certificate_enabled=data.get("certificate", True),
            cover_image=_image(cover["motif"], cover["alt"]["ky"]) if cover else None,
            **_course_fields(data, texts["ky"], topic),
        )
        course.trainers = [trainer]
        catalogues["ky"].add_child(instance=course)
        _publish(course, trainer)
    course = course.specific
    pages = [(course, texts, None)]
    for module_data in data.get("modules", []):
        module = ModulePage.objects.child_of(course).filter(slug=module_data["slug"]).first()
        if module is None:
            module = course.add_child(
                instance=ModulePage(
                    slug=module_data["slug"],
                    owner=trainer,
                    title=module_data["text"]["ky"]["title"],
                    intro=module_data["text"]["ky"].get("intro", ""),
                )
            )
            _publish(module, trainer)
        pages.append((module, module_data["text"], "module"))
        for lesson_data in module_data.get("lessons", []):
            lesson = LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).first()
            if lesson is None:
                lesson = module.add_child(
                    instance=LessonPage(
                        slug=lesson_data["slug"],
                        owner=trainer,
                        estimated_minutes=lesson_data.get("minutes", 10),
                        required_for_completion=lesson_data.get("required", True),
                        open_preview=lesson_data.get("preview", False),
                        **_lesson_fields(lesson_data["text"]["ky"], ky),
                    )
                )
                _publish(lesson, trainer)
            pages.append((lesson, lesson_data["text"], "lesson"))
    for code in texts:
        if code == "ky":
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        for page, page_texts, kind in pages:
            text = page_texts.get(code)
            if not text:
                continue
            if kind is None:
                fields = _course_fields(data, {**text, "_code": code}, topic)
            elif kind == "module":
                fields = {"title": text["title"], "intro": text.get("intro", "")}
            else:
                fields = _lesson_fields(text, locale)
            _translate(page, locale, fields, trainer)
    course_trainers_sync(course=course)
    return course


@transaction.atomic
def demo_courses_create(*, courses: list | None = None, topics: dict | None = None) -> list:
    """Topics, the catalogue and the demo courses, owned and taught by the demo trainer."""
    if courses is None or topics is None:
        from courses.catalogue.demo_content import COURSES, TOPICS

        courses = COURSES if courses is None else courses
        topics = TOPICS if topics is None else topics
    trainer = User.objects.get(email=DEMO_TRAINER_EMAIL)
    home = Site.objects.get(is_default_site=True).root_page
    catalogues = catalogue_create(home=home, user=trainer)
    topic_map = topics_create(topics)
    return [
        course_create(data=data, catalogues=catalogues, topics=topic_map, trainer=trainer)
        for data in courses
    ]
