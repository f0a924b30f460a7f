"""The PNG and PDF: A4 landscape, the right name and code, long text fits, Kyrgyz letters."""

import io
from datetime import date
from types import SimpleNamespace

import pytest
import wagtail_factories
from fontTools.ttLib import TTFont
from PIL import Image
from pypdf import PdfReader

from courses.certificates import rendering
from courses.certificates.models import CertificateDesign
from courses.certificates.services import certificate_render

LONG_NAME = (
    "Абдыкадырова-Сатыбалдиева Гүлмайрам Өмүрбековна-Ташболотова Айнура Ңоорузбаевна "
    "Кубанычбекова-Жолдошбекова Нургүл Мамырбековна"
)
LONG_TITLE = (
    "Айыл аймактарында катуу тиричилик калдыктарын чогултуу жана ташып чыгаруу кызматтарын "
    "жеке секторго өткөрүп берүү боюнча муниципалдык кызматкерлер үчүн практикалык курс: "
    "келишимдерди түзүү, мониторинг жүргүзүү жана калктын катышуусу менен коомдук угуулар"
)


def fake_certificate(**fields):
    values = {
        "language": "ky",
        "completed_on": date(2026, 11, 20),
        "course_hours": 12,
        "issuer_name": "Муниципалдык академия",
        "trainer_names": "Айгүл Осмонова",
        "holder_name": "Бурул Кадырова",
        "course_title": "Муниципалдык кызматтар",
        "code_display": "ABCD-EFGH-JKLM-NPQR-STUV",
        **fields,
    }
    return SimpleNamespace(**values)


@pytest.mark.django_db
def test_png_and_pdf_carry_the_name_and_code(certificate):
    with certificate.png.open("rb") as handle, Image.open(handle) as png:
        png.load()
        assert png.format == "PNG"
        assert png.size == rendering.PAGE
        assert png.width > png.height  # landscape
    with certificate.pdf.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    [page] = reader.pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = page.extract_text()
    assert "Бурул Кадырова" in text
    assert certificate.code_display in text
    assert f"/ky/certificates/verify/{certificate.code}/" in text
    assert certificate.course_title in " ".join(text.split())


def test_a_very_long_name_and_title_fit_on_the_page_uncut():
    text = rendering.certificate_text(
        fake_certificate(holder_name=LONG_NAME, course_title=LONG_TITLE),
        verify_url="https://example.org/ky/certificates/verify/X/",
    )
    blocks = rendering.certificate_layout(text)
    for block in blocks:
        for left, top, right, _bottom in block.boxes:
            assert left >= rendering.MARGIN and right <= rendering.PAGE[0] - rendering.MARGIN
            assert top >= rendering.MARGIN
    # The text stays above the band of the QR code and signatures.
    band_top = rendering.PAGE[1] - rendering.MARGIN - rendering.QR_SIZE + 30
    assert blocks[-1].bottom <= band_top
    # Nothing is cut: the lines hold every word of the name and the title.
    name, title = blocks[1], blocks[2]
    assert " ".join(name.lines) == LONG_NAME
    assert len(name.lines) > 1 or name.size < 96  # it shrank or wrapped
    assert " ".join(title.lines) == text.course_title


def test_a_single_unbreakable_word_wider_than_the_page_is_wrapped_not_cut():
    word = "Ө" * 120
    size, lines = rendering.text_fit(word, width=800, max_size=60, min_size=30, max_lines=2)
    assert "".join(lines) == word
    face = rendering.font(size)
    assert all(face.getlength(line) <= 800 for line in lines)


def test_the_font_covers_kyrgyz_and_russian_letters():
    cmap = TTFont(rendering.FONT_PATH).getBestCmap()
    assert all(ord(letter) in cmap for letter in "өүңӨҮҢжыщъэёЁ")


@pytest.mark.django_db
def test_course_background_and_signatures_are_drawn(certificate):
    background = wagtail_factories.ImageFactory(width=800, height=560)
    signature = wagtail_factories.ImageFactory(width=300, height=100)
    CertificateDesign.objects.create(
        course_key=certificate.course_key,
        background=background,
        signature_1=signature,
        signatory_1="Директор: Н. Асанов",
    )
    plain = certificate.png.read()
    certificate.rendered_at = None
    certificate_render(certificate=certificate)
    with certificate.png.open("rb") as handle:
        designed = handle.read()
    assert designed != plain
    with Image.open(io.BytesIO(designed)) as png:
        assert png.size == rendering.PAGE
