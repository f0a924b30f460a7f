"""Hot read queries compiled to SQL once per process and run with each request's values.

Django builds a query's SQL afresh on every evaluation: resolving the lookups, the joins and
the select list, then compiling them. For the small per-learner reads of every signed-in page
(the enrolment, the completions, a lesson's questions) that is most of their cost: the three
took 2.6-3.9 ms of CPU per page, and 0.8-0.9 ms with their SQL built once (docs/benchmarks.md,
sixth pass).

`compiled_run(build, **values)` calls `build(**values)` once per process and database alias with
stand-in values, keeps the compiler Django made for it, and afterwards only swaps the values into
its parameters: the rows come back through the queryset's own iterable (model instances with
their `select_related` rows, or `values_list` tuples), with Django's converters applied.

A shape qualifies when its SQL does not depend on the values: `build` must not branch on them,
and each value must reach the parameters unchanged (an id, a UUID, a string compared as it is;
not a list for `__in`, not a `__contains` pattern). Anything else is found when the shape is
compiled (a stand-in missing from the parameters, or changed) and that shape then runs through
the ORM as usual, with a warning in the log. `prefetch_related` is not supported. With the
setting COMPILED_QUERIES off every shape runs through the ORM.
"""

import copy
import itertools
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections, router
from django.db.models import QuerySet

logger = logging.getLogger(__name__)

_shapes: dict = {}
_lock = threading.Lock()
_stand_ins = itertools.count(1)
_UNCOMPILABLE = object()


@dataclass(frozen=True)
class _Shape:
    template: QuerySet  # the queryset built with stand-ins: its iterable class and fields
    compiler: object  # Django's compiler after as_sql(): select list, converters, model info
    sql: str
    params: tuple  # the compiled parameters, stand-ins in place
    slots: tuple  # (index in params, argument name, how the value is written there)
    kinds: dict  # argument name -> its kind (int, UUID, str)


def _kind(value):
    """The kind of value a parameter slot takes: None for what may change the SQL itself (None
    is `IS NULL`, a boolean may be folded in, a list is `IN (...)` of its length)."""
    if isinstance(value, bool):
        return None
    for kind in (int, uuid.UUID, str):
        if isinstance(value, kind):
            return kind
    return None


def _stand_in(kind):
    """A value of the kind that no real argument has, to find in the parameters."""
    number = next(_stand_ins)
    if kind is int:
        return -(7_301_000_000_000 + number)
    if kind is uuid.UUID:
        return uuid.uuid4()
    return f"compiled-query-{number}-{uuid.uuid4().hex}"


def _writer(stand_in, param):
    """How an argument is written in the parameters: as it is, or as a UUID's hex (SQLite)."""
    if param == stand_in and type(param) is type(stand_in):
        if isinstance(stand_in, uuid.UUID):
            return _as_uuid
        return None
    if isinstance(stand_in, uuid.UUID) and param == stand_in.hex:
        return _as_hex
    return _UNCOMPILABLE


def _as_uuid(value):
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _as_hex(value):
    return _as_uuid(value).hex


def _compile(build: Callable[..., QuerySet], alias: str, kinds: dict):
    stand_ins = {name: _stand_in(kind) for name, kind in kinds.items()}
    template = build(**stand_ins)
    if template._prefetch_related_lookups:
        raise TypeError("prefetch_related is not supported")
    compiler = template.query.get_compiler(using=alias)
    sql, params = compiler.as_sql()
    slots = []
    found = set()
    for index, param in enumerate(params):
        for name, stand_in in stand_ins.items():
            writer = _writer(stand_in, param)
            if writer is _UNCOMPILABLE:
                if isinstance(param, str) and str(stand_in) in param:
                    raise ValueError(f"argument {name!r} is changed in the parameters")
                continue
            slots.append((index, name, writer))
            found.add(name)
            break
    missing = set(stand_ins) - found
    if missing:
        raise ValueError(f"arguments {sorted(missing)} are not parameters of the SQL")
    return _Shape(
        template=template,
        compiler=compiler,
        sql=sql,
        params=tuple(params),
        slots=tuple(slots),
        kinds=kinds,
    )


def _shape(build, alias: str, kinds: dict):
    key = (build, alias)
    shape = _shapes.get(key)
    if shape is None:
        with _lock:
            shape = _shapes.get(key)
            if shape is None:
                try:
                    shape = _compile(build, alias, kinds)
                except (TypeError, ValueError, EmptyResultSet) as error:
                    logger.warning("%s runs through the ORM: %s", build.__qualname__, error)
                    shape = _UNCOMPILABLE
                _shapes[key] = shape
    return shape


class _Query:
    """What the queryset's iterable asks of `queryset.query`: the compiler, with this call's
    parameters and connection; the rest is the template's."""

    def __init__(self, shape: _Shape, params: list, alias: str):
        self._shape, self._params, self._alias = shape, params, alias

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        compiler = copy.copy(self._shape.compiler)
        compiler.connection = connections[self._alias]  # this thread's connection
        sql, params = self._shape.sql, self._params
        compiler.as_sql = lambda *args, **kwargs: (sql, params)
        return compiler

    def __getattr__(self, name):
        return getattr(self._shape.template.query, name)


class _Run:
    """The queryset the iterable reads: the template's attributes, this call's query."""

    def __init__(self, shape: _Shape, query: _Query, alias: str):
        self._shape, self.query, self.db = shape, query, alias

    def __getattr__(self, name):
        return getattr(self._shape.template, name)


def compiled_run(build: Callable[..., QuerySet], **values) -> list:
    """The rows of `build(**values)` (model instances or values_list rows, as its iterable gives
    them), from SQL compiled once per process for this `build`."""
    if not settings.COMPILED_QUERIES:
        return list(build(**values))
    model = getattr(build, "compiled_model", None)
    alias = router.db_for_read(model) if model is not None else "default"
    kinds = {name: _kind(value) for name, value in values.items()}
    if None in kinds.values():  # this call's SQL differs (None, a list): the ORM builds it
        return list(build(**values))
    shape = _shape(build, alias, kinds)
    if shape is _UNCOMPILABLE or shape.kinds != kinds:
        return list(build(**values))
    params = list(shape.params)
    for index, name, writer in shape.slots:
        value = values[name]
        params[index] = value if writer is None else writer(value)
    run = _Run(shape, _Query(shape, params, alias), alias)
    return list(shape.template._iterable_class(run))


def compiled(model):
    """Mark `build` as a compiled shape reading `model` (the router picks its database)."""

    def mark(build):
        build.compiled_model = model
        return build

    return mark


def compiled_forget() -> None:
    """Drop every compiled shape (tests that change the database or the settings)."""
    with _lock:
        _shapes.clear()
