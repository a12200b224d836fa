"""docs/tables.md: its DuckDB, Polars and pandas examples run; its column lists are the schemas."""

from __future__ import annotations

import doctest
import re
import shutil
from typing import TYPE_CHECKING

import pytest

from newscorpus import TABLE_SCHEMAS
from tests.conftest import REPO, SEED_DIR

if TYPE_CHECKING:
    from pathlib import Path

PAGE = REPO / "docs" / "tables.md"


def test_every_example_gives_the_output_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("pyarrow", "duckdb", "polars", "pandas"):
        pytest.importorskip(module, reason=f"docs/tables.md needs {module} (the dev extra)")
    shutil.copytree(SEED_DIR, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = doctest.testfile(str(PAGE), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert (result.failed, result.attempted > 0) == (0, True)


@pytest.mark.parametrize("table", sorted(TABLE_SCHEMAS))
def test_the_column_list_is_the_schema(table: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    section = text.split(f"\n### {table}\n", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| (yes|no) \| ([^|]+) \|$", section, re.MULTILINE)
    assert rows == [
        (column.name, column.type, "yes" if column.nullable else "no", column.doc)
        for column in TABLE_SCHEMAS[table]
    ]
