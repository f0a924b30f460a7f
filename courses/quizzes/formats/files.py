"""Files that come with Moodle texts: stored as Wagtail images or documents, links rewritten.

Moodle XML embeds each file a text uses as `<file name="x.png" encoding="base64">` and links it
as `@@PLUGINFILE@@/x.png` (names URL-encoded, sometimes with a folder). We store images
(PNG, JPEG, GIF, WebP, checked by Pillow) as Wagtail images and everything else (audio, PDF…)
as Wagtail documents, in the course's collection (one per course, made on first use), and
replace the links with the stored files' URLs. The same bytes imported twice reuse one file
(matched by SHA-1 within the collection).
"""

import hashlib
import io
import re
from urllib.parse import unquote
from uuid import UUID

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.models import Collection

IMAGE_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "webp"}
PLUGINFILE = re.compile(r"@@PLUGINFILE@@/([^\"'<>\s)?#]+)")
MAX_TITLE = 255


def course_collection(course: UUID | str) -> Collection:
    """The course's collection (a child of the root collection named after the course), made if
    missing. `course` is the course's translation key or its title."""
    title = str(course)
    if isinstance(course, UUID) or _looks_like_uuid(title):
        from courses.catalogue.models import CoursePage

        page = CoursePage.objects.filter(translation_key=str(course)).order_by("locale_id").first()
        if page is not None:
            title = page.title
    title = title[:MAX_TITLE] or "Course"
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=title).first()
    if existing is not None:
        return existing
    return root.add_child(name=title)


def _looks_like_uuid(value: str) -> bool:
    try:
        UUID(value)
    except ValueError:
        return False
    return True


def file_name(link_name: str) -> str:
    """The file name of a `@@PLUGINFILE@@/` link: URL-decoded, folders dropped."""
    return unquote(link_name).rsplit("/", 1)[-1]


def pluginfile_names(html: str) -> list[str]:
    """Names of the files a text links with `@@PLUGINFILE@@/…`, in order, without repeats."""
    names = []
    for match in PLUGINFILE.finditer(html or ""):
        name = file_name(match.group(1))
        if name not in names:
            names.append(name)
    return names


def _is_image(name: str, content: bytes) -> bool:
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in IMAGE_EXTENSIONS:
        return False
    from PIL import Image

    try:
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
    except Exception:  # noqa: BLE001 (Pillow raises many kinds for bad data)
        return False
    return True


def store_files(files: dict[str, bytes], *, collection: Collection) -> dict[str, str]:
    """{name: URL} of each file stored in `collection` (images as Wagtail images, the rest as
    documents). Files already stored there with the same content are reused."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    image_model = get_image_model()
    document_model = get_document_model()
    urls = {}
    for name, content in files.items():
        if not content:
            continue
        digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()
        title = name[:MAX_TITLE]
        if _is_image(name, content):
            image = image_model.objects.filter(collection=collection, file_hash=digest).first()
            if image is None:
                image = image_model(title=title, collection=collection)
                image.file = ImageFile(io.BytesIO(content), name=name)
                image.file_hash = digest
                image.save()
            urls[name] = image.file.url
            continue
        document = document_model.objects.filter(collection=collection, file_hash=digest).first()
        if document is None:
            document = document_model(title=title, collection=collection)
            document.file.save(name, ContentFile(content), save=False)
            document.file_hash = digest
            document.save()
        urls[name] = document.url
    return urls


def rewrite_pluginfile_links(html: str, urls: dict[str, str]) -> str:
    """`html` with every `@@PLUGINFILE@@/name` whose file is in `urls` replaced by its URL;
    links to files not given are left as they are (the caller reports them)."""
    if not html or "@@PLUGINFILE@@" not in html:
        return html

    def replace(match):
        return urls.get(file_name(match.group(1)), match.group(0))

    return PLUGINFILE.sub(replace, html)
