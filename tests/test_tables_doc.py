"""docs/tables.md lists the columns of TABLE_SCHEMAS (its examples run in test_docs_samples)."""

from __future__ import annotations

import re

import pytest

from newscorpus import TABLE_SCHEMAS
from tests.conftest import REPO

PAGE = REPO / "docs" / "tables.md"


@pytest.mark.parametrize("table", sorted(TABLE_SCHEMAS))
def test_the_column_list_is_the_schema(table: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    section = text.split(f"\n### {table}\n", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| (yes|no) \| ([^|]+) \|$", section, re.MULTILINE)
    assert rows == [
        (column.name, column.type, "yes" if column.nullable else "no", column.doc)
        for column in TABLE_SCHEMAS[table]
    ]
