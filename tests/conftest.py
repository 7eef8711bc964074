from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"


@pytest.fixture(scope="session")
def gaz():
    from geo.places.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def dev_dir():
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    return DEV
