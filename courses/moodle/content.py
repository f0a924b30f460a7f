"""Moodle HTML → lesson blocks: text in the course's language, files and in-course links.

A lesson's rich text allows bold, italic, h3, h4, lists, links and document links
(`courses.catalogue.blocks.RICH_TEXT_FEATURES`), so a Moodle text becomes a run of blocks: the
text between pictures as paragraph blocks (converted to Wagtail's stored rich text format, which
drops anything else), and each `<img>` of an embedded file as an image block with its
alternative text. `@@PLUGINFILE@@/name` links become document links, `$@QUIZVIEWBYID*334@$`
style links become links to the imported lesson, or plain text when it was not imported.
"""

import html as html_lib
import re
import uuid
from urllib.parse import unquote

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from courses.catalogue.blocks import RICH_TEXT_FEATURES
from courses.quizzes.formats.text import html_to_plain, moodle_text_to_html, multilang_split

IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ATTR = re.compile(r"""(\w[\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
PLUGINFILE = re.compile(r"@@PLUGINFILE@@/([^\"'<>\s?#]+)")
# Moodle's encoded links to course parts: $@QUIZVIEWBYID*334@$, $@COURSEVIEWBYID*18@$, ...
ENCODED = re.compile(r"\$@([A-Z]+)\*(\d+)@\$")
ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.IGNORECASE | re.DOTALL)
EMPTY_PARAGRAPH = re.compile(r"<p>(\s|<br/?>)*</p>")
SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def in_language(raw: str, fmt: str, language: str) -> str:
    """The text of `language` from a multilang Moodle text, as sanitised HTML (the default
    language's text, then Kyrgyz's, when that language has none)."""
    if not raw:
        return ""
    texts = multilang_split(raw, default_language=language)
    chosen = texts.get(language) or texts.get("ky") or next((t for t in texts.values() if t), "")
    return moodle_text_to_html(chosen, fmt)


def plain_in_language(raw: str, language: str) -> str:
    return html_to_plain(in_language(raw, "1", language))


def _attrs(tag: str) -> dict:
    return {
        m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in ATTR.finditer(tag)
    }


def pluginfile_name(link: str) -> str:
    return unquote(link).rsplit("/", 1)[-1]


class Linker:
    """Rewrites a text's links: files (by name, in one file area) and other activities."""

    def __init__(self, *, files: dict, pages: dict, course_page=None):
        self.files = files  # name -> stored ("image"|"document", object or None in a dry run)
        self.pages = pages  # cmid -> lesson page (filled as lessons are made)
        self.course_page = course_page
        self.missing = []  # file names linked but absent from the backup
        self.unresolved = []  # encoded links with no imported lesson

    def _href(self, href: str) -> tuple[str, str] | None:
        """(linktype, id) for an internal link, None to keep the href, ("", "") to unlink."""
        file_match = PLUGINFILE.search(href)
        if file_match:
            name = pluginfile_name(file_match.group(1))
            stored = self.files.get(name)
            if stored is None:
                self.missing.append(name)
                return ("", "")
            kind, obj = stored
            if obj is None:  # dry run
                return ("document", "0")
            if kind == "document":
                return ("document", str(obj.pk))
            return ("image-file", obj.file.url)
        encoded = ENCODED.search(href)
        if encoded:
            kind, number = encoded.group(1), encoded.group(2)
            if kind.startswith("COURSE") and self.course_page is not None:
                return ("page", str(self.course_page.pk))
            page = self.pages.get(number)
            if page is None or not getattr(page, "pk", None):
                self.unresolved.append(f"{kind}*{number}")
                return ("", "")
            return ("page", str(page.pk))
        return None

    def links(self, html: str) -> str:
        def replace(match):
            attrs = _attrs(match.group(1))
            href = attrs.get("href", "")
            target = self._href(href)
            inner = match.group(2)
            if target is None:
                return match.group(0)
            linktype, ident = target
            if not linktype:
                return inner
            if linktype == "image-file":
                return f'<a href="{html_lib.escape(ident)}">{inner}</a>'
            return f'<a data-linktype="{linktype}" data-id="{ident}">{inner}</a>'

        return ANCHOR.sub(replace, html)


_converter = None


def rich_text(html: str) -> str:
    """Wagtail's stored rich text of `html` (lesson features only); "" when nothing is left."""
    global _converter  # noqa: PLW0603 (one converter per process, it is stateless)
    if _converter is None:
        _converter = EditorHTMLConverter(features=RICH_TEXT_FEATURES)
    value = _converter.to_database_format(SCRIPTS.sub("", html)).strip()
    value = EMPTY_PARAGRAPH.sub("", value)
    return value if html_to_plain(value) else ""


def blocks_from_html(html: str, linker: Linker) -> list[tuple[str, object]]:
    """StreamField blocks (type, value) for a sanitised Moodle HTML text."""
    html = SCRIPTS.sub("", html or "")
    html = linker.links(html)
    blocks = []
    position = 0
    for match in IMG.finditer(html):
        text = rich_text(html[position : match.start()])
        if text:
            blocks.append(("paragraph", text))
        position = match.end()
        attrs = _attrs(match.group(0))
        src = attrs.get("src", "")
        file_match = PLUGINFILE.search(src)
        stored = linker.files.get(pluginfile_name(file_match.group(1))) if file_match else None
        alt = (attrs.get("alt") or attrs.get("title") or "").strip()[:250]
        if stored is None:
            if file_match:
                linker.missing.append(pluginfile_name(file_match.group(1)))
            continue
        kind, obj = stored
        if kind == "image":
            blocks.append(
                (
                    "image",
                    {"image": obj, "alt": alt or (obj.title if obj else ""), "caption": ""},
                )
            )
        else:
            blocks.append(("document", {"document": obj, "title": alt[:200]}))
    text = rich_text(html[position:])
    if text:
        blocks.append(("paragraph", text))
    return blocks


def stream_data(blocks: list[tuple[str, object]]) -> list[dict]:
    """The raw StreamField data of (type, value) blocks, with model instances as ids."""
    data = []
    for kind, value in blocks:
        if isinstance(value, dict):
            value = {key: (item.pk if hasattr(item, "pk") else item) for key, item in value.items()}
        data.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return data
