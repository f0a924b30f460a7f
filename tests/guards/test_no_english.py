"""No English on the Kyrgyz and Russian pages of the demo.

Every live page of the demo (home, About, catalogue, courses, modules, lessons, portal, cases,
news) and the learner's screens around them (search, quiz, My learning, certificate check,
profile, sign-in and registration) are rendered in Kyrgyz and in Russian, as the demo learner
and as a visitor; the visible text, page titles and the texts read aloud (alt, title,
aria-label, placeholder) are searched for words that give English away. Text marked with
another language (`lang="en"` on the language switcher's "English", a Kyrgyz course title
shown on a Russian page) is that language's, and is skipped.

A failure lists each page and the words found on it: content comes from the demo's data
(per-language texts), interface strings from the catalogues (`{% translate %}`/gettext).
"""

import re
from dataclasses import dataclass

from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

LANGUAGES = ("ky", "ru")

# Words and phrases that are English and nothing else: never in Kyrgyz or Russian text, and
# not names. Matched as whole words; lower-case entries in any case, capitalised ones exactly.
_WORD_LINES = """
    the and of with for your you this that from are is was has have will our not more all new
    here there illustration
    Course Courses Lesson Lessons Module Modules Search Home Next Previous Register Enrol Enroll
    Continue Download Quiz Certificate Question Answer Submit Cancel Save Results Result Page
    Menu Skip Back Share News Cases About Partners Partner Funding Gallery Documents Contract
    Report Other Private Municipality Minutes minutes hours Hours Completed Progress Profile
    Password Filter Sort Theme Status Year Learning Teach Trainer Trainers Level Topic Valid
    Issued Verification Close Show Hide
"""
WORDS = _WORD_LINES.split()
PHRASES = (
    "Municipal Academy",  # the platform's name, once stored in content
    "Local private operator",  # a partner's kind, once stored as its name
    "Read more",
    "Sign in",
    "Log in",
    "Sign out",
    "Log out",
)
GIVEAWAYS = (*WORDS, *PHRASES)


def _pattern(word: str) -> re.Pattern:
    flags = re.IGNORECASE if word == word.lower() else 0
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", flags)


PATTERNS = {word: _pattern(word) for word in GIVEAWAYS}
READ_ALOUD = ("alt", "title", "aria-label", "placeholder")


def visible_text(html: str, language: str) -> str:
    """What a reader sees or hears in `language`: text, page title and the attributes read
    aloud, without scripts, styles and passages marked as another language."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "template", "noscript"]):
        element.decompose()
    for element in soup.find_all(lang=True):
        if element.name != "html" and not element["lang"].lower().startswith(language):
            element.decompose()
    parts = [soup.get_text(" ")]
    for element in soup.find_all(True):
        parts += [
            str(element[attribute]) for attribute in READ_ALOUD if element.has_attr(attribute)
        ]
    return " ".join(parts)


def giveaways(text: str) -> list[str]:
    return sorted({word for word, pattern in PATTERNS.items() if pattern.search(text)})


def giveaways_shown(text: str) -> list[str]:
    """Each word found, with the words around its first place, for the failure message."""
    text = " ".join(text.split())
    shown = []
    for word in giveaways(text):
        match = PATTERNS[word].search(text)
        shown.append(f"{word!r} in “…{text[max(0, match.start() - 40) : match.end() + 40]}…”")
    return shown


@dataclass(frozen=True)
class Screen:
    name: str
    url: str
    who: str  # "learner" or "visitor"


def screens(demo, language: str) -> list[Screen]:
    """Every live page of the demo in `language`, and the learner's screens around them."""
    from wagtail.models import Locale, Page

    locale = Locale.objects.get(language_code=language)
    result = []
    for page in Page.objects.live().filter(locale=locale).exclude(depth=1).specific():
        who = "learner" if type(page).__name__ in {"LessonPage", "ModulePage"} else "visitor"
        result.append(Screen(f"{type(page).__name__} {page.url_path}", page.url, who))
    values = demo.values
    with translation.override(language):
        named = {
            "search": reverse("search") + "?q=кызмат",
            "search (ru words)": reverse("search") + "?q=услуги",
            "search (nothing found)": reverse("search") + "?q=zzzz",
            "quizzes:overview": reverse("quizzes:overview", args=[values["lesson_id"]]),
            "quizzes:attempt": reverse("quizzes:attempt", args=[values["attempt_id"]]),
            "progress:my": reverse("progress:my"),
            "certificates:verify_form": reverse("certificates:verify_form"),
            "certificates:verify": reverse("certificates:verify", args=[values["code"]]),
            "certificates:verify (unknown)": reverse("certificates:verify", args=["NOSUCHCODE"]),
            "accounts:profile": reverse("accounts:profile"),
            "accounts:login": reverse("accounts:login"),
            "accounts:register": reverse("accounts:register"),
            "accounts:password_reset": reverse("accounts:password_reset"),
            "policies:policy (privacy)": reverse("policies:policy", args=["privacy"]),
            "policies:policy (terms)": reverse("policies:policy", args=["terms"]),
        }
    visitor_only = {"accounts:login", "accounts:register", "accounts:password_reset"}
    visitor_only |= {"policies:policy (privacy)", "policies:policy (terms)"}
    for name, url in named.items():
        result.append(Screen(name, url, "visitor" if name in visitor_only else "learner"))
    return result


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_words_on_the_demo_pages(demo, language):
    from courses.catalogue.models import CoursePage
    from courses.enrolment.models import Enrollment, EnrollmentStatus

    # The learner reads every course, so every lesson shows its text.
    for key in set(CoursePage.objects.values_list("translation_key", flat=True)):
        Enrollment.objects.get_or_create(
            user=demo.users["learner"], course_key=key, defaults={"status": EnrollmentStatus.ACTIVE}
        )
    clients = {"visitor": Client()}
    for who in ("learner", "manager"):
        clients[who] = Client()
        clients[who].force_login(demo.users[who])
    found, checked = {}, 0
    for screen in screens(demo, language):
        response = clients[screen.who].get(screen.url, follow=True)
        assert response.status_code in (200, 403, 404), (screen, response.status_code)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        pages = [response]
        if response.status_code == 403:  # a lesson locked until the one before is done
            pages.append(clients["manager"].get(screen.url))  # its text, as a manager reads it
        checked += 1
        words = [w for page in pages for w in giveaways_shown(visible_text(page.text, language))]
        if words:
            found[f"{screen.name} ({screen.url})"] = sorted(set(words))
    assert checked >= 40
    report = "\n".join(
        f"  {page}:\n" + "\n".join(f"    {word}" for word in words)
        for page, words in sorted(found.items())
    )
    assert not found, f"English words on {len(found)} {language} pages:\n{report}"


@pytest.mark.django_db
def test_the_scan_finds_english_where_there_is_some(demo):
    """The English pages are full of the words the scan looks for: it reads what it should."""
    response = Client().get("/en/")
    assert {"the", "and", "Courses"} <= set(
        giveaways(visible_text(response.content.decode(), "en"))
    )
    marked = '<p>Курс <span lang="en">Read more</span></p><img alt="The course">'
    assert giveaways(visible_text(marked, "ky")) == ["the"]
