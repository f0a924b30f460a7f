"""Draw a certificate as an A4 landscape PNG with Pillow, and wrap it in a PDF with a text layer.

Names and titles of any length fit: the text shrinks down to a floor and then wraps onto more
lines; nothing is ever cut. The font (Noto Sans, OFL) comes from the pinned `fontpkg-noto-sans`
package, so Kyrgyz letters (ө, ү, ң) render the same on every machine.
"""

import functools
import io
import logging
from dataclasses import dataclass, field

from django.utils import formats, translation
from django.utils.translation import gettext as _

import fontpkg_noto_sans
import segno
from fpdf import FPDF
from fpdf.enums import TextMode
from PIL import Image, ImageDraw, ImageFont

# fontTools logs every step of subsetting the PDF font at INFO: noise in worker logs.
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONT_PATH = str(fontpkg_noto_sans.ROOT / "files" / "NotoSans[wdth,wght].ttf")
DPI = 150
A4_MM = (297, 210)
PAGE = (round(A4_MM[0] / 25.4 * DPI), round(A4_MM[1] / 25.4 * DPI))  # 1754 x 1240 pixels
MARGIN = 130
INK = (28, 37, 54)
ACCENT = (20, 83, 116)
QR_SIZE = 230


@dataclass
class TextBlock:
    """Lines of one piece of text at one size, centred in the page width from `top`."""

    text: str
    size: int
    lines: list[str]
    top: int
    weight: str = "Regular"
    colour: tuple = INK
    boxes: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def bottom(self) -> int:
        return self.top + self.line_height * len(self.lines)

    @property
    def line_height(self) -> int:
        return round(self.size * 1.3)


@functools.lru_cache(maxsize=64)
def font(size: int, weight: str = "Regular") -> ImageFont.FreeTypeFont:
    """The face at this size and weight; cached, as fitting text tries many sizes."""
    face = ImageFont.truetype(FONT_PATH, size)
    face.set_variation_by_name(weight)
    return face


def _wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken between letters, never dropped."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if face.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if face.getlength(current + char) > width and current:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines or [""]


def text_fit(
    text: str, *, width: int, max_size: int, min_size: int, max_lines: int, weight="Regular"
) -> tuple[int, list[str]]:
    """The largest size at which `text` fits in `max_lines` lines; below that, more lines."""
    for size in range(max_size, min_size - 1, -2):
        lines = _wrap(text, font(size, weight), width)
        if len(lines) <= max_lines:
            return size, lines
    return min_size, _wrap(text, font(min_size, weight), width)


@dataclass(frozen=True)
class CertificateText:
    """What the document says, in the certificate's language."""

    heading: str
    holder_name: str
    course_title: str
    details: str
    issuer: str
    code_label: str
    verify_url: str


def certificate_text(certificate, *, verify_url: str) -> CertificateText:
    with translation.override(certificate.language):
        date = formats.date_format(certificate.completed_on, "DATE_FORMAT")
        if getattr(certificate, "kind", "course") == "seminar":
            return _seminar_text(certificate, verify_url=verify_url)
        details = _("%(hours)s academic hours · completed on %(date)s") % {
            "hours": certificate.course_hours,
            "date": date,
        }
        issuer = certificate.issuer_name
        if certificate.trainer_names:
            issuer = _("%(issuer)s · Trainers: %(trainers)s") % {
                "issuer": issuer,
                "trainers": certificate.trainer_names,
            }
        return CertificateText(
            heading=_("Certificate of completion"),
            holder_name=certificate.holder_name,
            course_title=_("has completed the course “%(title)s”")
            % {"title": certificate.course_title},
            details=details,
            issuer=issuer,
            code_label=_("Verification code: %(code)s") % {"code": certificate.code_display},
            verify_url=verify_url,
        )


def seminar_dates(certificate) -> str:
    """ "12 March 2025", or "12 March 2025 – 13 March 2025" for several days (active language)."""
    start = certificate.held_from or certificate.completed_on
    end = certificate.held_to or certificate.completed_on
    first = formats.date_format(start, "DATE_FORMAT")
    if start == end:
        return first
    return f"{first} – {formats.date_format(end, 'DATE_FORMAT')}"


def _issuer_line(certificate) -> str:
    issuer = certificate.issuer_name
    if certificate.trainer_names:
        issuer = _("%(issuer)s · Trainers: %(trainers)s") % {
            "issuer": issuer,
            "trainers": certificate.trainer_names,
        }
    return issuer


def _seminar_text(certificate, *, verify_url: str) -> CertificateText:
    """The "seminar" design's words (called inside the certificate's language)."""
    dates = seminar_dates(certificate)
    if certificate.venue:
        details = _("held on %(dates)s in %(venue)s") % {"dates": dates, "venue": certificate.venue}
    else:
        details = _("held on %(dates)s") % {"dates": dates}
    return CertificateText(
        heading=_("Certificate of attendance"),
        holder_name=certificate.holder_name,
        course_title=_("attended the seminar “%(title)s”") % {"title": certificate.course_title},
        details=details,
        issuer=_issuer_line(certificate),
        code_label=_("Verification code: %(code)s") % {"code": certificate.code_display},
        verify_url=verify_url,
    )


def certificate_layout(text: CertificateText) -> list[TextBlock]:
    """Blocks top to bottom; the QR code and signatures keep the bottom band free."""
    width = PAGE[0] - 2 * MARGIN
    specs = [
        (text.heading, 64, 40, 1, "Bold", ACCENT, 30),
        (text.holder_name, 96, 40, 3, "Bold", INK, 50),
        (text.course_title, 52, 26, 4, "Regular", INK, 30),
        (text.details, 38, 24, 2, "Regular", INK, 40),
        (text.issuer, 30, 20, 3, "Regular", INK, 0),
    ]
    blocks = []
    top = MARGIN + 20
    for content, max_size, min_size, max_lines, weight, colour, gap_after in specs:
        size, lines = text_fit(
            content,
            width=width,
            max_size=max_size,
            min_size=min_size,
            max_lines=max_lines,
            weight=weight,
        )
        block = TextBlock(content, size, lines, top, weight, colour)
        face = font(size, weight)
        for n, line in enumerate(lines):
            line_width = round(face.getlength(line))
            left = (PAGE[0] - line_width) // 2
            y = top + n * block.line_height
            block.boxes.append((left, y, left + line_width, y + block.line_height))
        blocks.append(block)
        top = block.bottom + gap_after
    return blocks


def _paste_fitted(page: Image.Image, source, box: tuple[int, int, int, int]) -> None:
    """Paste an uploaded image scaled to fit `box`, keeping its proportions and transparency."""
    with Image.open(source) as picture:
        picture = picture.convert("RGBA")
        picture.thumbnail((box[2] - box[0], box[3] - box[1]))
        x = box[0] + (box[2] - box[0] - picture.width) // 2
        y = box[1] + (box[3] - box[1] - picture.height) // 2
        page.paste(picture, (x, y), picture)


def qr_image(url: str, size: int = QR_SIZE) -> Image.Image:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=10, border=2)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB").resize((size, size), Image.Resampling.NEAREST)


def certificate_png(
    text: CertificateText, *, background=None, signatures=()
) -> tuple[bytes, list[TextBlock]]:
    """The PNG bytes and the layout drawn (tests measure it; the PDF reuses it).

    `background` and each signature's image are open file objects or None; `signatures` holds
    (image file or None, signatory name) pairs.
    """
    page = Image.new("RGB", PAGE, "white")
    if background is not None:
        with Image.open(background) as picture:
            page.paste(picture.convert("RGB").resize(PAGE, Image.Resampling.LANCZOS))
    else:
        draw = ImageDraw.Draw(page)
        draw.rectangle((40, 40, PAGE[0] - 40, PAGE[1] - 40), outline=ACCENT, width=8)
        draw.rectangle((62, 62, PAGE[0] - 62, PAGE[1] - 62), outline=ACCENT, width=2)
    draw = ImageDraw.Draw(page)
    blocks = certificate_layout(text)
    for block in blocks:
        face = font(block.size, block.weight)
        for line, box in zip(block.lines, block.boxes, strict=True):
            draw.text((box[0], box[1]), line, font=face, fill=block.colour)

    band_top = PAGE[1] - MARGIN - QR_SIZE + 30
    page.paste(qr_image(text.verify_url), (PAGE[0] - MARGIN - QR_SIZE + 40, band_top))
    small = font(20)
    draw.text(
        (PAGE[0] - MARGIN + 40, band_top + QR_SIZE + 6),
        text.code_label,
        font=small,
        fill=INK,
        anchor="ra",
    )
    for n, (image_file, name) in enumerate(signatures):
        left = MARGIN + n * 440
        if image_file is not None:
            _paste_fitted(page, image_file, (left, band_top, left + 360, band_top + 150))
        draw.line((left, band_top + 160, left + 360, band_top + 160), fill=INK, width=2)
        if name:
            draw.text((left, band_top + 170), name, font=small, fill=INK)

    buffer = io.BytesIO()
    page.save(buffer, "PNG", optimize=True, dpi=(DPI, DPI))
    return buffer.getvalue(), blocks


def certificate_pdf(png: bytes, blocks: list[TextBlock], text: CertificateText) -> bytes:
    """One A4 landscape page: the PNG, with the same words as invisible text over it, so the
    PDF can be searched, copied from and read aloud, and links to the verification page."""
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(text.heading)
    pdf.set_creator(text.issuer[:200])
    pdf.add_page()
    pdf.add_font("noto", "", FONT_PATH)
    pdf.image(io.BytesIO(png), x=0, y=0, w=A4_MM[0], h=A4_MM[1])
    pdf.text_mode = TextMode.INVISIBLE
    mm = A4_MM[0] / PAGE[0]
    for block in blocks:
        pdf.set_font("noto", size=block.size * mm * 72 / 25.4)
        for line, box in zip(block.lines, block.boxes, strict=True):
            pdf.text(box[0] * mm, (box[1] + block.size) * mm, line)
    pdf.set_font("noto", size=8)
    pdf.text((PAGE[0] - MARGIN - QR_SIZE) * mm, (PAGE[1] - MARGIN + 10) * mm, text.code_label)
    pdf.text((PAGE[0] - MARGIN - QR_SIZE) * mm, (PAGE[1] - MARGIN + 20) * mm, text.verify_url)
    pdf.link(
        x=(PAGE[0] - MARGIN - QR_SIZE + 40) * mm,
        y=(PAGE[1] - MARGIN - QR_SIZE + 30) * mm,
        w=QR_SIZE * mm,
        h=QR_SIZE * mm,
        link=text.verify_url,
    )
    return bytes(pdf.output())
