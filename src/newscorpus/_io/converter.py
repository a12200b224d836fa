"""Every cattrs hook of newscorpus: model objects to JSON-ready dicts and back, strictly.

:func:`make_converter` builds a fresh converter (never cattrs' global one) that

* writes enums as their string values, spans as ``{"start", "end"}``, mentions as
  ``{"text", "span"}`` plus ``"parts"`` only for a split mention, a quote's ``"parts"``,
  ``"enclosing"`` and ``"co_speakers"`` and a speaker's ``"generic"`` only when set,
  ``published`` as an ISO 8601 string, and every other public field always, ``null`` and
  ``[]`` included, in field order;
* writes an Article with a leading ``"schema_version": 1`` and without its derived ``text``;
* loads strictly: unknown keys, missing keys, wrong JSON types (``"3"`` or ``3.0`` or ``true``
  for an int) and broken invariants are errors, raised as one :class:`RecordError` whose
  ``field`` is the path of the first offending field (``"quotes[2].span.end"``).

A quote embeds its speaker object; ``Article.speakers`` lists them again. The format is
described in ``docs/format.md``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from newscorpus._exceptions import ModelError, RecordError
from newscorpus._model import Article, ArticleWarning, Mention, Quote, Span, Speaker

__all__ = ["SCHEMA_VERSION", "make_converter"]

#: The version of the Article record that this newscorpus writes and reads.
SCHEMA_VERSION = 1

T = TypeVar("T")

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ].+", re.DOTALL)
# A ModelError message starts with the path of the field it is about, relative to the object:
# "end must be >= start (5), got 3", "quotes[0].text must equal ...".
_RELATIVE_FIELD = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]*(?:\[[0-9]+\]|\.[A-Za-z_][A-Za-z0-9_]*)*) (.+)", re.DOTALL
)
_SHOWN_LENGTH = 60
_PUBLISHED_TYPES = frozenset({dt.date, dt.datetime, type(None)})


class _StructureProblem(Exception):  # noqa: N818 -- private, never reaches the user
    """Raised inside the hooks; :meth:`_Converter.structure` turns it into a RecordError."""


class _Mismatch(_StructureProblem):
    """A value of the wrong JSON type or form."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _ItemError(_StructureProblem):
    """The item at ``index`` of an array could not be loaded."""

    def __init__(self, index: int, error: Exception) -> None:
        super().__init__(index, error)
        self.index = index
        self.error = error


def _show(value: object) -> str:
    shown = repr(value)
    if len(shown) > _SHOWN_LENGTH:
        return shown[: _SHOWN_LENGTH - 3] + "..."
    return shown


class _Converter(cattrs.Converter):
    """A cattrs converter whose :meth:`structure` raises :class:`RecordError` only."""

    def structure(self, obj: Any, cl: type[T]) -> T:  # noqa: ANN401 -- any JSON value
        try:
            return super().structure(obj, cl)
        except (
            BaseValidationError,
            ForbiddenExtraKeysError,
            ModelError,
            _StructureProblem,
        ) as error:
            raise _record_error(error) from error


def make_converter() -> cattrs.Converter:
    """Return a new converter with the hooks for every newscorpus model class.

    Its ``structure`` raises one :class:`RecordError`, with the path of the first offending
    field, for data that does not describe a valid object; its ``unstructure`` returns dicts,
    lists, strings, ints and None, ready for any JSON encoder.
    """
    converter = _Converter(detailed_validation=True, forbid_extra_keys=True)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook_factory(_is_enum, _make_enum_structure)
    converter.register_unstructure_hook_factory(_is_enum, _make_enum_unstructure)
    converter.register_structure_hook_func(_is_published, _structure_published)
    converter.register_unstructure_hook_func(_is_published, _unstructure_published)
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda tuple_type: _make_tuple_structure(converter, tuple_type)
    )
    converter.register_unstructure_hook_factory(
        _is_homogeneous_tuple, lambda tuple_type: _make_tuple_unstructure(converter, tuple_type)
    )
    # Each class's generated hooks look up the hooks of its fields' types: leaves first.
    for cls in (Span, ArticleWarning):
        _register_record(converter, cls)
    # "generic" is written only for a speaker named by a common noun, "co_speakers" only for a
    # quote several speakers said together: other records are what they were before either.
    _register_record(
        converter,
        Speaker,
        unstructure=make_dict_unstructure_fn(
            Speaker, converter, generic=override(omit_if_default=True)
        ),
    )
    _register_record(
        converter,
        Mention,
        unstructure=make_dict_unstructure_fn(
            Mention, converter, parts=override(omit_if_default=True)
        ),
    )
    # A quote has "parts" only when its frame splits it and "enclosing" only when it is nested,
    # so a record of a quote of one piece is what it was before quotes had either.
    _register_record(
        converter,
        Quote,
        unstructure=make_dict_unstructure_fn(
            Quote,
            converter,
            parts=override(omit_if_default=True),
            enclosing=override(omit_if_default=True),
            co_speakers=override(omit_if_default=True),
        ),
    )
    _register_article(converter)
    return converter


def _register_record(
    converter: cattrs.Converter,
    cls: type[T],
    *,
    unstructure: Callable[[T], dict[str, Any]] | None = None,
) -> None:
    converter.register_unstructure_hook(
        cls, unstructure or make_dict_unstructure_fn(cls, converter)
    )
    converter.register_structure_hook(cls, _expect_object(make_dict_structure_fn(cls, converter)))


def _register_article(converter: cattrs.Converter) -> None:
    unstructure_fields = make_dict_unstructure_fn(Article, converter)
    structure_fields = make_dict_structure_fn(Article, converter)

    def unstructure_article(article: Article) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **unstructure_fields(article)}

    def structure_article(value: object, cls: type[Article]) -> Article:
        if not isinstance(value, Mapping):
            raise _Mismatch(f"expected an object, got {_show(value)}")
        if "schema_version" not in value:
            raise _Mismatch(f"missing schema_version; this newscorpus reads {SCHEMA_VERSION}")
        version = value["schema_version"]
        if type(version) is not int or version != SCHEMA_VERSION:
            raise _Mismatch(
                f"unsupported schema_version {_show(version)}; "
                f"this newscorpus reads {SCHEMA_VERSION}"
            )
        fields = {key: item for key, item in value.items() if key != "schema_version"}
        return structure_fields(fields, cls)

    converter.register_unstructure_hook(Article, unstructure_article)
    converter.register_structure_hook(Article, structure_article)


def _expect_object(
    structure_fields: Callable[[Mapping[str, Any], type[T]], T],
) -> Callable[[object, type[T]], T]:
    def structure(value: object, cls: type[T]) -> T:
        if not isinstance(value, Mapping):
            raise _Mismatch(f"expected an object, got {_show(value)}")
        return structure_fields(value, cls)

    return structure


def _structure_int(value: object, _type: type[int]) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _Mismatch(f"expected int, got {_show(value)}")


def _structure_str(value: object, _type: type[str]) -> str:
    if isinstance(value, str):
        return value
    raise _Mismatch(f"expected str, got {_show(value)}")


def _structure_bool(value: object, _type: type[bool]) -> bool:
    if isinstance(value, bool):
        return value
    raise _Mismatch(f"expected true or false, got {_show(value)}")


def _is_enum(type_: Any) -> bool:  # noqa: ANN401 -- cattrs predicates take any type form
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _make_enum_structure(enum_type: type[enum.Enum]) -> Callable[[object, Any], enum.Enum]:
    members = {member.value: member for member in enum_type}
    expected = ", ".join(repr(value) for value in members)

    def structure(value: object, _type: Any) -> enum.Enum:  # noqa: ANN401
        if isinstance(value, str) and value in members:
            return members[value]
        raise _Mismatch(f"expected one of {expected}, got {_show(value)}")

    return structure


def _make_enum_unstructure(_enum_type: type[enum.Enum]) -> Callable[[enum.Enum], Any]:
    def unstructure(member: enum.Enum) -> Any:  # noqa: ANN401 -- the member's value
        return member.value

    return unstructure


def _is_published(type_: Any) -> bool:  # noqa: ANN401
    if typing.get_origin(type_) not in {typing.Union, types.UnionType}:
        return False
    return frozenset(typing.get_args(type_)) == _PUBLISHED_TYPES


def _structure_published(value: object, _type: Any) -> dt.date | dt.datetime | None:  # noqa: ANN401
    if value is None:
        return None
    if isinstance(value, str):
        try:
            if _DATE.fullmatch(value):
                return dt.date.fromisoformat(value)
            if _DATE_TIME.fullmatch(value):
                # Python 3.10's fromisoformat does not read the "Z" suffix.
                utc = value.endswith("Z")
                return dt.datetime.fromisoformat(value[:-1] + "+00:00" if utc else value)
        except ValueError:
            pass
    raise _Mismatch(f"expected an ISO 8601 date or date-time string, got {_show(value)}")


def _unstructure_published(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _is_homogeneous_tuple(type_: Any) -> bool:  # noqa: ANN401
    if typing.get_origin(type_) is not tuple:
        return False
    arguments = typing.get_args(type_)
    return len(arguments) == 2 and arguments[1] is Ellipsis


def _make_tuple_structure(
    converter: cattrs.Converter,
    tuple_type: Any,  # noqa: ANN401
) -> Callable[[object, Any], tuple[Any, ...]]:
    item_type = typing.get_args(tuple_type)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _type: Any) -> tuple[Any, ...]:  # noqa: ANN401
        if not isinstance(value, (list, tuple)):
            raise _Mismatch(f"expected an array, got {_show(value)}")
        items = []
        index = 0
        try:
            for index, item in enumerate(value):  # noqa: B007 -- read by the except clause
                items.append(structure_item(item, item_type))
        except Exception as error:
            raise _ItemError(index, error) from error
        return tuple(items)

    return structure


def _make_tuple_unstructure(
    converter: cattrs.Converter,
    tuple_type: Any,  # noqa: ANN401
) -> Callable[[tuple[Any, ...]], list[Any]]:
    unstructure_item = converter.get_unstructure_hook(typing.get_args(tuple_type)[0])

    def unstructure(value: tuple[Any, ...]) -> list[Any]:
        return [unstructure_item(item) for item in value]

    return unstructure


def _record_error(error: BaseException) -> RecordError:
    """Turn the first problem in a cattrs error tree into one RecordError with a field path."""
    steps: list[str | int] = []
    owner: type | None = None
    while True:
        if isinstance(error, _ItemError):
            steps.append(error.index)
            error = error.error
        elif isinstance(error, BaseValidationError):
            owner = error.cl
            first = error.exceptions[0]
            for note in getattr(first, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    steps.append(note.name)
                    break
                if isinstance(note, IterableValidationNote):
                    steps.append(note.index)
                    break
            error = first
        else:
            break
    field = _format_path(steps)
    if isinstance(error, _Mismatch):
        return RecordError(error.reason, field=field)
    if isinstance(error, KeyError):
        return RecordError("missing required field", field=field)
    if isinstance(error, ForbiddenExtraKeysError):
        unknown = sorted(error.extra_fields)
        return RecordError("unknown field", field=_join(field, unknown[0]))
    if isinstance(error, ModelError):
        return _model_record_error(error, field, owner)
    if isinstance(error, RecordError):
        return RecordError(error.reason, field=_join(field, error.field))
    return RecordError(f"{type(error).__name__}: {error}", field=field)


def _model_record_error(error: ModelError, field: str | None, owner: type | None) -> RecordError:
    match = _RELATIVE_FIELD.fullmatch(error.reason)
    if match is not None and owner is not None and attrs.has(owner):
        relative, reason = match.groups()
        name = re.split(r"[.\[]", relative, maxsplit=1)[0]
        if name in attrs.fields_dict(owner):
            return RecordError(reason, field=_join(field, relative))
    return RecordError(error.reason, field=field)


def _format_path(steps: list[str | int]) -> str | None:
    path = ""
    for step in steps:
        if isinstance(step, int):
            path += f"[{step}]"
        else:
            path = _join(path, step) or ""
    return path or None


def _join(path: str | None, relative: str | None) -> str | None:
    if not path:
        return relative
    if not relative:
        return path
    if relative.startswith("["):
        return path + relative
    return f"{path}.{relative}"
