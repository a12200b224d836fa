"""User alias tables: which names denote the same speaker, and the speaker's external id.

A table maps a canonical name to the other names of that speaker and, optionally, an id in an
outside register such as Wikidata (``"Q7747"``). Given to :meth:`Corpus.with_aliases` or
``load(..., aliases=...)``, it wins over the automatic merging of speakers. Accepted forms:

* a mapping: ``{"Wladimir Putin": ["Putin", "Vladimir Putin"]}`` or, with an id,
  ``{"Wladimir Putin": {"aliases": ["Putin"], "external_id": "Q7747"}}``;
* a ``.json`` file holding such a mapping;
* a ``.csv`` file (UTF-8) with a header row and the columns ``name`` (required), ``alias`` and
  ``external_id`` (both optional): one row per alias; rows with the same name add up;
* an :class:`AliasTable`.

Names are compared folded and without leading titles (see
:func:`newscorpus._extract.names.name_key`): a name listed under two canonical names is an error.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeAlias

import attrs

from newscorpus._exceptions import AliasTableError
from newscorpus._extract.names import name_key

__all__ = [
    "AliasEntry",
    "AliasSource",
    "AliasTable",
    "AliasTableError",
    "read_alias_table",
    "to_alias_table",
]

_CSV_COLUMNS = ("name", "alias", "external_id")
_ENTRY_KEYS = ("aliases", "external_id")


def _check_name(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise AliasTableError(f"{attribute.name} must not be blank, got {value!r}")


def _check_variants(
    _instance: object, _attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for variant in value:
        if not variant.strip():
            raise AliasTableError(f"aliases must not be blank, got {variant!r}")


@attrs.frozen(kw_only=True)
class AliasEntry:
    """One speaker of an alias table: canonical ``name``, other names, optional external id."""

    name: str = attrs.field(validator=_check_name)
    variants: tuple[str, ...] = attrs.field(default=(), validator=_check_variants)
    external_id: str | None = None


def _check_entries(
    _instance: object,
    _attribute: attrs.Attribute[tuple[AliasEntry, ...]],
    value: tuple[AliasEntry, ...],
) -> None:
    owners: dict[str, str] = {}
    for entry in value:
        for name in (entry.name, *entry.variants):
            key = name_key(name).key
            owner = owners.setdefault(key, entry.name)
            if owner != entry.name:
                raise AliasTableError(
                    f"{name!r} is listed under both {owner!r} and {entry.name!r}",
                )


@attrs.frozen(kw_only=True)
class AliasTable:
    """Canonical speakers, each with its other names; no name belongs to two entries."""

    entries: tuple[AliasEntry, ...] = attrs.field(default=(), validator=_check_entries)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, object], *, path: str | None = None) -> AliasTable:
        """Build a table from the mapping form described in the module docstring."""
        entries: list[AliasEntry] = []
        for name, value in mapping.items():
            entries.append(_entry_of(name, value, path))
        try:
            return cls(entries=tuple(entries))
        except AliasTableError as error:
            raise AliasTableError(error.reason, path=path) from None


#: What ``with_aliases`` and ``load(aliases=...)`` accept.
AliasSource: TypeAlias = "AliasTable | Mapping[str, object] | str | os.PathLike[str]"


def _entry_of(name: object, value: object, path: str | None) -> AliasEntry:
    if not isinstance(name, str):
        raise AliasTableError(f"names must be strings, got {name!r}", path=path)
    external_id: object = None
    variants: object = value
    if isinstance(value, Mapping):
        unknown = sorted(str(key) for key in value if key not in _ENTRY_KEYS)
        if unknown:
            raise AliasTableError(
                f"entry {name!r} has unknown keys {unknown}; allowed are {list(_ENTRY_KEYS)}",
                path=path,
            )
        variants = value.get("aliases", [])
        external_id = value.get("external_id")
    if isinstance(variants, str) or not isinstance(variants, (list, tuple)):
        raise AliasTableError(
            f"the aliases of {name!r} must be a list of strings, got {variants!r}", path=path
        )
    if not all(isinstance(variant, str) for variant in variants):
        raise AliasTableError(
            f"the aliases of {name!r} must be a list of strings, got {variants!r}", path=path
        )
    if external_id is not None and not (isinstance(external_id, str) and external_id.strip()):
        raise AliasTableError(
            f"the external_id of {name!r} must be a non-blank string, got {external_id!r}",
            path=path,
        )
    # Without the spaces around them, as the cells of a CSV file are read (a blank one is kept
    # as it is, for the error to show it).
    try:
        return AliasEntry(
            name=name.strip() or name,
            variants=tuple(dict.fromkeys(str(variant).strip() or variant for variant in variants)),
            external_id=None if external_id is None else external_id.strip(),
        )
    except AliasTableError as error:
        raise AliasTableError(f"entry {name!r}: {error.reason}", path=path) from None


def read_alias_table(path: str | os.PathLike[str]) -> AliasTable:
    """Read an alias table from a ``.json`` or ``.csv`` file."""
    file = Path(path)
    name = os.fspath(path)
    suffix = file.suffix.lower()
    if suffix not in {".json", ".csv"}:
        raise AliasTableError(f"alias tables are .json or .csv files, got {file.name!r}", path=name)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise AliasTableError(f"not UTF-8 text: {error.reason}", path=name) from None
    except OSError as error:
        raise AliasTableError(f"cannot read: {error.strerror}", path=name) from None
    except ValueError:
        # The one path the file system refuses before asking it: shown quoted, not raw.
        raise AliasTableError(f"cannot read {name!r}: the path holds a NUL character") from None
    if suffix == ".json":
        return _table_of_json(text, name)
    return _table_of_csv(text, name)


def _table_of_json(text: str, path: str) -> AliasTable:
    def unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
        # json keeps the last of two equal keys: the first entry would be lost without a word.
        mapping: dict[str, object] = {}
        for key, value in pairs:
            if key in mapping:
                raise AliasTableError(f"{key!r} is a key twice in one object", path=path)
            mapping[key] = value
        return mapping

    try:
        data = json.loads(text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as error:
        raise AliasTableError(
            f"invalid JSON: {error.msg}", path=path, line=error.lineno, column=error.colno
        ) from None
    except AliasTableError:
        raise
    except ValueError:
        # Not a decoding error with a place: a number longer than int() reads.
        raise AliasTableError("invalid JSON: a number too long to read", path=path) from None
    except RecursionError:
        raise AliasTableError("invalid JSON: nested too deeply", path=path) from None
    if not isinstance(data, dict):
        raise AliasTableError(
            f"an alias table is a JSON object of name -> aliases, got {type(data).__name__}",
            path=path,
        )
    return AliasTable.from_mapping(data, path=path)


def _csv_rows(text: str, path: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of a CSV text, each with the line it ends on; what csv cannot read (a cell
    over its field size limit, say) is an AliasTableError naming the line."""
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise AliasTableError(
                f"invalid CSV: {error}", path=path, line=reader.line_num
            ) from None
        yield reader.line_num, row


def _table_of_csv(text: str, path: str) -> AliasTable:
    rows = _csv_rows(text, path)
    _, header = next(rows, (0, None))
    if header is None:
        raise AliasTableError("empty file; expected a header row with a 'name' column", path=path)
    columns = [column.strip() for column in header]
    unknown = [column for column in columns if column not in _CSV_COLUMNS]
    if unknown or "name" not in columns or len(set(columns)) != len(columns):
        raise AliasTableError(
            f"the header must name the columns 'name' and optionally 'alias' and "
            f"'external_id', each once, got {header}",
            path=path,
            line=1,
        )
    names: dict[str, list[str]] = {}
    ids: dict[str, str] = {}
    # The canonical name each key belongs to, checked row by row so that a conflict names its
    # line (AliasTable checks the same on the whole table, without lines).
    owners: dict[str, str] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise AliasTableError(
                f"expected {len(columns)} cells, got {len(row)}", path=path, line=line
            )
        cells = {column: cell.strip() for column, cell in zip(columns, row, strict=True)}
        name = cells["name"]
        if not name:
            raise AliasTableError("the name cell is empty", path=path, line=line)
        aliases = names.setdefault(name, [])
        alias = cells.get("alias", "")
        for listed in (name, alias) if alias else (name,):
            owner = owners.setdefault(name_key(listed).key, name)
            if owner != name:
                raise AliasTableError(
                    f"{listed!r} is listed under both {owner!r} and {name!r}", path=path, line=line
                )
        if alias:
            aliases.append(alias)
        external_id = cells.get("external_id", "")
        if external_id:
            known = ids.setdefault(name, external_id)
            if known != external_id:
                raise AliasTableError(
                    f"{name!r} has two external ids, {known!r} and {external_id!r}",
                    path=path,
                    line=line,
                )
    mapping = {
        name: {"aliases": aliases, "external_id": ids.get(name)} for name, aliases in names.items()
    }
    return AliasTable.from_mapping(mapping, path=path)


def to_alias_table(source: AliasSource) -> AliasTable:
    """An :class:`AliasTable` from any accepted form (see the module docstring)."""
    if isinstance(source, AliasTable):
        return source
    if isinstance(source, (str, os.PathLike)):
        return read_alias_table(source)
    if not isinstance(source, Mapping):
        raise AliasTableError(
            "an alias table is a mapping, a .json or .csv file or an AliasTable, "
            f"got {type(source).__name__}"
        )
    return AliasTable.from_mapping(source)
