"""The docs describe the API that exists: every public name is documented, every link resolves."""

from __future__ import annotations

import inspect
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


def _documented_signatures() -> dict[str, list[str]]:
    """The parameter names each function heading of the API page gives, in order."""
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for name, parameters in re.findall(r"^### `(\w+)\((.*?)\)", text, flags=re.MULTILINE):
        names = [part.split("=")[0].strip().lstrip("*") for part in parameters.split(",")]
        found[name] = [name for name in names if name not in {"", "/"}]
    return found


def test_api_page_gives_every_parameter_of_a_function_in_order() -> None:
    # The page says its signatures are exact.
    wrong = {
        name: (documented, list(inspect.signature(getattr(newscorpus, name)).parameters))
        for name, documented in _documented_signatures().items()
        if inspect.isfunction(getattr(newscorpus, name))
        and documented != list(inspect.signature(getattr(newscorpus, name)).parameters)
    }
    assert wrong == {}


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
