"""The optional extras the readers and writers use, imported on first use: a missing one is an
ImportError that names the extra to install, never a bare ``No module named …``."""

from __future__ import annotations

from typing import Any

__all__ = ["import_pyarrow"]


def import_pyarrow(what: str) -> Any:  # noqa: ANN401 - pyarrow has no type hints
    """Import pyarrow (and its Parquet module), or explain which extra to install."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415 - optional
        import pyarrow.parquet  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415 - loads pa.parquet
    except ImportError as error:
        raise ImportError(
            f"{what} needs pyarrow, which is not installed; "
            "install it with: pip install 'newscorpus[arrow]'"
        ) from error
    return pa
