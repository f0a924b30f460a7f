"""StreamField blocks shared by the public pages (and usable by courses)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class QuoteBlock(blocks.StructBlock):
    """A quotation with who said it."""

    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with who said it")
        preview_value = {"text": "…", "attribution": ""}


class ImageBlock(blocks.StructBlock):
    """An illustration with its alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(label=_("alternative text"), max_length=250)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "cms/blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text and a caption")


class BodyBlock(blocks.StreamBlock):
    """The body of cases, news and standard pages."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        icon="title",
        max_length=150,
        template="cms/blocks/heading_block.html",
        description=_("A section heading"),
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        description=_("Formatted text"),
    )
    quote = QuoteBlock()
    image = ImageBlock()
