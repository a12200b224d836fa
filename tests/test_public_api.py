"""The flat public namespace: every name in ``__all__`` resolves, lazily, to its object."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newscorpus


@pytest.mark.parametrize("name", newscorpus.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(newscorpus, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = newscorpus.no_such_name


def test_importing_newscorpus_imports_no_submodule_yet() -> None:
    code = (
        "import sys, newscorpus; "
        "print(sorted(m for m in sys.modules if m.startswith('newscorpus.')))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed program
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
