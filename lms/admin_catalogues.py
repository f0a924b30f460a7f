"""The Kyrgyz catalogues of the Wagtail admin that we ship (lms/locale_admin/<app label>/).

Wagtail and wagtail-localize ship no `ky` translation, so we keep one catalogue per app here,
built from the installed package's English catalogue: every msgid of the app, so coverage is
measured against what the installed version asks for. Used by `manage.py
admin_translation_coverage` and by tests/lms/test_admin_translations.py.
"""

import re
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent / "locale_admin"
LANGUAGE = "ky"
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


@dataclass(frozen=True)
class Catalogue:
    folder: str  # the app's label: lms/locale_admin/<folder>/
    package: str  # the installed package whose locale/en/LC_MESSAGES holds the msgids
    domain: str  # "django" or "djangojs"

    @property
    def name(self) -> str:
        return f"{self.folder}/{self.domain}"

    def source_path(self) -> Path:
        """The installed package's English catalogue: every msgid of this Wagtail version."""
        package_dir = Path(import_module(self.package).__file__).parent
        return package_dir / "locale" / "en" / "LC_MESSAGES" / f"{self.domain}.po"

    def path(self, language: str = LANGUAGE) -> Path:
        return ROOT / self.folder / language / "LC_MESSAGES" / f"{self.domain}.po"


# The apps whose screens Trainers, Reviewers and Managers use (docs/admin-glossary.md), and
# Django's humanize, which Wagtail uses for relative times. Apps not in INSTALLED_APPS
# (wagtail.locales, simple_translation, the table blocks) are left out.
CATALOGUES = (
    Catalogue("wagtailadmin", "wagtail.admin", "django"),
    Catalogue("wagtailadmin", "wagtail.admin", "djangojs"),
    Catalogue("wagtailcore", "wagtail", "django"),
    Catalogue("wagtailimages", "wagtail.images", "django"),
    Catalogue("wagtaildocs", "wagtail.documents", "django"),
    Catalogue("wagtailsnippets", "wagtail.snippets", "django"),
    Catalogue("wagtailusers", "wagtail.users", "django"),
    Catalogue("wagtailsites", "wagtail.sites", "django"),
    Catalogue("wagtailembeds", "wagtail.embeds", "django"),
    Catalogue("wagtailsearch", "wagtail.search", "django"),
    Catalogue("wagtailsettings", "wagtail.contrib.settings", "django"),
    Catalogue("wagtailforms", "wagtail.contrib.forms", "django"),
    Catalogue("wagtailredirects", "wagtail.contrib.redirects", "django"),
    Catalogue("wagtail_localize", "wagtail_localize", "django"),
    Catalogue("wagtail_localize", "wagtail_localize", "djangojs"),
    Catalogue("wagtaillocales", "wagtail_localize.locales", "django"),
    # Relative times in the admin ("5 minutes ago"): Django's own Kyrgyz says "ago" for
    # "from now" and runs numbers into words.
    Catalogue("humanize", "django.contrib.humanize", "django"),
)

PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGcu%]")
BRACES = re.compile(r"\{[\w.]*(?:![rsa])?(?::[^{}]*)?\}")
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


def entry_key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def _edges(text: str) -> tuple[str, str]:
    """Leading and trailing whitespace, which templates and joined strings rely on."""
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def _shape(text: str) -> tuple:
    return (
        sorted(PRINTF.findall(text)),
        sorted(BRACES.findall(text)),
        sorted(TAG.findall(text)),
        _edges(text),
    )


def entry_problems(entry: polib.POEntry) -> list[str]:
    """What is wrong with a shipped entry: empty, fuzzy, or not the shape of its msgid."""
    if "fuzzy" in entry.flags:
        return ["fuzzy"]
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(n, "") for n in range(2)]
        sources = [entry.msgid, entry.msgid_plural]
    else:
        forms, sources = [entry.msgstr], [entry.msgid]
    problems = []
    for form, source in zip(forms, sources, strict=True):
        if not form.strip():
            problems.append("empty")
            continue
        for what, got, wanted in zip(
            ("placeholders %", "placeholders {}", "HTML tags", "leading/trailing spaces"),
            _shape(form),
            _shape(source),
            strict=True,
        ):
            if got != wanted:
                problems.append(f"{what}: {got!r} instead of {wanted!r}")
    return problems


@dataclass(frozen=True)
class Coverage:
    catalogue: Catalogue
    translated: int
    total: int

    @property
    def percent(self) -> float:
        return 100 * self.translated / self.total if self.total else 100.0


def _entries(path: Path) -> dict[tuple[str | None, str], polib.POEntry]:
    """The live (not obsolete) entries of a .po file by key, in file order; none if missing."""
    if not path.exists():
        return {}
    return {entry_key(e): e for e in polib.pofile(str(path)) if not e.obsolete}


def coverage(catalogue: Catalogue) -> Coverage:
    """Msgids of the installed app translated in our catalogue (not empty, fuzzy or broken)."""
    source = _entries(catalogue.source_path())
    shipped = _entries(catalogue.path())
    translated = sum(1 for key in source if key in shipped and not entry_problems(shipped[key]))
    return Coverage(catalogue, translated, len(source))


def _package_catalogue(catalogue: Catalogue, language: str) -> dict:
    """The installed package's own catalogue for `language` (.po, or only .mo in some)."""
    path = catalogue.source_path().parents[2] / language / "LC_MESSAGES" / f"{catalogue.domain}.po"
    if path.exists():
        entries = polib.pofile(str(path))
    elif path.with_suffix(".mo").exists():
        entries = polib.mofile(str(path.with_suffix(".mo")))
    else:
        return {}
    return {entry_key(e): e for e in entries if not e.obsolete}


def russian_gaps(catalogue: Catalogue) -> list[tuple[str | None, str]]:
    """Msgids that neither Wagtail's Russian catalogue nor our supplement translates.

    Django falls back to LANGUAGE_CODE's catalogue for a missing msgid, so without a Russian
    entry a Russian admin would show our Kyrgyz there (English has no fallback).
    """
    russian = {**_package_catalogue(catalogue, "ru"), **_entries(catalogue.path("ru"))}
    return [
        key
        for key in _entries(catalogue.source_path())
        if key not in russian or not _translated(russian[key])
    ]


def _translated(entry: polib.POEntry) -> bool:
    return "fuzzy" not in entry.flags and bool(entry.msgstr or any(entry.msgstr_plural.values()))


def catalogue_update(catalogue: Catalogue, *, root: Path = ROOT) -> tuple[int, int]:
    """Bring our catalogue's msgids in step with the installed app, keeping translations.

    Entries we have stay as they are; new msgids arrive empty (to translate, with the app's
    flags and translator comments), msgids the app dropped go. Returns (added, removed).
    """
    source = _entries(catalogue.source_path())
    path = root / catalogue.path().relative_to(ROOT)
    old = polib.pofile(str(path)) if path.exists() else polib.POFile()
    kept = {entry_key(e): e for e in old if not e.obsolete}
    result = polib.POFile(wrapwidth=old.wrapwidth or 78)
    result.header = old.header
    result.metadata = old.metadata or {
        "Project-Id-Version": catalogue.package,
        "Language": LANGUAGE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
    }
    added = 0
    for key, entry in source.items():
        mine = kept.get(key)
        if mine is None:
            added += 1
            mine = polib.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgstr="",
                msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                flags=[flag for flag in entry.flags if flag != "fuzzy"],
                comment=entry.comment,
            )
        result.append(mine)
    removed = len(kept.keys() - source.keys())
    path.parent.mkdir(parents=True, exist_ok=True)
    result.save(str(path))
    return added, removed
