"""Search that knows word forms: pages and queries become folded stems of their own language.

Every searchable page indexes, beside Wagtail's own fields, two texts of stems
(`WordFormsIndexed`): its title's and the rest of its words', each word lower-cased, folded
(`lms.text_folding`: ү→у, ө→о, ң→н, ё→е) and stemmed in the page's language (`lms.stemming`).
A query goes through the same steps in the language of the pages searched, so "вода", "воду"
and "воды" all look for "вод", and "Бургонду" finds "Бүргөндү". The stems go through Wagtail's
search backend like any other text: on SQLite and PostgreSQL alike (where the backend's
`SEARCH_CONFIG` is `simple`, so the database only splits and lower-cases what was stemmed
here), and on Elasticsearch or OpenSearch later. Why this design: docs/search.md.

The same steps mark the words found in a passage (`text_passage`, `text_marked`), so what is
highlighted is exactly what matched.
"""

import html
import re
import unicodedata

from django.utils.safestring import SafeString, mark_safe

from wagtail.search import index

from lms.stemming import word_stem
from lms.text_folding import letters_fold

WORD = re.compile(r"[^\W_]+")
PASSAGE_RADIUS = 110
MAX_QUERY_WORDS = 12

# Words too common to ask for: a query keeps them only when it has nothing else. Folded.
STOP_WORDS = {
    "ky": frozenset(
        {"жана", "же", "менен", "учун", "боюнча", "деп", "да", "дагы", "бул", "ал", "алар"}
        | {"ошол", "бир", "ар", "эле", "гана", "болуп"}
    ),
    "ru": frozenset(
        {"и", "в", "во", "на", "с", "со", "по", "к", "ко", "о", "об", "от", "до", "для", "из"}
        | {"у", "за", "не", "а", "но", "что", "как", "или", "же", "ли", "бы", "то", "это", "при"}
        | {"под", "над"}
    ),
    "en": frozenset(
        {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "by", "at"}
        | {"from", "is", "are", "was", "were", "be", "as", "it", "its", "this", "that", "into"}
    ),
}


def _composed(text: str) -> str:
    """й and ё typed as и, е plus a combining mark become one letter, as the index has them."""
    return unicodedata.normalize("NFC", text or "")


def word_form(word: str, language: str) -> str:
    """One word as it is indexed and searched: lower case, folded, stemmed in `language`."""
    return word_stem(letters_fold(word.lower()), language)


def search_words(text: str, *, language: str) -> list[str]:
    """The word forms of a text, in order (repeats kept: they weigh in the ranking)."""
    return [word_form(word, language) for word in WORD.findall(_composed(text))]


def search_document(texts, *, language: str) -> str:
    """What a page indexes for its texts: their word forms, separated by spaces."""
    return " ".join(word for text in texts for word in search_words(text, language=language))


def search_terms(q: str, *, language: str) -> list[str]:
    """The distinct word forms a query looks for, without stop words unless it has only those."""
    words = [letters_fold(word.lower()) for word in WORD.findall(_composed(q))]
    stop = STOP_WORDS.get(language, frozenset())
    kept = [word for word in words if word not in stop] or words
    terms = dict.fromkeys(word_stem(word, language) for word in kept)
    return list(terms)[:MAX_QUERY_WORDS]


def pages_search(pages, q: str, *, language: str, operator: str = "and"):
    """Wagtail search of `pages` (one language's) for the word forms of `q`; [] for no words."""
    terms = search_terms(q, language=language)
    if not terms:
        return []
    return pages.search(" ".join(terms), operator=operator)


def pages_search_ids(pages, q: str, *, language: str, operator: str = "and") -> list[int]:
    """Ids of the pages matching `q`, best first: one query, reading no more than the ids."""
    results = pages_search(pages.only("id"), q, language=language, operator=operator)
    return [page.pk for page in results]


def _marked(text: str, terms: set[str], language: str) -> str:
    """`text` escaped, with each word whose form is among `terms` in <mark>."""
    parts, at = [], 0
    for match in WORD.finditer(text):
        if word_form(match.group(0), language) in terms:
            parts.append(html.escape(text[at : match.start()]))
            parts.append(f"<mark>{html.escape(match.group(0))}</mark>")
            at = match.end()
    parts.append(html.escape(text[at:]))
    return "".join(parts)


def text_matches(text: str, q: str, *, language: str) -> bool:
    """Whether any word of `text` is a form `q` looks for."""
    terms = set(search_terms(q, language=language))
    return any(word_form(word, language) in terms for word in WORD.findall(_composed(text)))


def text_marked(text: str, q: str, *, language: str) -> SafeString:
    """The whole text, escaped, with the words `q` looks for marked (any of their forms)."""
    terms = set(search_terms(q, language=language))
    return mark_safe(_marked(_composed(text), terms, language))  # noqa: S308 - escaped there


def text_passage(
    text: str, q: str, *, language: str, radius: int = PASSAGE_RADIUS
) -> SafeString | None:
    """The passage around the first word `q` looks for, marked; None when no word is there."""
    text = " ".join(_composed(text).split())
    terms = set(search_terms(q, language=language))
    first = next((m for m in WORD.finditer(text) if word_form(m.group(0), language) in terms), None)
    if first is None:
        return None
    start = max(0, first.start() - radius)
    end = min(len(text), first.end() + radius)
    if start:  # begin and end on whole words
        start = text.find(" ", start, first.start()) + 1 or start
    if end < len(text):
        end = text.rfind(" ", first.end(), end) if " " in text[first.end() : end] else end
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + _marked(text[start:end], terms, language) + suffix)  # noqa: S308


def rich_text_plain(value) -> str:
    """A rich text or StreamField value as the words a reader sees (what the index gets)."""
    from wagtail.rich_text import get_text_for_indexing

    return get_text_for_indexing(str(value or ""))


class WordFormsIndexed:
    """A page found by any form of its words, in its own language.

    A page model lists the fields whose words count in `search_text_fields` (the title always
    counts) and adds `WORD_FORM_SEARCH_FIELDS` to its `search_fields`; `search_texts` may be
    overridden to add text from elsewhere (a course adds its modules and lessons), while
    `search_field_texts` stays the page's own, for passages shown in results.
    """

    search_text_fields: tuple[str, ...] = ()

    @property
    def search_language(self) -> str:
        return self.locale.language_code

    def search_field_texts(self) -> list[str]:
        """The page's own readable text, field by field, as plain text (not the title)."""
        texts = []
        for name in self.search_text_fields:
            field = self._meta.get_field(name)
            value = field.value_from_object(self)
            if hasattr(field, "get_searchable_content"):
                texts.extend(str(part) for part in field.get_searchable_content(value))
            else:
                texts.append(str(value or ""))
        return [text for text in texts if text]

    def search_texts(self) -> list[str]:
        """Everything the page is found by, besides its title."""
        return self.search_field_texts()

    def search_title_forms(self) -> str:
        return search_document([self.title], language=self.search_language)

    def search_text_forms(self) -> str:
        return search_document(self.search_texts(), language=self.search_language)


# The title's forms weigh more, as Wagtail's own title does.
WORD_FORM_SEARCH_FIELDS = [
    index.SearchField("search_title_forms", boost=2),
    index.SearchField("search_text_forms"),
]
