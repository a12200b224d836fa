"""The private steps of the package follow the data: no step imports a step that stands above it.

From the ground up: errors, text folding and the model; extraction (an article's quotes and
speakers, and the name key that gives them ids); speaker identity across articles (alias tables,
the corpus-level merge); reading and writing files; the corpus and its queries. Everything else
(the review site, evaluation, Dask, the command line, the public face) stands above them all.

Every import counts, wherever it stands: at the top, inside a function (a lazy import is still a
dependency) or under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newscorpus
from newscorpus._identity.merged import MergedArticles

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newscorpus"

#: The steps in the order the data passes them; a step may import only the steps before it.
STEPS = ("_exceptions", "_folding", "_model", "_extract", "_identity", "_io", "_corpus")

#: Imports that run against the data on purpose, each with its reason. A notebook shows an
#: Article as its review HTML (``Article._repr_html_``): the model loads the page renderer when a
#: notebook asks for it, and only then.
DELIBERATE = frozenset({("newscorpus._model", "newscorpus._review.pages")})


def module_name(path: Path) -> str:
    """``newscorpus._io.parquet`` for ``src/newscorpus/_io/parquet.py``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, package: str) -> set[str]:
    """The ``newscorpus`` modules that ``source``, a module of ``package``, imports anywhere."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
    return {name for name in found if name == "newscorpus" or name.startswith("newscorpus.")}


def step_of(module: str) -> str:
    """The step a module belongs to: its first name under ``newscorpus`` (the face is ``""``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports_above(step: str) -> list[str]:
    """``file -> module`` for every import of a file of ``step`` from a step above it."""
    allowed = set(STEPS[: STEPS.index(step) + 1])
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = module_name(path)
        if step_of(importer) != step:
            continue
        package = importer if path.name == "__init__.py" else importer.rpartition(".")[0]
        source = path.read_text(encoding="utf-8")
        found.extend(
            f"{importer} -> {imported}"
            for imported in sorted(imported_modules(source, package))
            if step_of(imported) not in allowed and (importer, imported) not in DELIBERATE
        )
    return found


@pytest.mark.parametrize("step", STEPS)
def test_a_step_imports_no_step_above_it(step: str) -> None:
    assert imports_above(step) == []


def test_the_steps_are_every_private_part_below_the_review() -> None:
    """A new private module or subpackage takes its place in STEPS or is named above them."""
    above = {"", "__main__", "_cli", "_review", "dask", "evaluation"}
    parts = {step_of(module_name(path)) for path in PACKAGE.rglob("*.py")}
    assert parts - above == set(STEPS)


LAZY_AND_TYPING_IMPORTS = """
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscorpus._corpus.corpus import Corpus


def write(corpus: Corpus) -> None:
    from .parquet import write_parquet

    write_parquet(corpus, "out")
"""


def test_imports_inside_functions_and_for_type_checking_count() -> None:
    assert imported_modules(LAZY_AND_TYPING_IMPORTS, "newscorpus._io") == {
        "newscorpus._corpus.corpus",
        "newscorpus._io.parquet",
    }


def test_a_corpus_is_what_the_writers_read_as_one() -> None:
    """The writers tell a Corpus by its shape (they stand below the corpus step)."""
    corpus: MergedArticles = newscorpus.Corpus([])
    assert isinstance(corpus, MergedArticles)
