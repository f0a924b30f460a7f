"""The personal-data extension point: each app says what it holds about a person.

`lms` may not import the course apps, so each app that stores personal data registers a
provider with the Wagtail hook PERSONAL_DATA_PROVIDERS in its `wagtail_hooks.py`:

    @hooks.register(PERSONAL_DATA_PROVIDERS)
    def enrolment_personal_data():
        return PersonalDataProvider(key="enrolments", ...)

The data export (download my data) writes every provider's records and files into the ZIP;
the deletion asks every provider what it will do, whether anything blocks it, then erases.
`tests/lms/privacy/test_relations.py` fails when a model pointing at the user is not named in
some provider's `models`.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wagtail import hooks

PERSONAL_DATA_PROVIDERS = "personal_data_providers"


def _nothing(user) -> Iterator:
    return iter(())


def _no_reason(user) -> str | None:
    return None


@dataclass(frozen=True)
class PersonalDataProvider:
    """What one app holds about a person, and how to export and erase it.

    key: the section's name in the export's JSON ("enrolments"), unique.
    title: the section's heading in the HTML summary (a lazy translatable string).
    models: "app_label.ModelName" of every model with a relation to the user this provider
        covers (exports or deliberately keeps; say which in `erase`'s docstring).
    records: the person's records as JSON-ready dicts, streamed (an iterator: never a list
        of everything), in a stable order.
    files: (path inside the ZIP, an opened-on-demand Django File or storage name pair) for the
        files the person owns: yields (archive_path, storage, name).
    describe: a sentence for the manager saying what deletion does here ("3 submissions:
        text and files removed"), or None when there is nothing.
    blocks: a reason deletion must wait (an open application), or None.
    erase: anonymise or remove the person's data in this app; returns the rows changed.
        Runs inside the deletion's transaction; must keep the aggregates the reports read.
    """

    key: str
    title: str
    models: tuple[str, ...]
    records: Callable[..., Iterable[dict]] = _nothing
    files: Callable[..., Iterable[tuple]] = _nothing
    describe: Callable[..., str | None] = _no_reason
    blocks: Callable[..., str | None] = _no_reason
    erase: Callable[..., int] = field(default=lambda user: 0)
    order: int = 100


def personal_data_providers() -> list[PersonalDataProvider]:
    """Every registered provider, by order then key."""
    providers = [fn() for fn in hooks.get_hooks(PERSONAL_DATA_PROVIDERS)]
    return sorted(providers, key=lambda provider: (provider.order, provider.key))
