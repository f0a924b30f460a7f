"""Pillow-drawn illustrations for the demo pages: simple, deterministic, a few kilobytes each."""

import io
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image, ImageDraw

SIZE = (1200, 675)
PALETTES = {
    "waste": ("#e8f1e4", "#2f6b3a", "#8a5a2b"),
    "lighting": ("#1c2540", "#f5c542", "#6d7ba8"),
    "culture": ("#f6ece0", "#b3261e", "#0b5a8a"),
    "park": ("#dff0f7", "#3d8b3d", "#7a5230"),
    "cluster": ("#eef2f8", "#0b5a8a", "#b3261e"),
    "meeting": ("#f4f1ea", "#4a5561", "#0b5a8a"),
    "water": ("#e3f2fb", "#1f6fb2", "#5c8a9e"),
    "chart": ("#ffffff", "#0b5a8a", "#b3261e"),
}


def _draw(motif: str, variant: int) -> bytes:
    background, main, accent = PALETTES.get(motif, PALETTES["chart"])
    rng = random.Random(f"{motif}-{variant}")  # noqa: S311 - shapes, not secrets
    image = Image.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    ground = int(height * 0.72)
    if motif != "chart":
        draw.rectangle([0, ground, width, height], fill=accent)
    if motif == "waste":
        draw.rectangle([200, ground - 180, 620, ground - 20], fill=main)
        draw.rectangle([620, ground - 130, 780, ground - 20], fill=main)
        for x in (300, 700):
            draw.ellipse([x - 45, ground - 60, x + 45, ground + 30], fill="#222")
        for i in range(4):
            x = 880 + i * 70
            draw.rectangle(
                [x, ground - 110, x + 55, ground - 20], fill=("#2f6b3a", "#1f6fb2")[i % 2]
            )
    elif motif == "lighting":
        for i in range(5):
            x = 150 + i * 230
            draw.polygon(
                [(x - 90, ground), (x + 104, ground), (x + 7, ground - 320)], fill="#3b3d3a"
            )
            draw.rectangle([x, ground - 330, x + 14, ground], fill=accent)
            draw.polygon(
                [(x - 40, ground - 330), (x + 54, ground - 330), (x + 7, ground - 370)], fill=main
            )
        for _ in range(40):
            x, y = rng.randrange(width), rng.randrange(ground - 380)
            draw.ellipse([x, y, x + 4, y + 4], fill="#ffffff")
    elif motif == "culture":
        draw.rectangle([350, ground - 300, 850, ground], fill=main)
        draw.polygon([(320, ground - 300), (880, ground - 300), (600, ground - 420)], fill=accent)
        for i in range(4):
            draw.rectangle([400 + i * 115, ground - 250, 440 + i * 115, ground], fill=background)
    elif motif == "park":
        for i in range(7):
            x = 90 + i * 165 + rng.randrange(-20, 20)
            draw.rectangle([x + 30, ground - 140, x + 50, ground], fill=accent)
            draw.ellipse([x - 30, ground - 290, x + 110, ground - 120], fill=main)
        draw.rectangle([480, ground - 60, 720, ground - 40], fill="#7a5230")
    elif motif == "cluster":
        points = [(300, 250), (600, 160), (900, 260), (420, 430), (780, 440)]
        for a in points:
            for b in points:
                draw.line([a, b], fill=main, width=6)
        for x, y in points:
            draw.ellipse([x - 55, y - 55, x + 55, y + 55], fill=accent, outline=main, width=8)
    elif motif == "meeting":
        draw.rectangle([250, ground - 120, 950, ground - 90], fill=accent)
        for i in range(6):
            x = 290 + i * 110
            draw.ellipse([x, ground - 250, x + 70, ground - 180], fill=main)
            draw.rectangle([x - 5, ground - 175, x + 75, ground - 120], fill=main)
    elif motif == "water":
        draw.rectangle([520, ground - 380, 680, ground - 120], fill=main)
        draw.ellipse([470, ground - 440, 730, ground - 330], fill=main)
        for i in range(6):
            x = 200 + i * 160
            draw.ellipse([x, ground - 40, x + 90, ground + 20], fill="#1f6fb2")
    else:  # chart
        draw.line([(120, 560), (1100, 560)], fill="#4a5561", width=4)
        draw.line([(120, 80), (120, 560)], fill="#4a5561", width=4)
        for i in range(6):
            before = rng.randrange(80, 260)
            after = before + rng.randrange(60, 220)
            x = 180 + i * 150
            draw.rectangle([x, 560 - before, x + 50, 560], fill=accent)
            draw.rectangle([x + 60, 560 - after, x + 110, 560], fill=main)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def demo_image_get(*, motif: str, variant: int = 0):
    """The illustration for (motif, variant), drawn once and reused on later runs."""
    image_model = get_image_model()
    title = f"Demo illustration: {motif} {variant}"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        data = _draw(motif, variant)
        image = image_model(title=title)
        image.file = ImageFile(io.BytesIO(data), name=f"demo-{motif}-{variant}.png")
        image.save()
    return image


def demo_document_get(*, slug: str, title: str):
    """A one-page PDF (a drawn chart) standing in for a case's document; made once."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        page = Image.open(io.BytesIO(_draw("chart", sum(map(ord, slug)) % 7)))
        out = io.BytesIO()
        page.convert("RGB").save(out, format="PDF", resolution=150)
        document = document_model(title=title)
        document.file.save(f"{slug}.pdf", ContentFile(out.getvalue()), save=False)
        document.save()
    return document
