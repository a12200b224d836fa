"""The compiled build's module list (pyproject.toml) names modules that exist.

The build itself (``NEWSCORPUS_MYPYC=1 pip install .``) and its output are checked by CI in a
separate environment; this test fails as soon as a listed module is moved or renamed, in any
test run, so the list is updated together with the modules.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import REPO

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")


def _listed_modules() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    modules: list[str] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"][
        "mypyc-modules"
    ]
    return modules


def test_the_compiled_build_lists_modules() -> None:
    assert _listed_modules()


@pytest.mark.parametrize("module", _listed_modules())
def test_every_module_of_the_compiled_build_exists(module: str) -> None:
    assert module.startswith("newscorpus.")
    assert importlib.util.find_spec(module) is not None
    assert (REPO / "src" / module.replace(".", "/")).with_suffix(".py").is_file()
