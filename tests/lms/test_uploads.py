"""`lms.uploads`: the content checks every upload form shares (case proposals, assignment
submissions, feedback files); the portal's own tests cover the formats in depth."""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import pytest

from lms.uploads import KNOWN_EXTENSIONS, upload_check, uploads_check

PDF = b"%PDF-1.4\n%%EOF\n"


def messages(error: ValidationError) -> list[str]:
    with translation.override("en"):
        return error.messages


def test_a_form_may_accept_fewer_types_and_says_which():
    with pytest.raises(ValidationError) as refused:
        upload_check(
            SimpleUploadedFile("plan.docx", b"PK\x03\x04"), extensions=["pdf", "png"], max_bytes=100
        )
    assert messages(refused.value) == [
        "“plan.docx” is not an accepted file. Accepted types: PDF, PNG."
    ]
    checked = upload_check(SimpleUploadedFile("plan.PDF", PDF), extensions=["pdf"], max_bytes=100)
    assert (checked.name, checked.content_type, checked.size) == (
        "plan.PDF",
        "application/pdf",
        len(PDF),
    )


def test_a_type_the_checks_cannot_recognise_is_never_accepted():
    with pytest.raises(ValidationError) as refused:
        upload_check(SimpleUploadedFile("run.exe", b"MZ"), extensions=["pdf", "exe"], max_bytes=100)
    assert refused.value.code == "type"
    assert "exe" not in KNOWN_EXTENSIONS


def test_the_size_limit_is_the_callers():
    with pytest.raises(ValidationError) as refused:
        upload_check(SimpleUploadedFile("big.pdf", PDF + b"0" * 2**20), max_bytes=2**20)
    assert messages(refused.value) == ["“big.pdf” is larger than 1 MB."]
    with pytest.raises(ValidationError) as half:
        upload_check(SimpleUploadedFile("big.pdf", PDF + b"0" * 2**20), max_bytes=2**19)
    assert "larger than 0.5 MB" in messages(half.value)[0]


def test_several_files_report_every_bad_one_and_the_count():
    files = [
        SimpleUploadedFile("a.pdf", b"not a pdf"),
        SimpleUploadedFile("b.pdf", PDF),
        SimpleUploadedFile("c.png", b"not a png"),
    ]
    with pytest.raises(ValidationError) as refused:
        uploads_check(files, max_bytes=2**20, max_count=5)
    assert len(messages(refused.value)) == 2
    with pytest.raises(ValidationError) as too_many:
        uploads_check(files, max_bytes=2**20, max_count=2)
    assert messages(too_many.value) == ["Send at most 2 files."]
    assert [c.name for c in uploads_check(files[1:2], max_bytes=2**20, max_count=1)] == ["b.pdf"]
