"""Moodle's text formats and multilang markup → sanitised HTML per language, and back.

Moodle stores every text (question, answer, feedback, hint…) with a format: `html` (the editor's),
`moodle_auto_format` (text whose line breaks count, HTML allowed), `plain_text` (shown as typed)
or `markdown`. Whatever the format, what we keep is sanitised HTML (`nh3`, an allow-list of
tags and attributes: no scripts, no event handlers, no `javascript:` links), with line breaks kept
as paragraphs or `<br>` so words are never glued together.

Multilang: Moodle's filter shows one language out of `<span lang="xx" class="multilang">…</span>`
runs (and the `{mlang xx}…{mlang}` syntax of the filter_multilang2 plugin). `multilang_split` reads
them into our three languages; `multilang_join` writes them back for exports.
"""

import html as html_lib
import re

import markdown as markdown_lib
import nh3

LANGUAGES = ("ky", "ru", "en")
FORMATS = ("html", "moodle_auto_format", "plain_text", "markdown")

ALLOWED_TAGS = {
    "a", "abbr", "audio", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
    "dd", "del", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small",
    "source", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul", "var", "video",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"lang", "title", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "audio": {"src", "controls"},
    "video": {"src", "controls", "width", "height", "poster"},
    "source": {"src", "type"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SEPARATING_TAG = re.compile(r"<br\s*/?>|</(p|div|li|h[1-6]|tr|td|th)>", re.IGNORECASE)
ANY_TAG = re.compile(r"<[^>]+>")
BLOCK = re.compile(r"<(p|div|ul|ol|table|h[1-6]|blockquote|pre|figure)\b", re.IGNORECASE)


_CLEANER = None
_MARKDOWN = None


def _cleaner():
    """One nh3 cleaner for the process (building it per text cost more than cleaning)."""
    global _CLEANER  # noqa: PLW0603 (a lazily built, immutable cleaner)
    if _CLEANER is None:
        _CLEANER = nh3.Cleaner(
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            link_rel="noopener noreferrer",
            strip_comments=True,
        )
    return _CLEANER


MARKDOWN_SYNTAX = re.compile(r"[*_`#\[\]<>!|\\=~-]|^\s*\d+[.)]|\n", re.MULTILINE)


def _markdown(text: str) -> str:
    if not MARKDOWN_SYNTAX.search(text):
        return html_lib.escape(text, quote=False)  # nothing Markdown would change
    global _MARKDOWN  # noqa: PLW0603 (one converter, reset per text)
    if _MARKDOWN is None:
        _MARKDOWN = markdown_lib.Markdown(extensions=["extra", "sane_lists"])
    return _MARKDOWN.reset().convert(text)


def sanitise_html(value: str) -> str:
    """Allow-listed HTML: safe to print with `|safe`. Media without controls get them."""
    if not value:
        return ""
    if "<" not in value and "&" not in value and ">" not in value:
        return value.strip()  # nothing to clean: no markup, no entities
    cleaned = _cleaner().clean(value)
    if "<audio" in cleaned or "<video" in cleaned:
        cleaned = re.sub(r"<(audio|video)(?![^>]*\bcontrols)", r"<\1 controls", cleaned)
    return cleaned.strip()


def _plain_to_html(text: str) -> str:
    """Plain text as typed: escaped; blank lines make paragraphs, single breaks `<br>`.

    One line stays inline (no `<p>`), so short texts such as answers stay short."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    paragraphs = [p.strip() for p in PARAGRAPH_BREAK.split(text) if p.strip()]
    rendered = [html_lib.escape(p).replace("\n", "<br>") for p in paragraphs]
    if len(rendered) == 1:
        return rendered[0]
    return "".join(f"<p>{p}</p>" for p in rendered)


def _auto_to_html(text: str) -> str:
    """Moodle's auto-format: HTML kept, line breaks count (as Moodle's `text_to_html`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    if BLOCK.search(text):
        return text
    paragraphs = [p.strip() for p in PARAGRAPH_BREAK.split(text) if p.strip()]
    rendered = [p.replace("\n", "<br>") for p in paragraphs]
    if len(rendered) == 1:
        return rendered[0]
    return "".join(f"<p>{p}</p>" for p in rendered)


def moodle_text_to_html(text: str, fmt: str = "html") -> str:
    """Sanitised HTML from a Moodle text in format `fmt` (unknown formats are read as HTML)."""
    if not text:
        return ""
    fmt = (fmt or "html").lower()
    if fmt in ("plain_text", "plain", "2"):
        value = _plain_to_html(text)
    elif fmt in ("markdown", "4"):
        value = _markdown(text.strip())
        value = _unwrap_single_paragraph(value)
    elif fmt in ("moodle_auto_format", "moodle", "0"):
        value = _auto_to_html(text)
    else:
        value = text.strip()
    return sanitise_html(value)


def _unwrap_single_paragraph(value: str) -> str:
    value = value.strip()
    match = re.fullmatch(r"<p>(.*)</p>", value, flags=re.DOTALL)
    if match and "<p" not in match.group(1):
        return match.group(1)
    return value


HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def as_html(value: str) -> str:
    """A stored text as HTML for export: imported texts already are; a text typed in the admin
    (plain, with line breaks) is escaped with its breaks kept."""
    if not value or HTML_TAG.search(value):
        return value or ""
    return _plain_to_html(value)


def html_to_plain(value: str) -> str:
    """Readable plain text of an HTML text (for names, excerpts and answer comparison):
    tags become spaces where they separate words, entities are decoded."""
    if not value:
        return ""
    if "<" in value:
        value = ANY_TAG.sub("", SEPARATING_TAG.sub(" ", value))
    if "&" in value:
        value = html_lib.unescape(value)
    return " ".join(value.split())


# ---- multilang -------------------------------------------------------------------------------

MLANG2 = re.compile(r"\{mlang\s+([a-zA-Z0-9_-]+)\}(.*?)\{mlang\}", re.DOTALL | re.IGNORECASE)
SPAN_OPEN = re.compile(r"<span\b([^>]*)>", re.IGNORECASE)
SPAN_ANY = re.compile(r"<span\b[^>]*>|</span\s*>", re.IGNORECASE)
LANG_ATTR = re.compile(r"""\blang\s*=\s*["']?([a-zA-Z0-9_-]+)""", re.IGNORECASE)
CLASS_MULTILANG = re.compile(r"""\bclass\s*=\s*["']?[^"'>]*\bmultilang\b""", re.IGNORECASE)


def _language(code: str) -> str:
    """ "ru_RU", "ru-ru", "RU" → "ru"; Moodle's "other" (mlang2's fallback) stays "other"."""
    return code.lower().replace("-", "_").split("_")[0]


def _mlang2_to_spans(text: str) -> str:
    return MLANG2.sub(
        lambda m: f'<span lang="{m.group(1)}" class="multilang">{m.group(2)}</span>', text
    )


def _runs(text: str):
    """Split `text` into plain pieces (str) and multilang blocks ([(lang, content)]): consecutive
    multilang spans (whitespace between them ignored) form one block, as in Moodle's filter."""
    pieces: list = []
    position = 0
    block: list = []
    while True:
        match = SPAN_OPEN.search(text, position)
        if not match:
            break
        attrs = match.group(1)
        lang = LANG_ATTR.search(attrs)
        if not (lang and CLASS_MULTILANG.search(attrs)):
            # An ordinary span: part of the plain text.
            between = text[position : match.end()]
            if block:
                pieces.append(block)
                block = []
            pieces.append(between)
            position = match.end()
            continue
        between = text[position : match.start()]
        if block and between.strip():
            pieces.append(block)
            block = []
            pieces.append(between)
        elif not block:
            pieces.append(between)
        # Find the matching </span>, counting nested spans.
        depth, cursor, end, close_end = 1, match.end(), None, None
        for tag in SPAN_ANY.finditer(text, match.end()):
            depth += -1 if tag.group(0).startswith("</") else 1
            cursor = tag.end()
            if depth == 0:
                end, close_end = tag.start(), tag.end()
                break
        if end is None:  # unclosed: the rest is its content
            end = close_end = len(text)
        del cursor
        block.append((_language(lang.group(1)), text[match.end() : end]))
        position = close_end
    if block:
        pieces.append(block)
    pieces.append(text[position:])
    return [piece for piece in pieces if piece != ""]


def has_multilang(text: str) -> bool:
    if not text:
        return False
    text = _mlang2_to_spans(text)
    return any(isinstance(piece, list) for piece in _runs(text))


def multilang_split(text: str, default_language: str = "ky") -> dict[str, str]:
    """{"ky", "ru", "en"} texts from a text with multilang markup.

    - Without markup, the text belongs to `default_language` only; the others are "" (our
      fields left empty fall back to Kyrgyz when shown, so nothing is duplicated).
    - With markup, each language named in it gets the whole text: text outside the spans is
      shared, and each block of spans gives that language's run. A block lacking the language
      gives the default language's run, else its first run (what Moodle shows).
    - Kyrgyz is always filled: when no span is Kyrgyz, it gets the default language's text, else
      the first language of each block, as Moodle would show it to a Kyrgyz reader.
    - Other languages (kk, de…) are read only as that fallback.
    """
    empty = dict.fromkeys(LANGUAGES, "")
    if not text:
        return empty
    if "multilang" not in text and "{mlang" not in text:
        return {**empty, default_language: text.strip()}
    text = _mlang2_to_spans(text)
    pieces = _runs(text)
    blocks = [piece for piece in pieces if isinstance(piece, list)]
    if not blocks:
        return {**empty, default_language: text.strip()}
    named = {lang for block in blocks for lang, _content in block}

    def render(language: str) -> str:
        out = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append(piece)
                continue
            runs = dict(piece)  # the last run of a language wins, as in Moodle
            if language in runs:
                out.append(runs[language])
            elif "other" in runs:
                out.append(runs["other"])
            elif default_language in runs:
                out.append(runs[default_language])
            else:
                out.append(piece[0][1])
        return "".join(out).strip()

    result = dict(empty)
    for language in LANGUAGES:
        if language in named or language == "ky":
            result[language] = render(language)
    return result


def multilang_join(texts: dict) -> str:
    """One text for export: Kyrgyz alone when no other language differs, else a multilang span
    per language that has a text (`<span lang="ky" class="multilang">…</span>…`)."""
    present = {code: texts.get(code) or "" for code in LANGUAGES}
    present = {code: value for code, value in present.items() if value.strip()}
    if not present:
        return ""
    values = set(present.values())
    if len(values) == 1 and ("ky" in present or len(present) == 1):
        return next(iter(values))
    return "".join(
        f'<span lang="{code}" class="multilang">{value}</span>' for code, value in present.items()
    )


def texts_of(obj, field: str) -> dict[str, str]:
    """{"ky": obj.field, "ru": obj.field_ru, "en": obj.field_en} of a model or parsed object."""
    return {
        "ky": getattr(obj, field, "") or "",
        "ru": getattr(obj, f"{field}_ru", "") or "",
        "en": getattr(obj, f"{field}_en", "") or "",
    }
