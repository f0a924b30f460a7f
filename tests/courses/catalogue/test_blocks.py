"""Lesson blocks refuse what the site cannot show well: foreign players, missing text."""

from wagtail.blocks import StructBlockValidationError

import pytest

from courses.catalogue.blocks import ImageBlock, VideoBlock, video_embed_url


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://example.org/video.mp4", None),
        ("https://www.youtube.com/watch?v=<script>", None),
    ],
)
def test_video_embed_url_only_for_allowed_players(url, embed):
    assert video_embed_url(url) == embed


def test_video_block_rejects_other_sites_and_requires_a_transcript():
    block = VideoBlock()
    value = block.to_python(
        {"url": "https://example.org/v.mp4", "title": "Talk", "transcript": "<p>Words</p>"}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "url" in error.value.block_errors
    value = block.to_python(
        {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Talk", "transcript": ""}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "transcript" in error.value.block_errors


@pytest.mark.django_db
def test_image_block_requires_alternative_text():
    import wagtail_factories

    block = ImageBlock()
    image = wagtail_factories.ImageFactory()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt": "", "caption": ""}))
    assert "alt" in error.value.block_errors
