"""Arrow arrays from Python values, built from their buffers (for the Parquet writers).

``pyarrow.array`` and ``Table.from_pylist`` import pandas when it is installed (they ask whether
a value is a pandas object), which costs a writer about 45 MB of memory that it never uses, and
they convert a whole group of row dicts at once. The writers build their columns here instead:
the values of one column go into plain ``array``/``bytes`` buffers, wrapped without a copy by
``pyarrow.Array.from_buffers``. Only the types of the table schemas are handled (strings, 32/64
bit integers, date32, microsecond UTC timestamps, dictionary-encoded strings, lists and
structs of these); the result equals what ``from_pylist`` builds for the same rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
from array import array
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

__all__ = ["record_batch"]

_EPOCH_ORDINAL: Final = dt.date(1970, 1, 1).toordinal()
_EPOCH: Final = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_MICROSECOND: Final = dt.timedelta(microseconds=1)
#: Array type codes of 32 and 64 bit signed integers (Arrow's offsets and integer columns).
_INT32: Final = next(code for code in "il" if array(code).itemsize == 4)
_INT64: Final = next(code for code in "ql" if array(code).itemsize == 8)


def _validity(pa: Any, values: Sequence[object]) -> tuple[Any, int]:  # noqa: ANN401
    """The validity bitmap of ``values`` (None is null) and the null count; no bitmap if none."""
    valid = [value is not None for value in values]
    nulls = len(valid) - sum(valid)
    if not nulls:
        return None, 0
    # Bit i of the little-endian integer is value i: one int() over a string of bits, in C.
    bits = "".join("1" if flag else "0" for flag in reversed(valid))
    size = (len(valid) + 7) // 8
    return pa.py_buffer(int(bits, 2).to_bytes(size, "little")), nulls


def _booleans(pa: Any, values: Sequence[bool | None], kind: Any) -> Any:  # noqa: ANN401
    validity, nulls = _validity(pa, values)
    # Arrow keeps booleans as a bitmap, like validity: bit i of a little-endian integer.
    bits = "".join("1" if value else "0" for value in reversed(values)) or "0"
    data = int(bits, 2).to_bytes((len(values) + 7) // 8, "little")
    return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(data)], nulls)


def _integers(pa: Any, values: Sequence[int | None], kind: Any, code: str) -> Any:  # noqa: ANN401
    validity, nulls = _validity(pa, values)
    data = array(code, [0 if value is None else value for value in values])
    return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(data)], nulls)


def _strings(pa: Any, values: Sequence[str | None], kind: Any) -> Any:  # noqa: ANN401
    validity, nulls = _validity(pa, values)
    encoded = [b"" if value is None else value.encode("utf-8") for value in values]
    offsets = array(_INT32, itertools.accumulate(map(len, encoded), initial=0))
    data = b"".join(encoded)
    buffers = [validity, pa.py_buffer(offsets), pa.py_buffer(data)]
    return pa.Array.from_buffers(kind, len(values), buffers, nulls)


def _dates(pa: Any, values: Sequence[dt.date | None], kind: Any) -> Any:  # noqa: ANN401
    days = [None if value is None else value.toordinal() - _EPOCH_ORDINAL for value in values]
    return _integers(pa, days, kind, _INT32)


def _ticks(value: dt.datetime) -> int:
    """Microseconds since the epoch; a naive datetime is read as UTC (as pyarrow does)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return (value - _EPOCH) // _MICROSECOND


def _timestamps(pa: Any, values: Sequence[dt.datetime | None], kind: Any) -> Any:  # noqa: ANN401
    ticks = [None if value is None else _ticks(value) for value in values]
    return _integers(pa, ticks, kind, _INT64)


def _dictionary(pa: Any, values: Sequence[str | None], kind: Any) -> Any:  # noqa: ANN401
    codes: dict[str, int] = {}
    indices = [None if value is None else codes.setdefault(value, len(codes)) for value in values]
    dictionary = _strings(pa, list(codes), kind.value_type)
    return pa.DictionaryArray.from_arrays(
        _integers(pa, indices, kind.index_type, _INT32), dictionary
    )


def _lists(pa: Any, values: Sequence[Sequence[Any] | None], kind: Any) -> Any:  # noqa: ANN401
    validity, nulls = _validity(pa, values)
    lengths = [0 if value is None else len(value) for value in values]
    offsets = array(_INT32, itertools.accumulate(lengths, initial=0))
    flat = [item for value in values if value is not None for item in value]
    child = array_of(pa, flat, kind.value_type)
    return pa.Array.from_buffers(
        kind, len(values), [validity, pa.py_buffer(offsets)], nulls, children=[child]
    )


def _structs(pa: Any, values: Sequence[Mapping[str, Any] | None], kind: Any) -> Any:  # noqa: ANN401
    validity, nulls = _validity(pa, values)
    children = [
        array_of(
            pa,
            [None if value is None else value[field.name] for value in values],
            field.type,
        )
        for field in kind
    ]
    return pa.Array.from_buffers(kind, len(values), [validity], nulls, children=children)


def array_of(pa: Any, values: Sequence[Any], kind: Any) -> Any:  # noqa: ANN401 - pyarrow types
    """The Arrow array of type ``kind`` holding ``values`` (None is null)."""
    types = pa.types
    builders: tuple[tuple[Callable[[Any], bool], Callable[..., Any]], ...] = (
        (types.is_string, _strings),
        (types.is_dictionary, _dictionary),
        (types.is_list, _lists),
        (types.is_struct, _structs),
        (types.is_date32, _dates),
        (types.is_timestamp, _timestamps),
    )
    for matches, build in builders:
        if matches(kind):
            return build(pa, values, kind)
    if types.is_int32(kind):
        return _integers(pa, values, kind, _INT32)
    if types.is_int64(kind):
        return _integers(pa, values, kind, _INT64)
    if types.is_boolean(kind):
        return _booleans(pa, values, kind)
    raise TypeError(f"no column builder for the Arrow type {kind}")


def record_batch(pa: Any, rows: Sequence[Mapping[str, Any]], schema: Any) -> Any:  # noqa: ANN401
    """The ``pyarrow.RecordBatch`` of ``rows`` (dicts with every column of ``schema``)."""
    columns = [array_of(pa, [row[field.name] for row in rows], field.type) for field in schema]
    return pa.RecordBatch.from_arrays(columns, schema=schema)
