"""Every interface string is translated in ky, ru and en, with its placeholders intact."""

import re
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

import polib
import pytest

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
CATALOGUES = {
    code: Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"
    for code, _ in settings.LANGUAGES
}


@pytest.mark.parametrize("language", list(CATALOGUES))
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(CATALOGUES[language]))
    assert len(catalogue) > 100
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []


def test_english_says_what_the_msgids_say():
    for entry in polib.pofile(str(CATALOGUES["en"])):
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[0], entry.msgstr_plural[1]]
            assert forms == [entry.msgid, entry.msgid_plural], entry.msgid
        else:
            assert entry.msgstr == entry.msgid, entry.msgid


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_placeholders_survive_translation(language):
    for entry in polib.pofile(str(CATALOGUES[language])):
        # Plural entries: every form keeps the placeholders (Kyrgyz has one form, Russian four).
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(entry.msgid)), (
                entry.msgid
            )


def test_fillenglish_copies_msgids_into_empty_entries(tmp_path, settings):
    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Hello", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Kept", msgstr="Kept as written"))
    catalogue.append(
        polib.POEntry(msgid="Too many requests", msgstr="Too many attempts", flags=["fuzzy"])
    )
    catalogue.save(str(folder / "django.po"))
    settings.LOCALE_PATHS = [tmp_path]

    call_command("fillenglish")
    call_command("compiletranslations")

    result = {e.msgid: e.msgstr for e in polib.pofile(str(folder / "django.po"))}
    assert result == {
        "Hello": "Hello",
        "Kept": "Kept as written",
        "Too many requests": "Too many requests",  # a fuzzy guess is replaced, not kept
    }
    assert (folder / "django.mo").stat().st_size > 0
