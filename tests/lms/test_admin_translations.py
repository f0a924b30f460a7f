"""The Kyrgyz Wagtail admin (lms/locale_admin): complete, intact, and what people get.

Wagtail ships no Kyrgyz, so we ship one catalogue per admin app (lms/admin_catalogues.py). A
shipped entry that is empty, fuzzy or has lost a placeholder or a tag breaks a screen (or
raises on formatting); coverage is counted against the installed apps' own msgids, so a Wagtail
upgrade that brings new ones fails here until they are translated (docs/admin-glossary.md).
"""

import json
from datetime import timedelta

from django.contrib.humanize.templatetags.humanize import naturaltime
from django.core.management import call_command
from django.utils import timezone, translation

from wagtail.users.models import UserProfile

import polib
import pytest

from courses.catalogue.services import course_index_setup, course_trainers_sync
from lms.admin_catalogues import (
    CATALOGUES,
    PLURAL_FORMS,
    Catalogue,
    catalogue_update,
    coverage,
    entry_problems,
    russian_gaps,
)
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory

NAMES = [catalogue.name for catalogue in CATALOGUES]


@pytest.fixture(scope="module", autouse=True)
def _compiled():
    """The .mo files are git-ignored: compile what this checkout ships, as `make test` does."""
    call_command("compiletranslations", verbosity=0)


# ---- the catalogues -------------------------------------------------------------------------


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=NAMES)
def test_every_kyrgyz_entry_is_translated_with_its_placeholders_and_tags(catalogue):
    shipped = polib.pofile(str(catalogue.path()))
    assert shipped.metadata["Language"] == "ky"
    assert shipped.metadata["Plural-Forms"] == PLURAL_FORMS
    problems = {entry.msgid: entry_problems(entry) for entry in shipped}
    assert {msgid: found for msgid, found in problems.items() if found} == {}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=NAMES)
def test_coverage_is_every_msgid_of_the_installed_app(catalogue):
    result = coverage(catalogue)
    assert result.total > 0
    assert (result.translated, result.percent) == (result.total, 100.0)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=NAMES)
def test_a_russian_admin_never_falls_back_to_kyrgyz(catalogue):
    """Django fills a msgid missing in Russian from LANGUAGE_CODE's catalogue (Kyrgyz)."""
    assert russian_gaps(catalogue) == []


def test_a_msgid_wagtails_russian_lacks_reads_russian_not_kyrgyz():
    msgid = "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"
    values = {"start_index": 1, "end_index": 20, "items_count": 35, "model_name": "барак"}
    with translation.override("ru"):
        assert translation.gettext(msgid) % values == "1–20 из 35 (барак)"


def test_the_coverage_command_prints_each_catalogue_and_the_total(capsys):
    call_command("admin_translation_coverage")
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [*NAMES, "total"]
    assert lines[-1].endswith("100.00 %")


def test_update_adds_new_msgids_empty_and_keeps_translations(tmp_path):
    catalogue = Catalogue("wagtailsearch", "wagtail.search", "django")
    shipped = tmp_path / "wagtailsearch" / "ky" / "LC_MESSAGES" / "django.po"
    shipped.parent.mkdir(parents=True)
    old = polib.POFile()
    old.metadata = {"Language": "ky", "Plural-Forms": PLURAL_FORMS}
    old.append(polib.POEntry(msgid="Wagtail search", msgstr="Wagtail издөөсү"))
    old.append(polib.POEntry(msgid="A msgid Wagtail dropped", msgstr="Эски"))
    old.save(str(shipped))
    # The installed app's msgids, as after an upgrade: one kept, one new.
    source = tmp_path / "en.po"
    upgraded = polib.POFile()
    upgraded.append(polib.POEntry(msgid="Wagtail search"))
    upgraded.append(polib.POEntry(msgid="Search %(count)s items", flags=["python-format"]))
    upgraded.save(str(source))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Catalogue, "source_path", lambda self: source)
        assert catalogue_update(catalogue, root=tmp_path) == (1, 1)

    result = {e.msgid: (e.msgstr, e.flags) for e in polib.pofile(str(shipped))}
    assert result == {
        "Wagtail search": ("Wagtail издөөсү", []),
        "Search %(count)s items": ("", ["python-format"]),
    }


# ---- the checker itself, both ways ------------------------------------------------------------


def entry(msgid, msgstr, **fields):
    return polib.POEntry(msgid=msgid, msgstr=msgstr, **fields)


def test_an_entry_that_keeps_its_shape_passes():
    assert entry_problems(entry("Delete %(title)s", "%(title)s өчүрүү")) == []
    assert entry_problems(entry("<b>{user}</b> locked it", "<b>{user}</b> кулпулады")) == []
    assert entry_problems(entry("Restart workflow ", "Иш агымын кайра баштоо ")) == []
    plural = polib.POEntry(
        msgid="One submission has been deleted.",
        msgid_plural="%(count)d submissions have been deleted.",
        msgstr_plural={0: "Бир жооп өчүрүлдү.", 1: "%(count)d жооп өчүрүлдү."},
    )
    assert entry_problems(plural) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "problem"),
    [
        ("Delete %(title)s", "", "empty"),
        ("Delete %(title)s", "   ", "empty"),
        ("Delete %(title)s", "Өчүрүү", "placeholders %"),
        ("Delete %(title)s", "%(name)s өчүрүү", "placeholders %"),
        ("%d pages", "%s барак", "placeholders %"),
        ("Translate {model_name}", "{model} которуу", "placeholders {}"),
        ("Locked by {user}", "Кулпулаган", "placeholders {}"),
        ("<b>{title}</b> is locked", "{title} кулпуланган", "HTML tags"),
        ('Why not <a href="%(url)s">add one</a>?', '<a href="%(u)s">Кошуу</a>?', "placeholders %"),
        ('Why not <a href="%(url)s">add one</a>?', "<a>Кошуу</a>? %(url)s", "HTML tags"),
        ("Restart workflow ", "Иш агымын кайра баштоо", "leading/trailing spaces"),
    ],
)
def test_an_entry_that_breaks_its_msgid_is_caught(msgid, msgstr, problem):
    found = entry_problems(entry(msgid, msgstr))
    assert found and found[0].startswith(problem), found


def test_a_fuzzy_entry_or_an_empty_plural_form_is_caught():
    assert entry_problems(entry("Save", "Сактоо", flags=["fuzzy"])) == ["fuzzy"]
    plural = polib.POEntry(
        msgid="%(count)s page",
        msgid_plural="%(count)s pages",
        msgstr_plural={0: "%(count)s барак", 1: ""},
    )
    assert entry_problems(plural) == ["empty"]


# ---- what people get --------------------------------------------------------------------------


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer", preferred_language="ky")


@pytest.fixture
def lesson(home_page, trainer):
    """A lesson in a course the trainer teaches, set up as the admin does it."""
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    course = CoursePageFactory(parent=catalogue)
    course.trainers = [trainer]
    course.save()
    course_trainers_sync(course=course)
    return LessonPageFactory(parent=course, title="Келишимде эмне жазылат")


def admin_get(client, user, url):
    """The admin as a browser set to English asks for it: the language must come from the user."""
    client.force_login(user)
    return client.get(url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()


def test_a_trainer_who_prefers_kyrgyz_gets_the_admin_in_kyrgyz_on_an_english_browser(
    client, trainer, lesson
):
    dashboard = admin_get(client, trainer, "/admin/")
    assert '<html lang="ky"' in dashboard
    assert "Сайт тууралуу жалпы маалымат" in dashboard  # "Site summary"
    assert "0 сүрөт" in dashboard and "0 документ" in dashboard  # wagtailimages, wagtaildocs
    assert "Site summary" not in dashboard

    editor = admin_get(client, trainer, f"/admin/pages/{lesson.pk}/edit/")
    for kyrgyz in ("Долбоорду сактоо", "Илгерилетүү", "Барактын окурмандар көрө турган аталышы"):
        assert kyrgyz in editor
    for english in ("Save draft", "Promote", "The page title as you'd like it to be seen"):
        assert english not in editor


def test_a_workflow_in_progress_reads_kyrgyz(client, trainer, lesson):
    lesson.save_revision(user=trainer)
    lesson.get_workflow().start(lesson, trainer)

    editor = admin_get(client, trainer, f"/admin/pages/{lesson.pk}/edit/")
    assert "Бул барак азыр модерацияны күтүп жатат." in editor
    assert "Иш агымын жокко чыгаруу" in editor  # "Cancel workflow"
    history = admin_get(client, trainer, f"/admin/pages/{lesson.pk}/workflow_history/")
    assert "Иш агымынын тарыхы" in history and "Аткарылууда" in history  # "In progress"
    assert "Workflow history" not in history and "In progress" not in history


def test_a_trainer_who_prefers_russian_gets_the_russian_admin(client, trainer, lesson):
    trainer.preferred_language = "ru"
    trainer.save()
    editor = admin_get(client, trainer, f"/admin/pages/{lesson.pk}/edit/")
    assert '<html lang="ru"' in editor
    assert "Сохранить черновик" in editor
    assert "Долбоорду сактоо" not in editor


def test_a_language_picked_in_the_admin_account_wins(client, trainer, lesson):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    editor = admin_get(client, trainer, f"/admin/pages/{lesson.pk}/edit/")
    assert '<html lang="en"' in editor
    assert "Save draft" in editor
    assert "Долбоорду сактоо" not in editor and "Сохранить черновик" not in editor


def test_the_admin_account_offers_kyrgyz(client, trainer, lesson):
    account = admin_get(client, trainer, "/admin/account/")
    assert '<option value="ky"' in account


def test_the_public_site_keeps_the_language_of_its_address(client, trainer, lesson):
    trainer.preferred_language = "ru"
    trainer.save()
    client.force_login(trainer)
    assert '<html lang="ky"' in client.get("/ky/").content.decode()


def test_the_admin_scripts_get_their_kyrgyz(client, trainer, lesson):
    admin_js = admin_get(client, trainer, "/admin/jsi18n/")
    localize_js = admin_get(client, trainer, "/admin/localize/jsi18n/")
    # JavaScriptCatalog writes the catalogue as JSON, non-ASCII letters escaped.
    assert json.dumps("Барак тандаңыз") in localize_js  # wagtail_localize: "Choose a page"
    assert json.dumps("Жарыялоону токтотуу") in localize_js  # "Unpublish"
    assert json.dumps("(Жаңы)") in admin_js  # wagtailadmin: "(New)" in the sidebar


def test_relative_times_in_the_admin_are_kyrgyz():
    five_minutes_ago = timezone.now() - timedelta(minutes=5, seconds=1)
    with translation.override("ky"):
        assert naturaltime(five_minutes_ago) == "5\xa0мүнөт мурун"
        assert naturaltime(timezone.now()) == "азыр"


def test_our_own_strings_do_not_rename_the_admins_words():
    """The project's catalogue comes first in LOCALE_PATHS, so a project msgid equal to a Wagtail
    one wins in the admin too: the reports' tab and the header link say "Dashboard" and "Admin"
    with a context of their own, so the admin keeps its "Башкы панель" and "Администратор".
    """
    with translation.override("ky"):
        assert translation.gettext("Dashboard") == "Башкы панель"
        assert translation.gettext("Admin") == "Администратор"
    with translation.override("ru"):
        assert translation.gettext("Dashboard") == "Панель управления"
