"""StreamField blocks of a lesson; each renders accessible HTML with no script."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "h3", "h4", "ol", "ul", "link", "document-link"]

# The site's Content-Security-Policy allows frames from these two players only.
VIDEO_NOT_SUPPORTED = _("Use a YouTube or Vimeo address: the site can only show those players.")
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def video_embed_url(url: str) -> str | None:
    """The privacy-friendly player address for a YouTube or Vimeo link, None for anything else."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in ("youtube.com", "youtube-nocookie.com"):
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parsed.path.split("/")[2]
    elif host == "youtu.be":
        video_id = parsed.path.lstrip("/").split("/")[0]
    elif host in ("vimeo.com", "player.vimeo.com"):
        digits = [part for part in parsed.path.split("/") if part.isdigit()]
        return f"https://player.vimeo.com/video/{digits[0]}" if digits else None
    if video_id and _YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    return None


class HeadingBlock(blocks.CharBlock):
    """A section heading inside the lesson (h2; the lesson title is the h1)."""

    class Meta:
        icon = "title"
        template = "catalogue/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading within the lesson")
        preview_value = "Why contract a service?"


class ImageBlock(blocks.StructBlock):
    """A picture served as responsive renditions, WebP where the browser takes it."""

    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the picture shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "catalogue/blocks/image_block.html"
        label = _("Image")
        description = _("A picture with alternative text and an optional caption")


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video with the transcript that makes it usable for everyone."""

    url = blocks.URLBlock(
        label=_("video address"), help_text=_("A YouTube or Vimeo link to the video.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The full text of what is said, for people who cannot hear or play video."),
    )

    class Meta:
        icon = "media"
        template = "catalogue/blocks/video_block.html"
        label = _("Video")
        description = _("A YouTube or Vimeo video with its transcript")

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(VIDEO_NOT_SUPPORTED)}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_url"] = video_embed_url(value.get("url"))
        return context


class DocumentBlock(blocks.StructBlock):
    """A file to download, shown with its type and size so people on slow links can decide."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, max_length=200, help_text=_("Defaults to its title.")
    )

    class Meta:
        icon = "doc-full"
        template = "catalogue/blocks/document_block.html"
        label = _("Document")
        description = _("A file to download, with its type and size")


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a tip, a warning or a worked example."""

    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("example", _("Example"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "catalogue/blocks/callout_block.html"
        label = _("Callout")
        description = _("A tip, warning or example set apart from the text")


class QuoteBlock(blocks.StructBlock):
    """A quotation with who said it."""

    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "catalogue/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation and its source")
        preview_value = {"text": "A clean village starts with a clear contract.", "attribution": ""}


class TableBlock(blocks.StructBlock):
    """A small data table with a caption and header row, rendered as a real HTML table."""

    caption = blocks.CharBlock(label=_("caption"), max_length=250)
    header = blocks.ListBlock(blocks.CharBlock(label=_("column heading")), label=_("header row"))
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("cell"), required=False), label=_("row")),
        label=_("rows"),
    )

    class Meta:
        icon = "table"
        template = "catalogue/blocks/table_block.html"
        label = _("Table")
        description = _("A table with a caption and column headings")


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("term"), max_length=120)
    definition = blocks.TextBlock(label=_("definition"))


class GlossaryBlock(blocks.ListBlock):
    """Key terms of the lesson and what they mean."""

    def __init__(self, **kwargs):
        super().__init__(GlossaryTermBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        template = "catalogue/blocks/glossary_block.html"
        label = _("Glossary")
        description = _("Key terms and their definitions")


class CaseBlock(blocks.StructBlock):
    """Cites a best-practice case from the portal, in the reader's language where translated."""

    page = blocks.PageChooserBlock(label=_("case"), page_type="portal.CaseStudyPage")
    note = blocks.TextBlock(
        label=_("why it matters"), required=False, help_text=_("What learners should look for.")
    )

    class Meta:
        icon = "link"
        template = "catalogue/blocks/case_block.html"
        label = _("Best-practice case")
        description = _("A link to a case from the best-practice portal")


class LessonStreamBlock(blocks.StreamBlock):
    """Everything a lesson can hold."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="catalogue/blocks/paragraph_block.html",
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    table = TableBlock()
    glossary = GlossaryBlock()
    case = CaseBlock()


class OutcomesStreamBlock(blocks.StreamBlock):
    """The learning outcomes of a course, one sentence each."""

    outcome = blocks.CharBlock(label=_("Outcome"), max_length=300, icon="tick")
