"""The docs describe the API that exists: every public name is documented, every link resolves."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

import newscorpus
from tests.conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path

DOCS = REPO / "docs"


def _documented_names() -> set[str]:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    headings = re.findall(r"^###+ (.+)$", text, flags=re.MULTILINE)
    return {
        match.split("(")[0]
        for heading in headings
        for match in re.findall(r"`([A-Za-z_][\w.]*(?:\([^`]*\))?)", heading)
    }


def test_api_page_documents_exactly_the_public_names() -> None:
    assert sorted(_documented_names()) == sorted(newscorpus.__all__)


def test_public_names_are_sorted_constants_classes_functions() -> None:
    def group(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert list(newscorpus.__all__) == sorted(newscorpus.__all__, key=group)


@pytest.mark.parametrize(
    "page",
    sorted([*DOCS.glob("*.md"), REPO / "README.md"]),
    ids=lambda path: path.name,
)
def test_relative_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#:\s]+)(?:#[^)]*)?\)", text)
    missing = [target for target in targets if not (page.parent / target).exists()]
    assert missing == []
