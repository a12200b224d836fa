"""Shared fixtures: the bundled seed and the optional ../shared data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests check behaviour, not speed: a loaded machine (CI shares two cores) must not
# turn a slow example into a failure. Under CI the examples are derandomized, so a red run can
# be reproduced exactly; locally each run explores new ones.
settings.register_profile(
    "newscorpus",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.load_profile("newscorpus")

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO / "seeds"
SEED_FILE = SEED_DIR / "000_266daebb3b7432db.txt"


def _shared_dir() -> Path:
    configured = os.environ.get("NEWSCORPUS_SHARED")
    return Path(configured) if configured else REPO.parent / "shared"


SHARED = _shared_dir()


@pytest.fixture
def seed_file() -> Path:
    """The reference article kept in the repository's seeds/ folder."""
    return SEED_FILE


@pytest.fixture
def shared() -> Path:
    """The ../shared folder (gold data and corpora).

    Skips the test when the folder is absent, as on a user's fresh clone; under CI (``CI`` set) an
    absent folder is an error instead, so the data tests cannot silently stop running there.
    """
    if not SHARED.is_dir():
        reason = (
            f"needs the shared data folder at {SHARED} (set NEWSCORPUS_SHARED to point elsewhere)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    return SHARED
